/** ESLint's JSON shape (SPEC §4.1): one entry per linted file; severity 2 error, 1 warning, 0 info. */
import type { FormatContext } from './format.js';
import type { FileResult, Finding, Severity, SuppressedFinding } from '../types.js';
import { inertJson } from './inert.js';

const LEVEL: Record<Severity, 0 | 1 | 2> = { error: 2, warning: 1, info: 0 };

function message(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: LEVEL[f.severity],
    message: f.message,
    line: f.range.line,
    column: f.range.column,
    endLine: f.range.endLine,
    endColumn: f.range.endColumn,
    docsUrl: f.docsUrl,
    // SPEC §3.10: the published checks the rule covers, `framework:id` (an addition to ESLint's shape).
    compliance: f.compliance ?? [],
  };
}

function fileEntry(r: FileResult) {
  return {
    filePath: r.file,
    messages: r.findings.map(message),
    suppressedMessages: r.suppressed.map((s: SuppressedFinding) => ({ ...message(s), suppressions: s.suppressions })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fatalErrorCount: r.fatalErrorCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  };
}

export function jsonResults(ctx: FormatContext) {
  return ctx.results.map(fileEntry);
}

export function json(ctx: FormatContext): string {
  // The data as read; only characters a terminal would act on are written as \uXXXX (C0 controls are already).
  return inertJson(JSON.stringify(jsonResults(ctx))) + '\n';
}

/**
 * The same bytes as `json`, in pieces (one per file): `--output` writes them as they are made, so that a large
 * repository's report is never one string (and one buffer) in memory. `JSON.stringify` of an array is its elements'
 * JSON joined by commas in brackets, and `inertJson` replaces single characters, so the pieces join to `json`'s text.
 */
export function* jsonChunks(ctx: FormatContext): Generator<string> {
  yield '[';
  for (let i = 0; i < ctx.results.length; i++) yield (i ? ',' : '') + inertJson(JSON.stringify(fileEntry(ctx.results[i])));
  yield ']\n';
}
