/**
 * Baselines (ESLint's bulk suppressions): `--baseline-write <file>` records how many findings each file has per
 * rule; `--baseline <file>` moves up to that many findings of that rule in that file to the suppressed findings
 * (kind `baseline`), so that only new findings are reported.
 *
 * File format, like eslint-suppressions.json: `{ "<repository path>": { "<rule id>": { "count": n } } }`, keys
 * sorted, two-space indentation, a final line break — so that it diffs cleanly when committed.
 *
 * Stale entries (a count above what occurs) are reported on stderr (a heading line, one line each, and what to do)
 * and fail the run (exit 1), as ESLint does, also when the findings went away because they were fixed: re-run with
 * `--baseline-write` to prune the file, so that it only ever shrinks deliberately. `syntax` findings are never
 * baselined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareFindings, fileResult } from '../../engine/lint.js';
import type { FileResult, Finding, SuppressedFinding } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import type { LintCliOptions, LintRun } from './lint.js';
import { visible } from '../../report/inert.js';
import { assertWritablePath, safeWriteFile } from '../../repo/safe-write.js';

export type Baseline = Record<string, Record<string, { count: number }>>;

export interface StaleEntry {
  file: string;
  ruleId: string;
  count: number;
  found: number;
  /** The file is not among the repository's declarations any more. */
  gone?: boolean;
}

const NOT_BASELINED = new Set(['syntax']);

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

export function serializeBaseline(b: Baseline): string {
  const sorted: Baseline = {};
  for (const [file, rules] of Object.entries(sortKeys(b))) {
    if (Object.keys(rules).length) sorted[file] = sortKeys(rules);
  }
  return JSON.stringify(sorted, null, 2) + '\n';
}

/** Parse and check a baseline file's text; throws CliError naming the file. */
export function parseBaseline(text: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new CliError(`baseline ${name} is not valid JSON: ${(err as Error).message}`);
  }
  const bad = (what: string) => new CliError(`baseline ${name}: ${what} (expected { "<file>": { "<rule id>": { "count": <n> } } })`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad('the top level is not an object');
  const out: Baseline = Object.create(null) as Baseline;
  for (const [file, rules] of Object.entries(data as Record<string, unknown>)) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw bad(`"${file}" is not an object`);
    const entry: Record<string, { count: number }> = Object.create(null) as Record<string, { count: number }>;
    for (const [ruleId, v] of Object.entries(rules as Record<string, unknown>)) {
      const count = v !== null && typeof v === 'object' ? (v as { count?: unknown }).count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw bad(`"${file}" → "${ruleId}" has no whole-number count`);
      entry[ruleId] = { count };
    }
    out[file] = entry;
  }
  return out;
}

export function readBaseline(path: string, name: string): Baseline {
  if (!existsSync(path)) throw new CliError(`baseline file not found: ${name} (create it with --baseline-write ${name})`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read baseline ${name}: ${(err as Error).message}`);
  }
  return parseBaseline(text, name);
}

/** Counts of the findings of the files `selected` accepts. */
export function countFindings(files: readonly FileResult[], selected: (path: string) => boolean): Baseline {
  const out: Baseline = {};
  for (const f of files) {
    if (!selected(f.file)) continue;
    for (const finding of f.findings) {
      if (NOT_BASELINED.has(finding.ruleId)) continue;
      const rules = (out[f.file] ??= {});
      rules[finding.ruleId] = { count: (rules[finding.ruleId]?.count ?? 0) + 1 };
    }
  }
  return out;
}

/**
 * Move baselined findings to `suppressed` in the files `selected` accepts, in report order (the first `count`
 * findings of a rule in a file). Returns the stale entries of those files.
 */
export function applyBaseline(files: FileResult[], baseline: Baseline, selected: (path: string) => boolean, justification: string): StaleEntry[] {
  const stale: StaleEntry[] = [];
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  files.forEach((f, i) => {
    if (!selected(f.file) || !has(baseline, f.file)) return;
    const entry = baseline[f.file];
    const left = new Map<string, number>();
    for (const [ruleId, { count }] of Object.entries(entry)) left.set(ruleId, count);
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [...f.suppressed];
    for (const finding of f.findings) {
      const n = left.get(finding.ruleId) ?? 0;
      if (n > 0 && !NOT_BASELINED.has(finding.ruleId)) {
        left.set(finding.ruleId, n - 1);
        suppressed.push({ ...finding, suppressions: [{ kind: 'baseline', justification }] });
      } else findings.push(finding);
    }
    for (const [ruleId, n] of left) {
      if (n > 0) stale.push({ file: f.file, ruleId, count: entry[ruleId].count, found: entry[ruleId].count - n });
    }
    suppressed.sort(compareFindings);
    files[i] = fileResult(f.file, findings, suppressed);
  });
  return stale;
}

export async function baselineHook(io: Io, values: LintCliOptions, lr: LintRun): Promise<number | undefined> {
  const writeName = values['baseline-write'];
  const readName = values.baseline;
  if (writeName === undefined && readName === undefined) return undefined;
  const files = lr.run.result.files;
  const isSelected = (p: string) => lr.selected.has(p);
  const known = new Set(files.map((f) => f.file));
  // A run over every declaration file can tell that a baselined file no longer exists.
  const fullRun = files.every((f) => lr.selected.has(f.file));

  if (writeName !== undefined) {
    if (values.stdin) throw new CliError('--baseline-write cannot be used with --stdin');
    const path = resolve(io.cwd, writeName);
    // Never through a link: neither the old baseline's text is read nor the new one written there.
    assertWritablePath(path, { cwd: io.cwd, what: `--baseline-write ${writeName}`, kind: 'file' });
    const previous = existsSync(path) ? readBaseline(path, writeName) : {};
    const next: Baseline = {};
    // Keep what this run did not look at (pre-commit passes some files only); replace the rest.
    for (const [file, rules] of Object.entries(previous)) {
      if (!isSelected(file) && (known.has(file) || !fullRun)) next[file] = rules;
    }
    Object.assign(next, countFindings(files, isSelected));
    const text = serializeBaseline(next);
    safeWriteFile(path, text, { cwd: io.cwd, what: `baseline ${writeName}` });
    const written = parseBaseline(text, writeName);
    applyBaseline(files, written, isSelected, `counted in ${writeName}`);
    let total = 0;
    let withFindings = 0;
    for (const f of lr.run.result.files) {
      const n = f.suppressed.filter((x) => x.suppressions.some((s) => s.kind === 'baseline')).length;
      total += n;
      if (n) withFindings++;
    }
    io.stderr(`Wrote ${writeName}: ${total} finding${total === 1 ? '' : 's'} in ${withFindings} file${withFindings === 1 ? '' : 's'} baselined.\n`);
    return undefined;
  }

  const name = readName as string;
  const baseline = readBaseline(resolve(io.cwd, name), name);
  const stale = applyBaseline(files, baseline, isSelected, `counted in ${name}`);
  if (fullRun) {
    for (const [file, rules] of Object.entries(baseline)) {
      if (known.has(file)) continue;
      for (const [ruleId, { count }] of Object.entries(rules)) if (count > 0) stale.push({ file, ruleId, count, found: 0, gone: true });
    }
  }
  stale.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  if (stale.length) io.stderr(staleMessage(name, stale));
  if (stale.length) lr.fail = true;
  return undefined;
}

/** What stderr says about stale entries: which, and what to do. File names and rule ids come from the file: inert. */
export function staleMessage(name: string, stale: readonly StaleEntry[]): string {
  const n = (count: number, ruleId: string) => `${count} ${visible(ruleId)} finding${count === 1 ? '' : 's'}`;
  const lines = [`xtap-lint: the baseline ${visible(name)} is out of date (exit code 1): ${stale.length} entr${stale.length === 1 ? 'y counts' : 'ies count'} more findings than there are`];
  for (const s of stale) {
    lines.push(
      s.gone
        ? `  ${visible(s.file)}: no longer a declaration file of this repository (deleted, renamed or ignored); the baseline counts ${n(s.count, s.ruleId)} in it`
        : `  ${visible(s.file)}: ${n(s.found, s.ruleId)}, the baseline counts ${s.count}`,
    );
  }
  lines.push(`Update it with \`xtap-lint --baseline-write ${visible(name)}\` (with the same paths), so that no new finding can hide in the slack.`);
  return lines.join('\n') + '\n';
}
