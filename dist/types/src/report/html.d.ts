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
/** The filters: shown only when scripts run; without them every finding stays visible. */
export declare const FILTER_SCRIPT = "(function(){\nvar f=document.getElementById('filters');if(!f)return;f.hidden=false;\nvar items=[].slice.call(document.querySelectorAll('[data-finding]'));\nvar count=document.getElementById('shown');\nfunction apply(){var v={};[].forEach.call(f.querySelectorAll('select'),function(s){v[s.name]=s.value;});\nvar n=0;items.forEach(function(el){var ok=true;for(var k in v){if(v[k]&&el.getAttribute('data-'+k)!==v[k])ok=false;}el.hidden=!ok;if(ok&&!el.hasAttribute('data-suppressed'))n++;});\nif(count)count.textContent=String(n);}\nf.addEventListener('change',apply);f.addEventListener('reset',function(){setTimeout(apply,0);});apply();})();";
/** The whole report. Deterministic: the same results give byte-identical output. */
export declare function html(ctx: FormatContext): string;
