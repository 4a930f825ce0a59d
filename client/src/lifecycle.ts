/**
 * The language server's life in the client: when it is restarted after a crash, and how a restart the
 * user asks for is run. Kept apart from extension.ts, free of the `vscode` module at run time, so that
 * it can be tested without VS Code.
 *
 * Why: vscode-languageclient's default error handler shuts the client down for good when a write to the
 * server fails without an error count — the "write EPIPE" of a message sent just as the server process
 * died — so one killed server left the editor without Tally until a reload. Here a failed write is only
 * logged: the closed connection that follows decides, and it restarts the server unless it crashed more
 * than MAX_RESTARTS times in RESTART_WINDOW_MS (the default handler's limit).
 *
 * Restarts are serialised: one asked for while the server is still starting waits for the start to end
 * before stopping it, and one asked for while another runs joins it, so no stop ever races a start.
 * A stop that times out (the server did not answer `shutdown` within the client's two seconds; the
 * client then kills the process) does not cancel the start that follows.
 */
import type { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';

/** The enums' values (vscode-languageclient 10; test/client/lifecycle.test.ts holds them to the library). */
export const CONTINUE = 1 as ErrorAction.Continue;
export const DO_NOT_RESTART = 1 as CloseAction.DoNotRestart;
export const RESTART = 2 as CloseAction.Restart;

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Keeps the server running: write errors are logged only; a closed connection restarts it, up to the crash limit. */
export function restartingErrorHandler(name: string, now: () => number = Date.now): ErrorHandler {
  const restarts: number[] = [];
  return {
    // Logged in Tally's output only (`handled`): no error notification for a crash that is restarted at once.
    error: (): ErrorHandlerResult => ({ action: CONTINUE, handled: true }),
    closed: (): CloseHandlerResult => {
      const time = now();
      restarts.push(time);
      while (restarts.length > 0 && time - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) return { action: RESTART };
      return {
        action: DO_NOT_RESTART,
        message: `The ${name} server crashed ${restarts.length} times in the last 3 minutes. The server will not be restarted. See the output for more information.`,
      };
    },
  };
}

/** What ServerLifecycle needs of a LanguageClient. */
export interface StartStop {
  start(): Promise<void>;
  stop(): Promise<void>;
  isRunning(): boolean;
}

export class ServerLifecycle {
  private starting: Promise<void> = Promise.resolve();
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly client: StartStop,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Starts the server; later restarts wait for this start to end. */
  start(): Promise<void> {
    this.starting = this.client.start();
    return this.starting;
  }

  /** Resolves once the latest start (or restart) has ended, whether it succeeded or not. */
  async settled(): Promise<void> {
    do {
      await this.starting.catch(() => undefined);
      await this.restarting?.catch(() => undefined);
    } while (this.restarting);
  }

  /** Stops the server once it has started and starts a new one; a restart already under way is joined. */
  restart(): Promise<void> {
    this.restarting ??= this.run().finally(() => {
      this.restarting = undefined;
    });
    return this.restarting;
  }

  private async run(): Promise<void> {
    await this.starting.catch(() => undefined);
    if (this.client.isRunning()) {
      try {
        await this.client.stop();
      } catch (error) {
        // Timed out or failed: the client has let go of the old process (and kills it); start anew.
        this.log(`Stopping the server before the restart failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.starting = this.client.start();
    await this.starting;
  }
}
