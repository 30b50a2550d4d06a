/** `--fix` and `--fix-dry-run`: apply the safe fixes, or print them as a unified diff. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixFiles } from '../../fix/fixer.js';
import { unifiedDiff } from '../../fix/diff.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import type { LintCliOptions, LintRun } from './lint.js';

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
  const outcome = fixFiles(lr.inputs, lr.options, (p) => lr.selected.has(p));
  const changed = [...outcome.changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (dry) {
    io.stdout(changed.map(([p, c]) => unifiedDiff(c.before, c.after, `a/${p}`, `b/${p}`)).join(''));
    return changed.length ? 1 : 0;
  }
  for (const [p, c] of changed) {
    try {
      writeFileSync(join(lr.root, ...p.split('/')), c.after, 'utf8');
    } catch (err) {
      throw new CliError(`cannot write the fixed ${p}: ${(err as Error).message}`);
    }
  }
  lr.run = outcome.run;
  lr.inputs = outcome.inputs;
  return undefined;
}
