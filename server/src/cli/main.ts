/**
 * `tally` command line (dist/cli.js): the same core as the editor, no LSP.
 *
 *   tally check <paths>      check drafts (text, json)
 *   tally extract [files]    show what the recogniser reads (text, json, jsonl)
 *   tally lsp --stdio        run the language server for any editor
 */
import * as fs from 'node:fs/promises';
import { runCheck, CHECK_HELP } from './check';
import { runExtract } from './extract';
import type { CliIO } from './io';

const VERSION = '0.1.0';

const HELP = `tally ${VERSION} — fact-check the numbers in AI-finance writing

Usage: tally <command> [options]

Commands:
  check <paths|globs|->   check Markdown drafts against the fact base and their own arithmetic
  extract [files|-]       print the quantities the recogniser reads
  lsp --stdio             run the language server (for Neovim, Helix, ...)

Options:
  -h, --help      show help (also: tally <command> --help)
  -v, --version   print the version

${CHECK_HELP}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const buf = Buffer.concat(chunks);
  return buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'extract':
      return runExtract(rest, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, readFile: io.readFile });
    case 'lsp': {
      if (!rest.some((a) => a.startsWith('--'))) process.argv.push('--stdio');
      await import('../main');
      return -1; // keep running: the server owns the process now
    }
    case '-v':
    case '--version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout(HELP);
      return 0;
    default:
      io.stderr(`tally: unknown command “${command}”. Run “tally --help”.\n`);
      return 2;
  }
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: readStdin,
    readFile: (p) => fs.readFile(p, 'utf8'),
    color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tally: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
