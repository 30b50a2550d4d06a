/** ESLint's default output: the file, then `line:col  severity  message  rule-id`, then a summary line. */
import type { FormatContext } from './format.js';
import type { Severity } from '../types.js';

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function stylish(ctx: FormatContext): string {
  const c = ctx.color;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of ctx.results) {
    if (r.findings.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    out.push('', paint(c, '4', r.file));
    const posWidth = Math.max(...r.findings.map((f) => `${f.range.line}:${f.range.column}`.length));
    for (const f of r.findings) {
      const pos = `${f.range.line}:${f.range.column}`.padEnd(posWidth);
      const sev = severityLabel(f.severity, c);
      out.push(`  ${paint(c, '2', pos)}  ${sev}  ${f.message}  ${paint(c, '2', f.ruleId)}`);
    }
  }
  for (const n of ctx.notices ?? []) out.push('', `note: ${n}`);
  const total = errors + warnings + infos;
  if (total === 0) return out.length ? out.join('\n') + '\n' : '';
  const mark = errors ? paint(c, '31;1', '✖') : warnings ? paint(c, '33;1', '⚠') : paint(c, '34;1', 'ℹ');
  out.push('', `${mark} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`);
  if (fixErrors + fixWarnings) out.push(`  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  return out.join('\n') + '\n';
}

function severityLabel(s: Severity, color: boolean): string {
  const label = s.padEnd(7);
  if (s === 'error') return paint(color, '31', label);
  if (s === 'warning') return paint(color, '33', label);
  return paint(color, '34', label);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
