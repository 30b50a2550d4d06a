/**
 * A GitHub-flavoured Markdown report: the counts and one table row per finding. The CLI prints it
 * (`--format markdown`); the Action puts the same table in the job summary and the sticky pull request comment,
 * with links to the lines and a size budget (a step summary holds 1 MiB, a comment 65,536 characters).
 */
import type { FormatContext } from './format.js';
import type { FileResult, Finding, Severity } from '../types.js';
import { inertMarkdown, markdownLink } from './inert.js';
import { checkLabel } from '../engine/compliance.js';

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

export interface MarkdownOptions {
  /** A heading line above the report (without `#`); none when absent. */
  heading?: string;
  /**
   * Link of a finding's location (the file at the pull request's head commit); plain text when absent. Build it
   * from encoded path segments (`urlPath` in inert.ts); anything but a plain `https:` URL is shown as text.
   */
  link?: (repoPath: string, line: number) => string;
  /** Stop adding rows before the report exceeds this many characters (code points, as GitHub counts a comment's); a last line says how many were left out. */
  maxChars?: number;
  /** Stop adding rows before the report exceeds this many bytes of UTF-8 (a job summary's cap is in bytes). */
  maxBytes?: number;
}

/** Characters as GitHub counts them in a comment body: Unicode code points (a UTF-16 surrogate pair is one). */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Bytes of a text in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes), without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Text for a table cell, from a file or quoting one: inert (`inertMarkdown`: no mention, link, image, HTML or
 * table break). A line break shows as `\n`: messages are one line, so a break can only come from a file.
 */
export function cell(s: string): string {
  return inertMarkdown(s);
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
  const where = `${inertMarkdown(file)}:${f.range.line}:${f.range.column}`;
  const loc = markdownLink(where, opts.link?.(repoPath, f.range.line));
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${loc} | ${markdownLink(inertMarkdown(f.ruleId), f.docsUrl)} | ${cell(f.message)} |`;
}

/** The published checks the findings concern (SPEC §3.10), once each, with how many findings: one line. */
function complianceLines(ctx: FormatContext): string[] {
  const n = new Map<string, number>();
  for (const r of ctx.results) for (const f of r.findings) for (const k of f.compliance ?? []) n.set(k, (n.get(k) ?? 0) + 1);
  if (!n.size) return [];
  const list = [...n].map(([k, c]) => `${inertMarkdown(checkLabel(k))} (${plural(c, 'finding')})`).join(', ');
  return [`Published checks these findings concern: ${list}.`, ''];
}

/** Days after which an expiring suppression is listed in the summary. */
export const EXPIRY_WINDOW_DAYS = 30;

/**
 * "3 suppressed findings", and the directives that stop suppressing within EXPIRY_WINDOW_DAYS of the run's date (their
 * findings come back then). Reasons and paths are text from files: inert.
 */
function suppressedLines(ctx: FormatContext): string[] {
  const all = ctx.results.flatMap((r) => r.suppressed.map((s) => ({ s, file: r.file })));
  if (!all.length) return [];
  const out = [`${plural(all.length, 'suppressed finding')} (suppression directives with their reasons, or the baseline).`, ''];
  const now = ctx.now;
  if (!now) return out;
  const limit = new Date(Date.parse(`${now}T00:00:00Z`) + EXPIRY_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const soon = all
    .map(({ s, file }) => ({ s, file, until: s.suppressions.find((x) => x.until)?.until }))
    .filter((x): x is typeof x & { until: string } => x.until !== undefined && x.until > now && x.until <= limit)
    .sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  if (!soon.length) return out;
  out.push(`Expiring within ${EXPIRY_WINDOW_DAYS} days (the findings are reported again from that date):`, '');
  for (const x of soon) {
    const reason = x.s.suppressions.find((y) => y.until)?.justification ?? '';
    out.push(`- ${x.until}: ${inertMarkdown(x.file)}:${x.s.range.line} \`${x.s.ruleId}\` — ${inertMarkdown(reason)}`);
  }
  out.push('');
  return out;
}

/** The report: optional heading, count line, table (or "No problems found."), notices. */
export function markdownReport(ctx: FormatContext, opts: MarkdownOptions = {}): string {
  const head: string[] = [];
  if (opts.heading) head.push(`### ${opts.heading}`, '');
  head.push(countLine(ctx.results), '');
  head.push(...suppressedLines(ctx));
  head.push(...complianceLines(ctx));
  const tail: string[] = [];
  if (ctx.notices?.length) tail.push('', ...ctx.notices.map((n) => `> **Note:** ${cell(n)}`));
  const rows: Array<{ f: Finding; file: string; repoPath: string }> = [];
  for (const r of ctx.results) for (const f of r.findings) rows.push({ f, file: r.file, repoPath: ctx.repoPaths?.get(r.file) ?? r.file });
  if (rows.length === 0) return [...head, 'No problems found.', ...tail].join('\n') + '\n';
  const lines = [...head, '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];
  // One measure: bytes when a byte cap is given (the smaller of the two caps counts), else characters.
  const measure = opts.maxBytes !== undefined ? utf8Length : charCount;
  const max = Math.min(opts.maxBytes ?? Infinity, opts.maxChars ?? Infinity);
  const reserve = measure(tail.join('\n')) + 200;
  let size = measure(lines.join('\n'));
  let shown = 0;
  for (const x of rows) {
    const line = row(x.f, x.file, x.repoPath, opts);
    const n = measure(line) + 1;
    if (size + n + reserve > max) break;
    lines.push(line);
    size += n;
    shown++;
  }
  if (shown < rows.length) lines.push('', `… and ${plural(rows.length - shown, 'more finding')} not shown here (size limit): run \`npx xtap-lint\` to see all.`);
  return [...lines, ...tail].join('\n') + '\n';
}

export function markdown(ctx: FormatContext): string {
  return markdownReport(ctx, { heading: 'xtap-lint' });
}
