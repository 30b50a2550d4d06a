#!/usr/bin/env node
/**
 * The `xtap-lint` executable (dist/cli.cjs): loads the CLI bundle, dist/cli-main.cjs, with a code cache, so that
 * later runs (pre-commit starts one per commit) do not compile the 1.2 MB bundle and the functions V8 compiles
 * lazily — the YAML parsers, the precompiled schema validators — all over again.
 *
 * The launcher compiles the bundle itself with vm.Script and keeps V8's code cache for it in a per-user directory
 * ($XDG_CACHE_HOME/xtap-lint, else ~/.cache/xtap-lint). The cache is written at exit, after the run, so that it holds
 * the lazily compiled functions too; it is written when there is none (or V8 rejects it), and replaced once when it
 * came from a run that linted nothing (`--version`), so that it holds what a lint compiles. Node.js >= 22.1 has a
 * compile cache of its own (module.enableCompileCache()), but it keeps only what is compiled when a module loads
 * (~0.3 MB for this bundle, against ~0.9 MB here), so a lint compiles the rest every time: measured on Node 24
 * (bench/README.md), a small lint takes ~10 ms longer with it than with this cache. So this cache serves every Node.
 *
 * Each new bundle or Node version gets its own file; when one is written, the caches no run has used for 30 days go.
 *
 * The cache is only ever an optimisation: when anything about it is wrong (no home, read-only or full disk, a corrupt
 * or stale file, a directory another user could write) the CLI runs without it, with the same output and exit code.
 * NODE_DISABLE_COMPILE_CACHE=1, Node's own switch, turns it off.
 */
import { closeSync, constants, fstatSync, futimesSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The package version, put in by the build (scripts/build.mjs). */
declare const XTAP_VERSION: string;

const DAY = 24 * 60 * 60 * 1000;
/** Caches unused for this long are deleted when a new one is written: each upgrade or other Node leaves one behind. */
const PRUNE_AFTER = 30 * DAY;

const bundle = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));

// V8's allocation-site pretenuring: once the objects of an allocation site have survived a few collections, V8
// allocates that site's objects in the old generation directly. A lint allocates the same kinds of object for every
// file's parse tree, which dies as soon as the file is read, while the model's objects live on; in about one run in
// four at 50,000 partners V8 chose to pretenure the parse trees, and the old generation filled with them before a
// full collection (peak 450-530 MB instead of 260-300, and ~1 s more CPU). Without it the runs are steady, and
// no slower (bench/README.md). Set before the bundle is compiled, so the code cache's flag hash is the same each run.
setFlagsFromString('--no-allocation-site-pretenuring');
runWithCodeCache(bundle);

/** Where a V8 code cache for the bundle may be read and written; undefined when there is to be no cache. */
interface CacheFile {
  dir: string;
  file: string;
  /** The cache's bytes, when there is a usable one. */
  data: Buffer | undefined;
  /** The bundle's size in bytes. */
  bundleSize: number;
}

/** Runs the CommonJS bundle the way require() would, but compiled with V8's code cache. */
function runWithCodeCache(filename: string): void {
  // The bundle is ASCII (scripts/build.mjs: charset ascii), so Latin-1 decodes it as UTF-8 would, without the
  // validation, into a one-byte string: half the memory of a two-byte one, and no copy to drop a shebang line.
  const text = readFileSync(filename, 'latin1');
  // A shebang line, were there one, is dropped but its newline kept, so that line numbers stay the same.
  const source = text.startsWith('#!') ? text.replace(/^#!.*/, '') : text;
  const cache = openCache(filename);
  const script = new Script(module.wrap(source), { filename, cachedData: cache?.data });
  if (cache && (!cache.data || script.cachedDataRejected)) process.once('exit', () => saveCache(cache, script));
  // A cache written by a run that linted nothing (`--version`, `rules`) lacks the YAML parser and the validators:
  // under half the bundle's size, where a lint's is ~75%. Such a cache is replaced by a run that compiled more.
  else if (cache?.data && cache.data.length < cache.bundleSize / 2) process.once('exit', () => saveCache(cache, script, cache.data?.length));
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, createRequire(filename), mod, filename, dirname(filename));
}

/** Finds and reads the cache for this bundle, Node and package version; undefined to run without a cache. */
function openCache(filename: string): CacheFile | undefined {
  try {
    const disable = process.env.NODE_DISABLE_COMPILE_CACHE;
    if (disable && disable !== '0') return undefined;
    const xdg = process.env.XDG_CACHE_HOME;
    // The XDG base directory specification: a relative path is invalid and is ignored.
    const dir = join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'xtap-lint');
    // A changed bundle (a new version, a rebuild) or another Node gets another file: a stale cache is never offered.
    const b = statSync(filename);
    const file = join(dir, `cli-main-${XTAP_VERSION}-node${process.versions.node}-${process.arch}-${b.size}-${Math.trunc(b.mtimeMs)}.v8cache`);
    const d = statSync(dir, { throwIfNoEntry: false });
    if (!d) return { dir, file, bundleSize: b.size, data: undefined };
    if (!d.isDirectory() || !onlyMine(d)) return undefined;
    let fd: number;
    try {
      // Not through a symlink, and without waiting: opening a FIFO for reading blocks until a writer comes, and the
      // file is then refused (not a regular file) and replaced. O_NONBLOCK changes nothing for a regular file.
      fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch {
      return { dir, file, bundleSize: b.size, data: undefined };
    }
    try {
      const f = fstatSync(fd);
      // A file that is not private is not read; the new one replaces it.
      if (!f.isFile() || !onlyMine(f)) return { dir, file, bundleSize: b.size, data: undefined };
      // A cache is smaller than the bundle it was made from; a larger file (padded, or not a cache at all) is not read
      // whole on every run, but replaced.
      if (f.size > 2 * b.size) return { dir, file, bundleSize: b.size, data: undefined };
      // A cache in use is touched (at most once a day), so that pruning (saveCache) keeps it.
      if (Date.now() - f.mtimeMs > DAY) futimesSync(fd, new Date(), new Date());
      return { dir, file, bundleSize: b.size, data: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/**
 * Writes the code cache — everything V8 compiled during the run — atomically: a temporary file in the same directory,
 * renamed. Runs at exit; never throws and leaves process.exitCode alone.
 */
function saveCache(cache: CacheFile, script: Script, replacing?: number): void {
  const tmp = `${cache.file}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    // Replacing a cache that works: only with one that holds clearly more.
    if (replacing !== undefined && data.length < replacing * 1.2) return;
    makeDir(cache.dir);
    if (!onlyMine(statSync(cache.dir))) return;
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, cache.file);
    prune(cache.dir, cache.file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing more to do */
    }
  }
}

/**
 * mkdir -p, one level at a time from the nearest folder that exists: fs.mkdirSync's `recursive` never returns where
 * mkdir() says ENOENT under a parent that exists (procfs: XDG_CACHE_HOME=/proc/self spun forever). Throws when a
 * level cannot be made.
 */
function makeDir(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !statSync(d, { throwIfNoEntry: false }); d = dirname(d)) {
    if (dirname(d) === d) return;
    missing.push(d);
  }
  for (const d of missing.reverse()) mkdirSync(d, { mode: 0o700 });
}

/** Deletes this launcher's cache files that no run has used for PRUNE_AFTER. Never throws. */
function prune(dir: string, keep: string): void {
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path === keep || !/^cli-main-.*\.v8cache$/.test(name)) continue;
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isFile() && Date.now() - st.mtimeMs > PRUNE_AFTER) rmSync(path, { force: true });
    }
  } catch {
    /* a cache that cannot be pruned is left */
  }
}

/**
 * Whether only the current user could have written this file or directory: owned by them and not writable by group or
 * others. On Windows (no process.getuid) the mode bits mean nothing and the per-user profile directory is trusted.
 */
function onlyMine(st: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0);
}
