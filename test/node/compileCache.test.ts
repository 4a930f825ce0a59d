import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCacheDir, compileCacheName, requireWithCompileCache } from '../../server/src/node/compileCache';

const posix = process.platform !== 'win32';

describe('compileCacheDir', () => {
  it('is off when asked, a given absolute folder when given, else the per-user cache folder', () => {
    expect(compileCacheDir({ TALLY_COMPILE_CACHE: 'off' }, 'linux', '/home/ann')).toBeUndefined();
    expect(compileCacheDir({ TALLY_COMPILE_CACHE: '0' }, 'linux', '/home/ann')).toBeUndefined();
    expect(compileCacheDir({ TALLY_COMPILE_CACHE: '/var/cache/x' }, 'linux', '/home/ann')).toBe('/var/cache/x');
    expect(compileCacheDir({}, 'linux', '/home/ann')).toBe(path.join('/home/ann', '.cache', 'tally', 'v8'));
    expect(compileCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ann')).toBe(path.join('/xdg', 'tally', 'v8'));
    // A relative XDG_CACHE_HOME is invalid by the specification and ignored.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'rel' }, 'linux', '/home/ann')).toBe(path.join('/home/ann', '.cache', 'tally', 'v8'));
    expect(compileCacheDir({}, 'darwin', '/Users/ann')).toBe(path.join('/Users/ann', 'Library', 'Caches', 'tally', 'v8'));
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Local' }, 'win32', 'C:\\Users\\ann')).toBe(path.join('C:\\Local', 'tally', 'Cache', 'v8'));
  });
});

describe('compileCacheName', () => {
  it('changes with the text, even at the same length', () => {
    expect(compileCacheName('module.exports = 1;')).not.toBe(compileCacheName('module.exports = 2;'));
    expect(compileCacheName('module.exports = 1;')).toBe(compileCacheName('module.exports = 1;'));
  });
});

describe('requireWithCompileCache', () => {
  let dir: string;
  let bundle: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-compile-cache-'));
    bundle = path.join(dir, 'bundle.js');
    fs.writeFileSync(bundle, "const p = require('node:path');\nexports.base = p.basename(__filename);\nexports.twice = (n) => n * 2;\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cacheFiles = (cache: string) => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith('.v8cache')) : []);

  it('runs the bundle as CommonJS, writes the cache once asked, and reads it at the next load', () => {
    const cache = path.join(dir, 'cache');
    const first = requireWithCompileCache(bundle, cache);
    expect(first.fromCache).toBe(false);
    expect((first.exports as { base: string }).base).toBe('bundle.js');
    expect((first.exports as { twice: (n: number) => number }).twice(21)).toBe(42);
    expect(cacheFiles(cache)).toEqual([]);
    first.save();
    expect(cacheFiles(cache)).toEqual([compileCacheName(fs.readFileSync(bundle))]);
    if (posix) {
      expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(cache, cacheFiles(cache)[0]!)).mode & 0o777).toBe(0o600);
    }
    const second = requireWithCompileCache(bundle, cache);
    expect(second.fromCache).toBe(true);
    expect((second.exports as { twice: (n: number) => number }).twice(4)).toBe(8);
  });

  it('never meets an edited bundle with the old cache', () => {
    const cache = path.join(dir, 'cache');
    requireWithCompileCache(bundle, cache).save();
    fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').replace('n * 2', 'n * 3'));
    const edited = requireWithCompileCache(bundle, cache);
    expect(edited.fromCache).toBe(false);
    expect((edited.exports as { twice: (n: number) => number }).twice(2)).toBe(6);
  });

  it('keeps three other cache files beside the current one', () => {
    const cache = path.join(dir, 'cache');
    for (let i = 0; i < 6; i++) {
      fs.writeFileSync(bundle, `exports.n = ${i};\n`);
      requireWithCompileCache(bundle, cache).save();
    }
    expect(cacheFiles(cache)).toHaveLength(4);
  });

  it('loads the ordinary way without a folder', () => {
    const loaded = requireWithCompileCache(bundle, undefined);
    expect(loaded.fromCache).toBe(false);
    expect((loaded.exports as { base: string }).base).toBe('bundle.js');
    loaded.save();
  });

  it.runIf(posix)('uses no folder that others can write to, nor a link', () => {
    const open = path.join(dir, 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    const loaded = requireWithCompileCache(bundle, open);
    loaded.save();
    expect(cacheFiles(open)).toEqual([]);
    const target = path.join(dir, 'target');
    fs.mkdirSync(target, { mode: 0o700 });
    fs.symlinkSync(target, path.join(dir, 'link'));
    requireWithCompileCache(bundle, path.join(dir, 'link')).save();
    expect(cacheFiles(target)).toEqual([]);
  });

  it.runIf(posix)('reads no cache file that others can write to', () => {
    const cache = path.join(dir, 'cache');
    requireWithCompileCache(bundle, cache).save();
    const file = path.join(cache, cacheFiles(cache)[0]!);
    fs.chmodSync(file, 0o666);
    const loaded = requireWithCompileCache(bundle, cache);
    expect(loaded.fromCache).toBe(false);
    // It is then rewritten, private again.
    loaded.save();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
