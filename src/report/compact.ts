/**
 * `--format compact`: one line a finding, `path:line:col: severity: what [rule]` (SPEC §4.1), as actionlint and
 * ESLint's unix format print them, so that terminals and editors can jump to it. Only the short *what*: the why
 * and the fix are in `stylish`, `json` and the rule pages. Text from files goes through visible(), so a line
 * never carries an escape sequence or a line break, and none starts with `::`.
 */
import type { FormatContext } from './format.js';
import { visible } from './inert.js';
import { linePath, noWorkflowCommands } from './text.js';

export function compact(ctx: FormatContext): string {
  const out: string[] = [];
  for (const r of ctx.results) {
    const path = linePath(visible(r.file));
    for (const f of r.findings) {
      const what = visible(f.parts.what || f.message).trim();
      out.push(`${path}:${f.range.line}:${f.range.column}: ${f.severity}: ${what} [${visible(f.ruleId)}]`);
    }
  }
  return out.length ? noWorkflowCommands(out.join('\n') + '\n') : '';
}
