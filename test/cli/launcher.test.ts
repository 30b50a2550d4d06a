/**
 * The `xtap-lint` executable, dist/cli.cjs, run as a child process: it keeps a V8 code cache of the CLI bundle in
 * $XDG_CACHE_HOME/xtap-lint (else ~/.cache/xtap-lint), on every Node (Node >= 22.1's own compile cache is not used).
 * The cache must never change what the CLI prints or how it exits, whatever state the cache directory is in.
 * Two Nodes run it, whatever Node runs the suite: Node 20 ($XTAP_NODE20), and the running Node when it is >= 22.1,
 * else Node 24 ($XTAP_NODE24); the global setup (test/setup/global.ts) sets both, installing the binaries when the
 * running Node is not that version.
 * Needs `node scripts/build.mjs` (dist/).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempRepo } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const CLI = join(PROJECT_ROOT, 'dist/cli.cjs');
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Node >= 22.1 has module.enableCompileCache(), and the launcher uses it instead of its own cache. */
const NATIVE_CACHE = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const ROOT_USER = process.getuid?.() === 0;

/** A Node binary that the global setup provides ($XTAP_NODE20, $XTAP_NODE24). */
function nodeFromEnv(name: 'XTAP_NODE20' | 'XTAP_NODE24'): string {
  const bin = process.env[name];
  if (!bin) throw new Error(`${name} is not set: run the tests with vitest (npx vitest run, npm test), whose global setup provides it`);
  return bin;
}
/** Node 20: the launcher keeps its own V8 code cache there. */
const NODE20 = nodeFromEnv('XTAP_NODE20');
const NODE20_VERSION = execFileSync(NODE20, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
/** A Node >= 22.1, where the launcher turns on Node's compile cache instead. */
const NODE_NATIVE = NATIVE_CACHE ? process.execPath : nodeFromEnv('XTAP_NODE24');

// A small repository like SPEC §5's: one tenant, 20 partners (and one more, for an error).
const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\ninclude: [partners/*.xtap.yaml]\n';
const partner = (i: number) =>
  `  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f9${String(i).padStart(5, '0')}\n    name: Partner ${i}\n` +
  (i % 4 === 0 ? '    b2bCollaborationInbound:\n      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n' : '') +
  (i % 5 === 0 ? '    inboundTrust: { isMfaAccepted: true }\n' : '');

/** argv that lints with findings (exit 1, stdout) and argv that fails on an option (exit 2, stderr). */
const LINT = ['--no-color'];
const BAD_OPTION = ['--format', 'bogus'];

let repo: string;
/** What the CLI prints with no cache at all, per argv. */
const reference = new Map<string, Run>();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary folder, removed after this file (test/helpers/temp.ts), even one a test took the permissions of. */
const temp = tempDir;

/** Runs dist/cli.cjs in the small repository with a temporary HOME and the given cache variables. */
function run(env: { HOME: string; XDG_CACHE_HOME?: string; NODE_DISABLE_COMPILE_CACHE?: string; TMPDIR?: string }, argv = LINT, node = NODE20, timeout?: number): Run {
  const r = spawnSync(node, [CLI, ...argv], {
    ...(timeout ? { timeout, killSignal: 'SIGKILL' as const } : {}),
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, GITHUB_ACTIONS: '', ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files in the cache directory (none when it does not exist). */
function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

const CACHE_NAME = new RegExp(`^cli-main-${VERSION.replace(/\./g, '\\.')}-node${NODE20_VERSION.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.v8cache$`);

beforeAll(() => {
  if (!existsSync(join(PROJECT_ROOT, 'dist/cli-main.cjs')) || !existsSync(CLI)) throw new Error('dist/ is not built: run node scripts/build.mjs');
  repo = tempRepo({
    'tenant.xtap.yaml': TENANT,
    // The first partner is the tenant itself: an error, so the CLI exits 1.
    'partners/a.xtap.yaml': `partners:\n  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n${Array.from({ length: 10 }, (_, i) => partner(i + 1)).join('')}`,
    'partners/b.xtap.yaml': `partners:\n${Array.from({ length: 10 }, (_, i) => partner(i + 11)).join('')}`,
  });
  const home = temp('xtap-launcher-home-');
  for (const argv of [LINT, BAD_OPTION]) reference.set(argv.join(' '), run({ HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' }, argv));
  // The runs compared below must be worth comparing: findings on stdout with exit 1, an error on stderr with exit 2.
  expect(reference.get(LINT.join(' '))).toMatchObject({ code: 1, stderr: '' });
  expect(reference.get(LINT.join(' '))?.stdout).toMatch(/\d+ problems?/);
  expect(reference.get(BAD_OPTION.join(' '))).toMatchObject({ code: 2, stdout: '' });
  expect(reference.get(BAD_OPTION.join(' '))?.stderr).not.toBe('');
  expect(cacheFiles(join(home, '.cache', 'xtap-lint'))).toEqual([]);
});

describe(`on Node < 22.1 (Node ${NODE20_VERSION}), the launcher's V8 code cache`, () => {
  it('runs under Node 20, whatever Node runs the tests', () => {
    expect(NODE20_VERSION).toMatch(/^20\./);
  });

  it('is written once, on the first run, and used by the next ones, which print the same and exit the same', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    const first = run({ HOME: home, XDG_CACHE_HOME: xdg });
    expect(first).toEqual(reference.get(LINT.join(' ')));
    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(CACHE_NAME);
    const file = join(dir, files[0]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    const { ino, mtimeMs } = statSync(file);

    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(first);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg }, BAD_OPTION)).toEqual(reference.get(BAD_OPTION.join(' ')));
    // V8 accepted the cache: it was not written again.
    expect(cacheFiles(dir)).toEqual(files);
    expect(statSync(file)).toMatchObject({ ino, mtimeMs });
    expect(cacheFiles(join(home, '.cache'))).toEqual([]);
  });

  it('lives in ~/.cache/xtap-lint when XDG_CACHE_HOME is unset or not absolute', () => {
    const home = temp('xtap-launcher-home-');
    expect(run({ HOME: home })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(join(home, '.cache', 'xtap-lint'))).toEqual([expect.stringMatching(CACHE_NAME)]);
    const other = temp('xtap-launcher-home-');
    expect(run({ HOME: other, XDG_CACHE_HOME: 'relative/cache' })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(join(other, '.cache', 'xtap-lint'))).toEqual([expect.stringMatching(CACHE_NAME)]);
    expect(existsSync(join(repo, 'relative'))).toBe(false);
  });

  it('survives a corrupt or truncated cache file, which it replaces', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    run({ HOME: home, XDG_CACHE_HOME: xdg });
    const [name] = cacheFiles(dir);
    const file = join(dir, name);
    const good = readFileSync(file);

    const garbage = randomBytes(good.length);
    writeFileSync(file, garbage);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(dir)).toEqual([name]);
    expect(readFileSync(file).equals(garbage)).toBe(false);

    const truncated = good.subarray(0, good.length >> 1);
    writeFileSync(file, truncated);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg }, BAD_OPTION)).toEqual(reference.get(BAD_OPTION.join(' ')));
    expect(readFileSync(file).equals(truncated)).toBe(false);

    writeFileSync(file, '');
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(dir)).toEqual([name]);

    // A good cache padded with zeros to three times the bundle's size is not read whole on every run: it is replaced.
    const bundleSize = statSync(join(PROJECT_ROOT, 'dist/cli-main.cjs')).size;
    writeFileSync(file, Buffer.concat([good, Buffer.alloc(3 * bundleSize)]));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(dir)).toEqual([name]);
    expect(statSync(file).size).toBeLessThan(bundleSize);
  });

  it('does not open a cache file that is a FIFO (which would block until a writer came) or a symlink; it replaces either', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    run({ HOME: home, XDG_CACHE_HOME: xdg });
    const [name] = cacheFiles(dir);
    const file = join(dir, name);
    const good = readFileSync(file);
    const target = join(temp('xtap-launcher-target-'), 'target');
    writeFileSync(target, good);
    for (const plant of [() => execFileSync('mkfifo', [file]), () => symlinkSync(target, file)]) {
      rmSync(file);
      plant();
      // Bounded, so that a launcher that blocks fails this test instead of hanging the suite.
      expect(run({ HOME: home, XDG_CACHE_HOME: xdg }, LINT, NODE20, 20_000)).toEqual(reference.get(LINT.join(' ')));
      expect(lstatSync(file).isFile()).toBe(true);
      expect(cacheFiles(dir)).toEqual([name]);
    }
    // The symlink's target was neither read as the cache nor written through.
    expect(readFileSync(target).equals(good)).toBe(true);
  });

  it.runIf(existsSync('/proc/self'))('runs once when the cache folder cannot be made under a folder that exists (procfs), and makes missing levels', () => {
    const home = temp('xtap-launcher-home-');
    // mkdir() under /proc/self says ENOENT, on which fs.mkdirSync({ recursive: true }) retried forever.
    expect(run({ HOME: home, XDG_CACHE_HOME: '/proc/self' }, LINT, NODE20, 20_000)).toEqual(reference.get(LINT.join(' ')));
    const xdg = join(temp('xtap-launcher-xdg-'), 'a', 'b');
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(join(xdg, 'xtap-lint'))).toHaveLength(1);
    expect(statSync(join(xdg, 'xtap-lint')).mode & 0o777).toBe(0o700);
  });

  it('runs without a cache, silently, when it cannot be written', () => {
    const home = temp('xtap-launcher-home-');
    // A cache directory without write permission (root ignores permissions, so only the output is checked then).
    const xdg = temp('xtap-launcher-xdg-');
    mkdirSync(join(xdg, 'xtap-lint'), { mode: 0o700 });
    chmodSync(join(xdg, 'xtap-lint'), 0o500);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    if (!ROOT_USER) expect(cacheFiles(join(xdg, 'xtap-lint'))).toEqual([]);
    // XDG_CACHE_HOME is a regular file.
    const file = join(temp('xtap-launcher-xdg-'), 'not-a-directory');
    writeFileSync(file, 'x');
    expect(run({ HOME: home, XDG_CACHE_HOME: file })).toEqual(reference.get(LINT.join(' ')));
    expect(run({ HOME: home, XDG_CACHE_HOME: file }, BAD_OPTION)).toEqual(reference.get(BAD_OPTION.join(' ')));
    expect(readFileSync(file, 'utf8')).toBe('x');
    // HOME is a regular file (fails even for root).
    expect(run({ HOME: file })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(join(home, '.cache'))).toEqual([]);
    // A directory where the cache file should be: the rename fails (even for root), and the temporary file goes.
    const xdg2 = temp('xtap-launcher-xdg-');
    run({ HOME: home, XDG_CACHE_HOME: xdg2 });
    const [name] = cacheFiles(join(xdg2, 'xtap-lint'));
    rmSync(join(xdg2, 'xtap-lint', name));
    mkdirSync(join(xdg2, 'xtap-lint', name));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg2 })).toEqual(reference.get(LINT.join(' ')));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg2 }, BAD_OPTION)).toEqual(reference.get(BAD_OPTION.join(' ')));
    expect(cacheFiles(join(xdg2, 'xtap-lint'))).toEqual([name]);
    expect(statSync(join(xdg2, 'xtap-lint', name)).isDirectory()).toBe(true);
  });

  it('replaces a cache written by a run that linted nothing (--version) once a lint has run, and only then', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    const version = run({ HOME: home, XDG_CACHE_HOME: xdg }, ['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const [name] = cacheFiles(dir);
    const file = join(dir, name);
    const small = statSync(file);
    // Another run that lints nothing keeps it.
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg }, ['--version'])).toEqual(version);
    expect(statSync(file)).toMatchObject({ ino: small.ino, size: small.size });
    // A lint replaces it with a cache that holds the parser and the validators, and prints as without a cache.
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    const big = statSync(file);
    expect(cacheFiles(dir)).toEqual([name]);
    expect(big.size).toBeGreaterThan(small.size * 1.5);
    // From then on nothing rewrites it.
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg }, ['--version'])).toEqual(version);
    expect(statSync(file)).toMatchObject({ ino: big.ino, size: big.size, mtimeMs: big.mtimeMs });
  });

  it('deletes its caches that no run has used for 30 days when it writes one, and keeps a cache in use fresh', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    mkdirSync(dir, { mode: 0o700 });
    const days = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
    const stale = join(dir, 'cli-main-0.0.1-node20.0.0-x64-1-1.v8cache');
    const recent = join(dir, 'cli-main-0.0.2-node20.0.0-x64-2-2.v8cache');
    const other = join(dir, 'notes.txt');
    for (const f of [stale, recent, other]) {
      writeFileSync(f, 'x', { mode: 0o600 });
      utimesSync(f, days(40), days(40));
    }
    utimesSync(recent, days(3), days(3));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    const [name] = cacheFiles(dir).filter((f) => CACHE_NAME.test(f));
    expect(cacheFiles(dir)).toEqual([recent, name, other].map((f) => f.replace(/.*\//, '')).sort());
    // The cache in use, last touched 2 days ago, is touched again when it is read.
    utimesSync(join(dir, name), days(2), days(2));
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(Date.now() - statSync(join(dir, name)).mtimeMs).toBeLessThan(60 * 60 * 1000);
  });

  it('is turned off by NODE_DISABLE_COMPILE_CACHE=1: neither written nor read', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(reference.get(LINT.join(' ')));
    expect(existsSync(dir)).toBe(false);
    // A cache it read would be rejected and replaced; a cache it ignores stays as it is.
    run({ HOME: home, XDG_CACHE_HOME: xdg });
    const [name] = cacheFiles(dir);
    writeFileSync(join(dir, name), 'garbage');
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(reference.get(LINT.join(' ')));
    expect(readFileSync(join(dir, name), 'utf8')).toBe('garbage');
  });

  it('does not use a cache directory that others can write', () => {
    const home = temp('xtap-launcher-home-');
    for (const mode of [0o777, 0o770, 0o702]) {
      const xdg = temp('xtap-launcher-xdg-');
      const dir = join(xdg, 'xtap-lint');
      mkdirSync(dir);
      chmodSync(dir, mode);
      expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
      expect(cacheFiles(dir)).toEqual([]);
      // Nor does it read one planted there: it would be rejected and replaced.
      const trusted = temp('xtap-launcher-xdg-');
      run({ HOME: home, XDG_CACHE_HOME: trusted });
      const [name] = cacheFiles(join(trusted, 'xtap-lint'));
      writeFileSync(join(dir, name), 'planted');
      expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
      expect(cacheFiles(dir)).toEqual([name]);
      expect(readFileSync(join(dir, name), 'utf8')).toBe('planted');
    }
  });

  it('does not read a cache file that others can write, and replaces it with its own', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    run({ HOME: home, XDG_CACHE_HOME: xdg });
    const [name] = cacheFiles(dir);
    const file = join(dir, name);
    chmodSync(file, 0o666);
    const { ino } = statSync(file);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(statSync(file).ino).not.toBe(ino);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.runIf(ROOT_USER)('does not trust a cache directory or file owned by another user (run as root)', () => {
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    run({ HOME: home, XDG_CACHE_HOME: xdg });
    const [name] = cacheFiles(dir);
    const file = join(dir, name);
    // A file owned by nobody: not read, replaced.
    chownSync(file, 65534, 65534);
    const { ino } = statSync(file);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(statSync(file)).toMatchObject({ uid: 0 });
    expect(statSync(file).ino).not.toBe(ino);
    // A directory owned by nobody: not used at all.
    writeFileSync(file, 'planted');
    chownSync(dir, 65534, 65534);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference.get(LINT.join(' ')));
    expect(cacheFiles(dir)).toEqual([name]);
    expect(readFileSync(file, 'utf8')).toBe('planted');
  });
});

describe('on Node >= 22.1, which has a compile cache of its own', () => {
  it("keeps the same code cache (its own file per Node version), not Node's, and prints the same", () => {
    const node = NODE_NATIVE;
    expect(execFileSync(node, ['-p', 'typeof require("node:module").enableCompileCache'], { encoding: 'utf8' }).trim()).toBe('function');
    const version = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    const home = temp('xtap-launcher-home-');
    const xdg = temp('xtap-launcher-xdg-');
    // Node's compile cache would go to $TMPDIR/node-compile-cache.
    const tmp = temp('xtap-launcher-tmp-');
    for (const argv of [LINT, BAD_OPTION]) {
      expect(run({ HOME: home, XDG_CACHE_HOME: xdg, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }, argv, node)).toEqual(reference.get(argv.join(' ')));
    }
    expect(cacheFiles(join(xdg, 'xtap-lint'))).toEqual([]);
    expect(run({ HOME: home, XDG_CACHE_HOME: xdg, TMPDIR: tmp }, LINT, node)).toEqual(reference.get(LINT.join(' ')));
    const files = cacheFiles(join(xdg, 'xtap-lint'));
    expect(files).toEqual([expect.stringContaining(`-node${version}-${process.arch}-`)]);
    const { ino, mtimeMs } = statSync(join(xdg, 'xtap-lint', files[0]));
    for (const argv of [LINT, BAD_OPTION]) expect(run({ HOME: home, XDG_CACHE_HOME: xdg, TMPDIR: tmp }, argv, node)).toEqual(reference.get(argv.join(' ')));
    // V8 accepted the cache: not written again.
    expect(statSync(join(xdg, 'xtap-lint', files[0]))).toMatchObject({ ino, mtimeMs });
    // A cache written by Node 20 and one by this Node live side by side.
    run({ HOME: home, XDG_CACHE_HOME: xdg, TMPDIR: tmp });
    expect(cacheFiles(join(xdg, 'xtap-lint'))).toHaveLength(2);
    expect(readdirSync(tmp)).toEqual([]);
    expect(cacheFiles(join(home, '.cache'))).toEqual([]);
  });
});

describe('the bundle as the launcher reads it, and the end of the process', () => {
  it('dist/cli-main.cjs is ASCII, so that reading it as Latin-1 gives the text UTF-8 would: what it prints is intact', () => {
    const bytes = readFileSync(join(PROJECT_ROOT, 'dist/cli-main.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // The bundle's strings hold non-ASCII characters as escapes; printed, they are the characters themselves.
    const home = temp('xtap-launcher-home-');
    for (const node of [NODE20, NODE_NATIVE]) {
      const help = run({ HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' }, ['--help'], node);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('xtap-lint \u2014 policy-as-code for Microsoft Entra cross-tenant access settings');
      const lint = run({ HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' }, ['--format', 'stylish'], node);
      // The summary's mark: \u2716 (heavy multiplication x) with errors, \u26a0 (warning sign) with warnings only.
      expect(lint.stdout).toMatch(/^[\u2716\u26a0] \d+ problems? \(/m);
    }
  });

  it('every command loads when it is run (the bundle initialises them only then)', () => {
    const home = temp('xtap-launcher-home-');
    for (const command of ['rules', 'import', 'export', 'init', 'diff', 'explain', 'graph', 'pull', 'drift', 'apply']) {
      const r = run({ HOME: home }, [command, '--help']);
      expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 0, stderr: '' });
      expect(r.stdout).toMatch(new RegExp(`^Usage: xtap-lint ${command}\\b`, 'm'));
    }
  });

  it('ends with the exit code and all of the output, through a pipe too, when the output is far larger than a pipe holds', () => {
    const files: Record<string, string> = { 'tenant.xtap.yaml': TENANT };
    for (let f = 0; f < 20; f++) files[`partners/p${f}.xtap.yaml`] = `partners:\n${Array.from({ length: 50 }, (_, i) => partner(1000 + f * 50 + i)).join('')}`;
    files['partners/p0.xtap.yaml'] += '  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n';
    const big = tempRepo(files);
    const home = temp('xtap-launcher-home-');
    const out = join(temp('xtap-launcher-out-'), 'report.json');
    const env = { ...process.env, HOME: home, XDG_CACHE_HOME: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, GITHUB_ACTIONS: '' };
    for (const node of [NODE20, NODE_NATIVE]) {
      const toFile = spawnSync(node, [CLI, '--format', 'json', '--output', out], { cwd: big, env, encoding: 'utf8' });
      expect(toFile.status).toBe(1);
      const written = readFileSync(out, 'utf8');
      expect(written.length).toBeGreaterThan(256 * 1024);
      // spawnSync reads the child's standard output through a pipe (64 KiB on Linux).
      const piped = spawnSync(node, [CLI, '--format', 'json'], { cwd: big, env, encoding: 'utf8', maxBuffer: 1 << 30 });
      expect({ status: piped.status, stderr: piped.stderr, length: piped.stdout.length }).toEqual({ status: 1, stderr: '', length: written.length });
      expect(piped.stdout).toBe(written);
    }
  });

  it('a reader that goes away (`xtap-lint | head -1`) ends the run quietly with the lint\'s own exit code', async () => {
    const files: Record<string, string> = { 'tenant.xtap.yaml': TENANT };
    for (let f = 0; f < 20; f++) files[`partners/p${f}.xtap.yaml`] = `partners:\n${Array.from({ length: 50 }, (_, i) => partner(1000 + f * 50 + i)).join('')}`;
    files['partners/p0.xtap.yaml'] += '  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n';
    const big = tempRepo(files);
    const home = temp('xtap-launcher-home-');
    for (const node of [NODE20, NODE_NATIVE]) {
      const child = spawn(node, [CLI, '--format', 'json'], { cwd: big, env: { ...process.env, HOME: home, XDG_CACHE_HOME: undefined, GITHUB_ACTIONS: '' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // The first chunk read, the pipe is closed: the CLI's next writes fail with EPIPE.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    }
  });

  it('a report that cannot be written to standard output (a full disk) is one line on stderr and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const home = temp('xtap-launcher-home-');
    for (const node of [NODE20, NODE_NATIVE]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(node, [CLI, '--format', 'json'], { cwd: repo, env: { ...process.env, HOME: home, XDG_CACHE_HOME: undefined, GITHUB_ACTIONS: '' }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: 'xtap-lint: cannot write the report to standard output (ENOSPC)\n' });
      } finally {
        closeSync(full);
      }
    }
  });
});

describe('a lint large enough that the young generation stops growing (src/repo/heap.ts)', () => {
  // 1,500 partners: on Node 20 and 24 the young generation reaches the 2 × 4 MiB cap from about 1,000 (the run then
  // sets V8's growth factor to 1). A cache made with that flag set was rejected by every later start, which made it
  // and wrote it again: each run compiled the whole CLI anew.
  const files: Record<string, string> = { 'tenant.xtap.yaml': TENANT };
  for (let f = 0; f < 15; f++) files[`partners/p${f}.xtap.yaml`] = `partners:\n${Array.from({ length: 100 }, (_, i) => partner(f * 100 + i + 1)).join('')}`;

  it.each([
    ['Node 20', NODE20],
    ['a Node >= 22.1', NODE_NATIVE],
  ])('keeps its code cache on %s: V8 accepts it at the next start, so it is neither made nor written again', (_, node) => {
    const big = tempRepo(files);
    const home = temp('xtap-launcher-home-');
    const lint = (env: Record<string, string>, pre: string[] = []) => {
      const r = spawnSync(node, [...pre, CLI, '--no-color'], {
        cwd: big,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, XDG_CACHE_HOME: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, GITHUB_ACTIONS: '', HOME: home, ...env },
      });
      if (r.error) throw r.error;
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    // The run does set the flag (this repository is large enough), and sets it back to V8's default at exit: a
    // preloaded script logs every v8.setFlagsFromString the launcher and the bundle make.
    const logDir = temp('xtap-launcher-flags-');
    const log = join(logDir, 'flags');
    const preload = join(logDir, 'log-flags.cjs');
    writeFileSync(
      preload,
      "const v8 = require('node:v8'); const fs = require('node:fs'); const set = v8.setFlagsFromString;\n" +
        "v8.setFlagsFromString = (flag) => { fs.appendFileSync(process.env.XTAP_FLAG_LOG, flag + '\\n'); return set(flag); };\n",
    );
    const uncached = lint({ NODE_DISABLE_COMPILE_CACHE: '1', XTAP_FLAG_LOG: log }, ['--require', preload]);
    expect(uncached).toMatchObject({ code: 0, stderr: '' });
    expect(uncached.stdout).toMatch(/\d+ problems?/);
    const growth = readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('semi-space-growth-factor'));
    expect(growth).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);

    const xdg = temp('xtap-launcher-xdg-');
    const dir = join(xdg, 'xtap-lint');
    expect(lint({ XDG_CACHE_HOME: xdg })).toEqual(uncached);
    const [name] = cacheFiles(dir);
    const made = statSync(join(dir, name));
    for (let i = 0; i < 2; i++) expect(lint({ XDG_CACHE_HOME: xdg })).toEqual(uncached);
    expect(cacheFiles(dir)).toEqual([name]);
    expect(statSync(join(dir, name))).toMatchObject({ ino: made.ino, size: made.size, mtimeMs: made.mtimeMs });
  });
});
