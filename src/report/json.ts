/** ESLint's JSON shape (SPEC §4.1): one entry per linted file; severity 2 error, 1 warning, 0 info. */
import type { FormatContext } from './format.js';
import type { Finding, Severity, SuppressedFinding } from '../types.js';
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

export function jsonResults(ctx: FormatContext) {
  return ctx.results.map((r) => ({
    filePath: r.file,
    messages: r.findings.map(message),
    suppressedMessages: r.suppressed.map((s: SuppressedFinding) => ({ ...message(s), suppressions: s.suppressions })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fatalErrorCount: r.fatalErrorCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  }));
}

export function json(ctx: FormatContext): string {
  // The data as read; only characters a terminal would act on are written as \uXXXX (C0 controls are already).
  return inertJson(JSON.stringify(jsonResults(ctx))) + '\n';
}
