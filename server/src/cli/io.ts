/** The CLI's contact with the outside world, injected so commands can be tested without a process. */
export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
  /** Colour only on a TTY and never when NO_COLOR is set. */
  color: boolean;
  /** stderr is a terminal: a progress line may be drawn there (never in machine formats). */
  interactive?: boolean;
}

/** A usage, configuration or fact-file error: the command prints it and exits 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Comma-separated and repeated flag values as one list ("--check a,b --check c" → [a, b, c]). */
export function listFlag(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "file:line:col: " for a problem with an origin, relative to cwd when inside it. */
export function originPrefix(origin: { file: string; line: number; column: number } | undefined, relative: (file: string) => string): string {
  return origin ? `${relative(origin.file)}:${origin.line}:${origin.column}: ` : '';
}
