/**
 * The fixer: lint, apply the fixes of the reported findings as text edits, lint again, until nothing changes
 * (at most MAX_FIX_PASSES passes, as ESLint does). Pure: file contents in, fixed contents out.
 *
 * Within one pass, fixes whose edits overlap (or insert at the same place) are deferred to the next pass, which
 * sees the result of the first. A pass that would turn a readable file into one with a syntax error is dropped for
 * that file, so a fixer bug can never corrupt a declaration.
 */
import { lintFiles } from '../engine/lint.js';
import type { EngineRun, LintOptions } from '../engine/lint.js';
import type { Fix } from '../engine/rule.js';
import { documentOf, parseSource } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import type { InputFile } from '../types.js';
import { isTextFix } from './edits.js';
import type { TextEdit } from './edits.js';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The engine run over the fixed contents. */
  run: EngineRun;
  /** The inputs with fixed contents. */
  inputs: InputFile[];
  /** Files whose text changed: path → [before, after]. */
  changed: Map<string, { before: string; after: string }>;
  passes: number;
}

/** Splice non-overlapping edits into a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/** One pass over one file: the new text, or undefined when no fix applies. */
export function fixOnce(file: SourceFile, fixes: readonly Fix[]): string | undefined {
  const accepted: TextEdit[] = [];
  let fallback: Fix | undefined;
  for (const fix of fixes) {
    const edits = isTextFix(fix) ? fix.edits() : undefined;
    if (edits === undefined) {
      fallback ??= fix;
      continue;
    }
    if (edits.length === 0 || edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    // An edit in a map that merge keys copy from (`<<: *base`) would change every map that merges it: skipped.
    if (edits.some((e) => file.merges.some((m) => e.start <= m.from[1] && e.end >= m.from[0]))) continue;
    accepted.push(...edits);
  }
  if (accepted.length) return applyEdits(file.text, accepted);
  // Re-serialising a document with merge keys would write the merged entries out: no fallback for it.
  const doc = fallback && file.merges.length === 0 ? documentOf(file) : undefined;
  if (fallback && doc) {
    // A layout the text edits do not handle: edit the Document and re-serialise this file (formatting may change).
    fallback.apply();
    const bom = file.text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const out = doc.toString();
    return bom + (file.text.includes('\r\n') ? out.replace(/\n/g, '\r\n') : out);
  }
  return undefined;
}

function fixFile(fix: Fix, fallbackPath: string): string {
  return isTextFix(fix) ? fix.file.path : fallbackPath;
}

/** Fix the files `selected` accepts until nothing changes. */
export function fixFiles(inputs: readonly InputFile[], options: LintOptions, selected: (path: string) => boolean): FixOutcome {
  let current = inputs.slice();
  // The fixer applies the fixes: every run keeps them.
  if (options.fixes === false) options = { ...options, fixes: true };
  let run = lintFiles(current, options);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const byFile = new Map<string, Fix[]>();
    for (const [path, fixes] of run.fixes) {
      for (const fix of fixes) {
        const p = fixFile(fix, path);
        const list = byFile.get(p) ?? [];
        if (!list.includes(fix)) list.push(fix);
        byFile.set(p, list);
      }
    }
    let changed = false;
    const next = current.map((input) => {
      const fixes = byFile.get(input.path);
      if (!fixes || input.text === undefined || !selected(input.path)) return input;
      const file = run.files.find((f) => f.path === input.path);
      if (!file || file.broken) return input;
      const text = fixOnce(file, fixes);
      if (text === undefined || text === input.text) return input;
      if (parseSource(input.path, text).problems.length > 0) return input;
      changed = true;
      return { ...input, text };
    });
    if (!changed) break;
    passes++;
    current = next;
    run = lintFiles(current, options);
  }
  const changedFiles = new Map<string, { before: string; after: string }>();
  inputs.forEach((input, i) => {
    const after = current[i].text;
    if (input.text !== undefined && after !== undefined && after !== input.text) changedFiles.set(input.path, { before: input.text, after });
  });
  return { run, inputs: current, changed: changedFiles, passes };
}
