/**
 * `--format html`: one self-contained HTML file for people who will not read YAML or a terminal (auditors,
 * managers, partners). No request leaves the page: styles and the one small script are inline, the
 * Content-Security-Policy forbids every fetch, and the trust map is inline SVG. Without JavaScript every finding
 * is shown; with it, filters by severity, rule, tenant and partner appear. Printable (the filters and tooltips are
 * screen-only).
 *
 * Every text from a declaration file, a file name or the configuration is escaped (`escapeHtml`), so the report is
 * inert: no markup, script or link comes from a file. Pure: no file system, network or process access.
 */
import type { FormatContext } from './format.js';
import type { FileResult, Finding, Range, Severity, SuppressedFinding } from '../types.js';
import type { RepoModel } from '../resolve/model.js';
import { buildGraph } from '../intel/graph.js';
import { escapeHtml, trustMapLegend, trustMapSvg } from './trust-map-svg.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
/** Lines of source shown around a finding at most. */
const EXCERPT_LINES = 6;

/** The filters: shown only when scripts run; without them every finding stays visible. */
export const FILTER_SCRIPT = `(function(){
var f=document.getElementById('filters');if(!f)return;f.hidden=false;
var items=[].slice.call(document.querySelectorAll('[data-finding]'));
var count=document.getElementById('shown');
function apply(){var v={};[].forEach.call(f.querySelectorAll('select'),function(s){v[s.name]=s.value;});
var n=0;items.forEach(function(el){var ok=true;for(var k in v){if(v[k]&&el.getAttribute('data-'+k)!==v[k])ok=false;}el.hidden=!ok;if(ok&&!el.hasAttribute('data-suppressed'))n++;});
if(count)count.textContent=String(n);}
f.addEventListener('change',apply);f.addEventListener('reset',function(){setTimeout(apply,0);});apply();})();`;

/** The stylesheet (inline; printed pages drop the screen-only parts). */
const STYLE = `
:root{color-scheme:light;--err:#cf222e;--warn:#9a6700;--info:#0969da;--muted:#57606a;--line:#d0d7de}
*{box-sizing:border-box}body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1f2328}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
.totals{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0}.totals div{border:1px solid var(--line);border-radius:6px;padding:8px 14px}
.totals b{font-size:20px;display:block}
form#filters{display:flex;gap:12px;flex-wrap:wrap;align-items:end;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:10px;margin:8px 0}
form#filters[hidden]{display:none}
form#filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
article.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
article.finding.error{border-left-color:var(--err)}article.finding.warning{border-left-color:var(--warn)}article.finding.info{border-left-color:var(--info)}
article.finding h3{font-size:15px;margin:0 0 4px}.where{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;color:var(--muted)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px}
pre.excerpt{background:#f6f8fa;border-radius:6px;padding:8px 0;overflow-x:auto;font-size:12.5px;margin:8px 0}
pre.excerpt span.ln{display:inline-block;min-width:4em;padding:0 10px;color:var(--muted);text-align:right;user-select:none}
pre.excerpt mark{background:#ffebe9;color:inherit;text-decoration:underline wavy var(--err)}
.why,.fix{margin:4px 0}.why b,.fix b{color:var(--muted);font-weight:600}
.related{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:13px}
.suppressed article.finding{opacity:.8}.justification{font-style:italic}
.map svg{max-width:100%;height:auto}.map{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:8px;background:#fff}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:14px;color:var(--muted);font-size:12.5px}
.empty{color:var(--muted)}
@media print{form#filters{display:none!important}body{max-width:none;padding:0}article.finding{page-break-inside:avoid}.map{overflow:visible}}
`;

/**
 * Content-Security-Policy: nothing may be fetched (no default-src, no img/font/connect source); inline styles and
 * the inline script only. File text never becomes markup (it is escaped), so 'unsafe-inline' admits nothing else.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

interface Scope {
  tenant?: { id: string; label: string };
  partner?: { id: string; label: string };
}

/** For each file and line: which tenant and partner entry it belongs to (for filters and the map's tooltips). */
function scopeFinder(model: RepoModel | undefined): (repoPath: string, line: number) => Scope {
  if (!model) return () => ({});
  const tenantOfFile = new Map<string, { id: string; label: string }>();
  const partnersOfFile = new Map<string, Array<{ start: number; end: number; id: string; label: string }>>();
  for (const t of model.tenants) {
    const tenant = { id: t.id, label: t.label };
    tenantOfFile.set(t.file.path, tenant);
    for (const f of t.includedFiles) if (!tenantOfFile.has(f.path)) tenantOfFile.set(f.path, tenant);
    for (const p of t.partners) {
      const lc = p.entry.file.lineCounter;
      const start = lc.linePos(Math.max(0, p.entryKey.start)).line;
      const end = lc.linePos(Math.max(p.entry.end, p.entryKey.start)).line;
      const list = partnersOfFile.get(p.file.path) ?? [];
      list.push({ start, end, id: p.id, label: p.label });
      partnersOfFile.set(p.file.path, list);
    }
  }
  // Partner entries do not overlap: sorted by first line once, each finding finds its entry by binary search.
  for (const list of partnersOfFile.values()) list.sort((a, b) => a.start - b.start);
  return (repoPath, line) => {
    const scope: Scope = {};
    const t = tenantOfFile.get(repoPath);
    if (t) scope.tenant = t;
    const p = entryAt(partnersOfFile.get(repoPath), line);
    if (p) scope.partner = { id: p.id, label: p.label };
    return scope;
  };
}

/** The last entry that starts at or before `line`, when it also ends at or after it. */
function entryAt<T extends { start: number; end: number }>(sorted: readonly T[] | undefined, line: number): T | undefined {
  if (!sorted) return undefined;
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && line <= sorted[found].end ? sorted[found] : undefined;
}

/** The source lines of a range, the range itself marked. */
function excerpt(text: string | undefined, r: Range): string {
  if (text === undefined) return '';
  const lines = text.split(/\r\n|\r|\n/);
  if (r.line < 1 || r.line > lines.length) return '';
  const last = Math.min(r.endLine, r.line + EXCERPT_LINES - 1, lines.length);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = r.line; n <= last; n++) {
    const s = lines[n - 1];
    const from = n === r.line ? Math.max(0, r.column - 1) : s.length - s.trimStart().length;
    const to = n === r.endLine ? Math.max(from, r.endColumn - 1) : s.length;
    const marked = from < to ? `${escapeHtml(s.slice(0, from))}<mark>${escapeHtml(s.slice(from, to))}</mark>${escapeHtml(s.slice(to))}` : escapeHtml(s);
    out.push(`<span class="ln">${String(n).padStart(width)}</span>${marked}`);
  }
  return `<pre class="excerpt">${out.join('\n')}</pre>`;
}

function optionList(name: string, label: string, values: ReadonlyMap<string, string>): string {
  const opts = [...values].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([v, text]) => `<option value="${escapeHtml(v)}">${escapeHtml(text)}</option>`);
  return `<label>${label}<select name="${name}"><option value="">all</option>${opts.join('')}</select></label>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Row {
  file: string;
  repoPath: string;
  finding: Finding | SuppressedFinding;
  scope: Scope;
}

function findingHtml(row: Row, ctx: FormatContext, suppressed: boolean): string {
  const f = row.finding;
  const r = f.range;
  const attrs = [
    suppressed ? 'data-finding data-suppressed' : 'data-finding',
    `data-severity="${f.severity}"`,
    `data-rule="${escapeHtml(f.ruleId)}"`,
    `data-tenant="${escapeHtml(row.scope.tenant?.id ?? '')}"`,
    `data-partner="${escapeHtml(row.scope.partner?.id ?? '')}"`,
  ];
  const out: string[] = [`<article class="finding ${f.severity}" ${attrs.join(' ')}>`];
  out.push(`<h3><span class="badge ${f.severity}">${SEVERITY_ICON[f.severity]} ${f.severity}</span> ${escapeHtml(f.parts.what || f.message)}</h3>`);
  const scope = [row.scope.tenant ? `tenant ${row.scope.tenant.label}` : '', row.scope.partner ? `partner ${row.scope.partner.label}` : ''].filter(Boolean).join(' · ');
  out.push(
    `<div class="where">${escapeHtml(`${row.file}:${r.line}:${r.column}`)} · <a class="rule" href="${escapeHtml(f.docsUrl)}" rel="noreferrer noopener">${escapeHtml(f.ruleId)}</a>${scope ? ` · ${escapeHtml(scope)}` : ''}</div>`,
  );
  out.push(excerpt(ctx.sources?.get(row.repoPath), r));
  if (f.parts.why) out.push(`<p class="why"><b>Why:</b> ${escapeHtml(f.parts.why)}</p>`);
  if (f.parts.fix) out.push(`<p class="fix"><b>What to do:</b> ${escapeHtml(f.parts.fix)}</p>`);
  if (f.related?.length) {
    out.push(`<ul class="related">${f.related.map((x) => `<li>${escapeHtml(`${x.file}:${x.range.line}:${x.range.column}`)}: ${escapeHtml(x.message)}</li>`).join('')}</ul>`);
  }
  if (suppressed && 'suppressions' in f) {
    for (const s of f.suppressions) out.push(`<p class="justification">Suppressed by ${s.kind === 'directive' ? 'a directive' : 'the baseline'}: ${escapeHtml(s.justification || 'no reason given')}</p>`);
  }
  out.push('</article>');
  return out.join('\n');
}

/** The whole report. Deterministic: the same results give byte-identical output. */
export function html(ctx: FormatContext): string {
  const scopeOf = scopeFinder(ctx.model);
  const rows: Row[] = [];
  const suppressedRows: Row[] = [];
  const toRepo = (file: string): string => ctx.repoPaths?.get(file) ?? file;
  for (const r of ctx.results as readonly FileResult[]) {
    const repoPath = toRepo(r.file);
    for (const f of r.findings) rows.push({ file: r.file, repoPath, finding: f, scope: scopeOf(repoPath, f.range.line) });
    for (const f of r.suppressed) suppressedRows.push({ file: r.file, repoPath, finding: f, scope: scopeOf(repoPath, f.range.line) });
  }
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, Record<Severity, number>>();
  const rules = new Map<string, string>();
  const tenants = new Map<string, string>();
  const partners = new Map<string, string>();
  const nodeFindings = new Map<string, string[]>();
  for (const row of rows) {
    const f = row.finding;
    totals[f.severity]++;
    const c = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    byRule.set(f.ruleId, c);
    rules.set(f.ruleId, f.ruleId);
    if (row.scope.tenant) tenants.set(row.scope.tenant.id, row.scope.tenant.label);
    if (row.scope.partner) partners.set(row.scope.partner.id, row.scope.partner.label);
    const node = row.scope.partner?.id ?? row.scope.tenant?.id;
    if (node) {
      const list = nodeFindings.get(node) ?? [];
      list.push(`${f.severity}: ${f.parts.what || f.message} [${f.ruleId}]`);
      nodeFindings.set(node, list);
    }
  }
  const total = rows.length;
  const title = ctx.title ?? 'xtap-lint report';
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="referrer" content="no-referrer">');
  out.push(`<title>${escapeHtml(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  out.push(`<h1>${escapeHtml(title)}</h1>`);
  out.push(`<p class="meta">xtap-lint ${escapeHtml(ctx.version)} · ${plural(ctx.results.length, 'file')} · ${total === 0 ? 'no problems' : plural(total, 'problem')}</p>`);

  out.push('<h2 id="summary">Summary</h2>', '<div class="totals">');
  for (const s of SEVERITIES) out.push(`<div><b>${totals[s]}</b><span class="badge ${s}">${SEVERITY_ICON[s]} ${s}</span></div>`);
  out.push(`<div><b>${suppressedRows.length}</b>suppressed</div>`, '</div>');
  if (byRule.size) {
    out.push('<table><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead><tbody>');
    for (const [id, c] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      out.push(`<tr><td class="rule">${escapeHtml(id)}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  for (const n of ctx.notices ?? []) out.push(`<p class="notice">Note: ${escapeHtml(n)}</p>`);

  out.push('<h2 id="map">Trust map</h2>');
  if (ctx.model) {
    out.push(`<div class="map">${trustMapSvg(buildGraph(ctx.model), { findings: nodeFindings })}</div>`, trustMapLegend());
  } else out.push('<p class="empty">No model: the trust map is not available.</p>');

  out.push('<h2 id="findings">Findings</h2>');
  if (total === 0) out.push('<p class="empty">No problems found.</p>');
  else {
    out.push('<form id="filters" hidden>');
    out.push(
      optionList(
        'severity',
        'Severity',
        new Map(SEVERITIES.filter((s) => totals[s] > 0).map((s) => [s, s])),
      ),
    );
    out.push(optionList('rule', 'Rule', rules), optionList('tenant', 'Tenant', tenants), optionList('partner', 'Partner', partners));
    out.push(`<button type="reset">Show all</button><span>Showing <b id="shown">${total}</b> of ${total}</span>`, '</form>');
    for (const row of rows) out.push(findingHtml(row, ctx, false));
  }
  if (suppressedRows.length) {
    out.push(`<h2 id="suppressed">Suppressed findings (${suppressedRows.length})</h2>`, '<div class="suppressed">');
    for (const row of suppressedRows) out.push(findingHtml(row, ctx, true));
    out.push('</div>');
  }
  out.push(`<script>${FILTER_SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}
