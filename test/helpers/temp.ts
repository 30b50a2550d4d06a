/**
 * Temporary folders that remove themselves: `tempDir()` makes one under the system temporary folder and
 * test/setup/cleanup.ts removes every one at the end of its test file (after the file's own afterAll hooks), even one
 * a test left without permissions. The global teardown (test/setup/global.ts) fails the run when an `xtap-*` folder
 * is left behind, so a test that makes its own with mkdtempSync must remove it.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder `<tmp>/<prefix>XXXXXX`, removed after the test file. The prefix must start with `xtap-`. */
export function tempDir(prefix = 'xtap-test-'): string {
  if (!prefix.startsWith('xtap-')) throw new Error(`tempDir: the prefix must start with xtap- (${prefix})`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * The environment for a child process that runs the CLI (or a tool that runs it, such as pre-commit or npm): the
 * parent's, with a temporary HOME and XDG_CACHE_HOME of its own, so that the launcher's code cache never lands in the
 * user's ~/.cache/xtap-lint.
 */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const home = tempDir('xtap-home-');
  const cache = join(home, '.cache');
  mkdirSync(cache);
  return { ...process.env, HOME: home, XDG_CACHE_HOME: cache, ...extra };
}

/** Make a tree writable again (a test may have taken the permissions away), so that it can be removed. */
function unlock(path: string): void {
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    chmodSync(path, st.isDirectory() ? 0o700 : 0o600);
    if (st.isDirectory()) for (const name of readdirSync(path)) unlock(join(path, name));
  } catch {
    // gone already
  }
}

/** Remove every folder tempDir() made (test/setup/cleanup.ts calls it after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      unlock(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
