/**
 * The deterministic fixture repository of the formatter golden files (actionlint style): test/report/fixtures/repo
 * copied to a temporary folder with a `.git` marker, linted through the CLI's pipeline with only the rules in
 * GOLDEN_RULES turned on, so that a rule added later does not change the golden files.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLint, visibleResults, lintSources } from '../../src/cli/commands/lint.js';
import type { Io } from '../../src/cli/io.js';
import { RULES } from '../../rules/index.js';
import type { FormatContext } from '../../src/report/index.js';

export const FIXTURE_REPO = fileURLToPath(new URL('./fixtures/repo', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('./golden', import.meta.url));
export const GOLDEN_RULES = [
  'disable-needs-reason',
  'include-unresolved',
  'mfa-registration-apps',
  'rms-outbound',
  'schema',
  'syntax',
  'target-type-mismatch',
  'unused-disable',
];

export function quietIo(cwd: string): Io {
  return { cwd, env: {}, stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', stdoutIsTTY: false };
}

/** Lint the fixture repository; the context every formatter receives, with a fixed version. */
export async function fixtureContext(): Promise<FormatContext> {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-golden-'));
  try {
    const root = join(dir, 'repo');
    cpSync(FIXTURE_REPO, root, { recursive: true });
    mkdirSync(join(root, '.git'));
    const io = quietIo(root);
    const missing = GOLDEN_RULES.filter((id) => !RULES.some((r) => r.id === id));
    if (missing.length) throw new Error(`golden rules missing from rules/: ${missing.join(', ')}`);
    const off = RULES.filter((r) => !GOLDEN_RULES.includes(r.id) && r.id !== 'syntax').map((r) => `${r.id}=off`);
    const lr = await runLint(io, { rule: off, preset: 'all' }, ['.']);
    const { results, repoPaths } = visibleResults(io, lr, false);
    return {
      results,
      rules: RULES.filter((r) => GOLDEN_RULES.includes(r.id)),
      color: false,
      version: '0.0.0-golden',
      repoPaths,
      notices: lr.notices,
      sources: lintSources(lr),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
