/**
 * Steps that run between the engine and the report in `lint`: --fix, --fix-dry-run, --baseline, --baseline-write.
 * A hook may change the run (apply fixes and re-lint, move baselined findings to suppressed) or end the command
 * by returning an exit code.
 */
import type { Io } from '../io.js';
import type { LintCliOptions, LintRun } from './lint.js';
import { fixHook } from './fix.js';
import { baselineHook } from './baseline.js';

export type LintHook = (io: Io, values: LintCliOptions, run: LintRun) => Promise<number | undefined>;

/** In order: fixes first, so that the baseline counts (and suppresses) what is left after fixing. */
export const LINT_HOOKS: LintHook[] = [fixHook, baselineHook];
