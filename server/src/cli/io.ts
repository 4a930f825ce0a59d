/** The CLI's contact with the outside world, injected so commands can be tested without a process. */
export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
  /** Colour only on a TTY and never when NO_COLOR is set. */
  color: boolean;
}
