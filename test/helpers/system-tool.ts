/**
 * Tests that need a tool of the system rather than an npm package (pre-commit; Chromium for the HTML report) use
 * this. `.ci/run` installs those tools. Where one is missing, its tests are skipped with one line on stderr that names
 * the command that installs it — except with CI=true, where each of them fails with that line, so that CI can never
 * pass without having run them.
 *
 *   const preCommit = systemTool('pre-commit', ['pre-commit', '--version'], 'bash .ci/run (or apt-get install pre-commit)');
 *   beforeEach((ctx) => preCommit.require(ctx));
 */
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

export interface SystemTool {
  name: string;
  available: boolean;
  /** "pre-commit is not installed: …" — the one line printed or thrown when it is missing. */
  missing: string;
  /** Call in beforeEach (or first in a test): returns when the tool is there, else skips the test (fails it with CI=true). */
  require(ctx: Pick<TestContext, 'skip'>): void;
}

/** Whether CI=true (or 1): GitHub Actions and .ci/run set it. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/**
 * `probe` is a command that exits 0 when the tool works (`['pre-commit', '--version']`); `install` is the command that
 * installs it. Probes once, when called.
 */
export function systemTool(name: string, probe: readonly [string, ...string[]], install: string, env: NodeJS.ProcessEnv = process.env): SystemTool {
  const r = spawnSync(probe[0], probe.slice(1), { stdio: 'ignore', timeout: 60_000 });
  const available = !r.error && r.status === 0;
  const ci = inCi(env);
  const missing = `${name} is not installed, so its tests ${ci ? 'fail (CI=true)' : 'are skipped'}: install it with \`${install}\``;
  if (!available && !ci) process.stderr.write(`${missing}\n`);
  return {
    name,
    available,
    missing,
    require(ctx) {
      if (available) return;
      if (ci) throw new Error(missing);
      ctx.skip(missing);
    },
  };
}
