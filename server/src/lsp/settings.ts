/**
 * Settings per document: pulled with workspace/configuration (section "tally"), merged over the
 * workspace config file, sanitised into core Options, cached per URI until the client says they changed.
 * Clients without workspace/configuration (some minimal editors) get the config file and defaults.
 */
import type { Connection } from 'vscode-languageserver';
import type { Options } from '../core/options';
import { mergeOptions } from '../node/workspaceConfig';

export class SettingsCache {
  private perUri = new Map<string, Promise<Options>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly configFile: () => Record<string, unknown>,
  ) {}

  get(uri: string): Promise<Options> {
    let hit = this.perUri.get(uri);
    if (!hit) {
      hit = this.pull(uri);
      this.perUri.set(uri, hit);
    }
    return hit;
  }

  clear(uri?: string): void {
    if (uri) this.perUri.delete(uri);
    else this.perUri.clear();
  }

  private async pull(uri: string): Promise<Options> {
    let explicit: Record<string, unknown> = {};
    if (this.canPull()) {
      try {
        const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'tally' });
        if (value && typeof value === 'object') explicit = value as Record<string, unknown>;
      } catch {
        // A client that fails the request gets the config file and defaults, not a dead server.
      }
    }
    return mergeOptions(this.configFile(), explicit);
  }
}
