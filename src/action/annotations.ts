/**
 * Which findings become annotations. The runner shows at most 10 error, 10 warning and 10 notice annotations per
 * step and drops the rest silently, so we choose: errors before warnings before infos, and within a severity the
 * findings on lines the pull request changed first, then by file and position. One notice says how many findings
 * were not annotated and where they are.
 */
import type { Finding, Severity } from '../types.js';
import type { ChangedLines } from './git.js';

export const ANNOTATION_LIMIT = 10;

export interface Located {
  finding: Finding;
  /** Repository-relative path. */
  file: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function onChangedLine(x: Located, changed: ChangedLines | undefined): boolean {
  const lines = changed?.get(x.file);
  if (!lines) return false;
  for (let l = x.finding.range.line; l <= Math.max(x.finding.range.line, x.finding.range.endLine); l++) if (lines.has(l)) return true;
  return false;
}

export function orderFindings(items: readonly Located[], changed: ChangedLines | undefined): Located[] {
  const keyed = items.map((x) => ({ x, changed: onChangedLine(x, changed) ? 0 : 1 }));
  keyed.sort(
    (a, b) =>
      RANK[a.x.finding.severity] - RANK[b.x.finding.severity] ||
      a.changed - b.changed ||
      (a.x.file < b.x.file ? -1 : a.x.file > b.x.file ? 1 : 0) ||
      a.x.finding.range.line - b.x.finding.range.line ||
      a.x.finding.range.column - b.x.finding.range.column ||
      (a.x.finding.ruleId < b.x.finding.ruleId ? -1 : a.x.finding.ruleId > b.x.finding.ruleId ? 1 : 0),
  );
  return keyed.map((k) => k.x);
}

/**
 * The findings to annotate, in print order, and how many are left out. `otherNotices` is the number of notices
 * the step prints besides finding annotations; they and the "+N more" notice share the notice budget with infos.
 */
export function selectAnnotations(items: readonly Located[], changed: ChangedLines | undefined, otherNotices: number): { shown: Located[]; hidden: number } {
  const limit: Record<Severity, number> = { error: ANNOTATION_LIMIT, warning: ANNOTATION_LIMIT, info: Math.max(0, ANNOTATION_LIMIT - otherNotices - 1) };
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const shown: Located[] = [];
  for (const x of orderFindings(items, changed)) {
    const s = x.finding.severity;
    if (used[s] < limit[s]) {
      used[s]++;
      shown.push(x);
    }
  }
  return { shown, hidden: items.length - shown.length };
}

export function moreNotice(hidden: number): string {
  return `+${hidden} more finding${hidden === 1 ? '' : 's'}: see the job summary`;
}
