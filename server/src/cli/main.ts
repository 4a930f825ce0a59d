/**
 * `tally` command line (dist/cli.js): the same core as the editor, no LSP.
 *
 *   tally check <paths>      check drafts (text, json, sarif, github), --fix certain corrections
 *   tally facts lint|search|show   inspect and validate fact packs
 *   tally init               create .tally/config.yaml and an example fact pack
 *   tally extract [files]    show what the recogniser reads (text, json, jsonl)
 *   tally lsp --stdio        run the language server for any editor
 */
import * as fs from 'node:fs/promises';
import { runCheck } from './check';
import { runExtract } from './extract';
import { runFacts } from './facts/command';
import { runInit } from './init/command';
import type { CliIO } from './io';
import { VERSION } from './version';

const HELP = `tally ${VERSION} — fact-check the numbers in AI-finance writing

Usage: tally <command> [options]

Commands:
  check <paths|globs|->   check Markdown drafts against the fact base and their own arithmetic
  facts lint [paths]      validate fact packs (schema, duplicates, sources)
  facts search <words>    find facts by entity, metric, id or quote (English or Chinese)
  facts show <id>         print one fact with all its fields and sources
  init [folder]           create .tally/config.yaml and .tally/facts/example.yaml
  extract [files|-]       print the quantities the recogniser reads
  lsp --stdio             run the language server (for Neovim, Helix, ...)

Options:
  -h, --help      show help (also: tally <command> --help)
  -v, --version   print the version

Examples:
  tally check drafts/
  tally check . --format sarif > tally.sarif
  tally facts search 英伟达 市值
  tally init

Exit codes: 0 clean, 1 findings (check) or nothing found (search, show), 2 usage, config or fact-file errors.
`;

const LSP_HELP = `Usage: tally lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Runs the Tally language server (the same one the VS Code extension starts) over the given transport;
--stdio when none is given. Diagnostics, hovers with sources, quick fixes and "fix all" in any LSP editor.

Examples:
  tally lsp --stdio
  # Neovim:  vim.lsp.start({ name = "tally", cmd = { "tally", "lsp", "--stdio" } })
  # Helix (languages.toml):  [language-server.tally]  command = "tally", args = ["lsp", "--stdio"]
`;

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
    case 'facts':
      return runFacts(rest, io);
    case 'init':
      return runInit(rest, io);
    case 'extract':
      return runExtract(rest, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, readFile: io.readFile });
    case 'lsp': {
      if (rest.includes('-h') || rest.includes('--help')) {
        io.stdout(LSP_HELP);
        return 0;
      }
      if (!rest.some((a) => a.startsWith('--'))) process.argv.push('--stdio');
      // The server bundled into the CLI, so `tally lsp` needs no other file (and uses no code cache).
      (await import('../serverMain')).run();
      return -1; // keep running: the server owns the process now
    }
    case '-v':
    case '--version':
    case 'version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      if (rest[0] && rest[0] !== 'help') return main([rest[0], '--help'], io);
      io.stdout(HELP);
      return 0;
    default:
      io.stderr(`tally: unknown command “${command}”. Run “tally --help”.\n`);
      return 2;
  }
}

/**
 * Runs the CLI on this process's arguments and streams. Exported because `bin/tally.js` (the npm
 * `bin`) loads this bundle with `require`: there `require.main` is the bin script, not this module,
 * so the check below does not fire and the bin must start the CLI itself.
 */
export function runFromProcess(): void {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: readStdin,
    readFile: (p) => fs.readFile(p, 'utf8'),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    interactive: process.stderr.isTTY === true,
  };
  // `tally … | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
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

if (require.main === module) runFromProcess();
