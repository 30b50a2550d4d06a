/**
 * A GitHub-flavoured Markdown report: the counts and one table row per finding. The CLI prints it
 * (`--format markdown`); the Action puts the same table in the job summary and the sticky pull request comment,
 * with links to the lines and a size budget (a step summary holds 1 MiB, a comment 65,536 characters).
 */
import type { FormatContext } from './format.js';
import type { FileResult, Finding, Severity } from '../types.js';

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

export interface MarkdownOptions {
  /** A heading line above the report (without `#`); none when absent. */
  heading?: string;
  /** Link of a finding's location (the file at the pull request's head commit); plain text when absent. */
  link?: (repoPath: string, line: number) => string;
  /** Stop adding rows before the report exceeds this many characters; a last line says how many were left out. */
  maxChars?: number;
}

/** Text for a table cell: no line breaks, no `|`, no HTML. */
export function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function counts(results: readonly FileResult[]): { errors: number; warnings: number; infos: number; files: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let files = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    if (r.findings.length) files++;
  }
  return { errors, warnings, infos, files };
}

/** "**2 errors**, 1 warning and 0 infos in 1 of 3 files" — errors in bold when there are any. */
export function countLine(results: readonly FileResult[]): string {
  const c = counts(results);
  const errors = c.errors ? `**${plural(c.errors, 'error')}**` : plural(c.errors, 'error');
  return `${errors}, ${plural(c.warnings, 'warning')} and ${plural(c.infos, 'info')} in ${c.files} of ${plural(results.length, 'declaration file')}`;
}

function row(f: Finding, file: string, repoPath: string, opts: MarkdownOptions): string {
  const where = `${cell(file)}:${f.range.line}:${f.range.column}`;
  const loc = opts.link ? `[${where}](${opts.link(repoPath, f.range.line)})` : where;
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${loc} | [${f.ruleId}](${f.docsUrl}) | ${cell(f.message)} |`;
}

/** The report: optional heading, count line, table (or "No problems found."), notices. */
export function markdownReport(ctx: FormatContext, opts: MarkdownOptions = {}): string {
  const head: string[] = [];
  if (opts.heading) head.push(`### ${opts.heading}`, '');
  head.push(countLine(ctx.results), '');
  const tail: string[] = [];
  if (ctx.notices?.length) tail.push('', ...ctx.notices.map((n) => `> **Note:** ${cell(n)}`));
  const rows: Array<{ f: Finding; file: string; repoPath: string }> = [];
  for (const r of ctx.results) for (const f of r.findings) rows.push({ f, file: r.file, repoPath: ctx.repoPaths?.get(r.file) ?? r.file });
  if (rows.length === 0) return [...head, 'No problems found.', ...tail].join('\n') + '\n';
  const lines = [...head, '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];
  const max = opts.maxChars ?? Infinity;
  const reserve = tail.join('\n').length + 200;
  let size = lines.join('\n').length;
  let shown = 0;
  for (const x of rows) {
    const line = row(x.f, x.file, x.repoPath, opts);
    if (size + line.length + 1 + reserve > max) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < rows.length) lines.push('', `… and ${plural(rows.length - shown, 'more finding')} not shown here (size limit): run \`npx xtap-lint\` to see all.`);
  return [...lines, ...tail].join('\n') + '\n';
}

export function markdown(ctx: FormatContext): string {
  return markdownReport(ctx, { heading: 'xtap-lint' });
}
