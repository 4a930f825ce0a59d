/** The CLI's version is package.json's (esbuild inlines just this field). */
import { version } from '../../../package.json';

export const VERSION: string = version;
export const TOOL_NAME = 'Tally';
export const INFORMATION_URI = 'https://github.com/tally-dev/tally';
