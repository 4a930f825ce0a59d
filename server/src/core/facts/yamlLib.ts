/**
 * The `yaml` library, loaded on first use. A server start with no workspace fact pack or config file
 * never parses YAML (the bundled facts come from the snapshot), so it skips the library's top-level
 * code. `require` rather than `import`: esbuild then wraps the bundled library to run at the first
 * call instead of at the bundle's start. Only types are imported statically.
 */
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('yaml') as typeof Yaml);
}
