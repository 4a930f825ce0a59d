// Types for cli.mjs.
import type { CliOutput } from './score.mjs';

export const BUILD_HINT: string;
export function runCheckJson(root: string, args: string[]): CliOutput;
