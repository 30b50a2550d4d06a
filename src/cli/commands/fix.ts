/** `--fix` and `--fix-dry-run`: apply the safe fixes, or print them as a unified diff. */
import { join } from 'node:path';
import { fixFiles } from '../../fix/fixer.js';
import { unifiedDiff } from '../../fix/diff.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import type { LintCliOptions, LintRun } from './lint.js';
import { assertWritablePath, safeWriteFile } from '../../repo/safe-write.js';
import { visible } from '../../report/inert.js';

/**
 * --fix writes the fixed files (only those whose findings are printed: the paths given, or what pre-commit passes),
 * then lets `lint` report what is left. --fix-dry-run prints the diff instead and exits 1 when there is something to
 * fix, 0 when there is nothing.
 */
export async function fixHook(io: Io, values: LintCliOptions, lr: LintRun): Promise<number | undefined> {
  const write = Boolean(values.fix);
  const dry = Boolean(values['fix-dry-run']);
  if (!write && !dry) return undefined;
  if (write && dry) throw new CliError('--fix and --fix-dry-run cannot be used together');
  if (write && values.stdin) throw new CliError('--fix cannot write to standard input; use --fix-dry-run to see the fixes');
  // A declaration that is a link (or lies under a linked folder) is never written through: its fixes are left out.
  const linked = new Set<string>();
  for (const p of lr.selected) {
    if (!lr.run.fixes.get(p)?.length) continue;
    try {
      assertWritablePath(join(lr.root, ...p.split('/')), { cwd: lr.root, what: p, kind: 'file' });
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      linked.add(p);
      lr.notices.push(`${visible(p)} was not fixed: it is a symbolic link or lies under one, and fixes are never written through a link`);
    }
  }
  const outcome = fixFiles(lr.inputs, lr.options, (p) => lr.selected.has(p) && !linked.has(p));
  const changed = [...outcome.changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (dry) {
    io.stdout(changed.map(([p, c]) => unifiedDiff(c.before, c.after, `a/${p}`, `b/${p}`)).join(''));
    return changed.length ? 1 : 0;
  }
  for (const [p, c] of changed) {
    safeWriteFile(join(lr.root, ...p.split('/')), c.after, { cwd: lr.root, what: `the fixed ${p}` });
  }
  lr.run = outcome.run;
  lr.inputs = outcome.inputs;
  return undefined;
}
