/**
 * The `tally.*` settings the user set explicitly (workspace folder > workspace > user), without VS Code's
 * defaults, so that the workspace config file keeps its say where the user set nothing.
 */
import * as vscode from 'vscode';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

export function explicitSettings(scopeUri: string | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('tally', scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_OPTIONS)) {
    const i = config.inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}
