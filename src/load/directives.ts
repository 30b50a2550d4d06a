/**
 * Suppression comments (SPEC §3.7):
 *   # xtap-lint-disable-next-line <rule>[, <rule>] -- <reason>   (on the line above, or at the end of the line itself)
 *   # xtap-lint-disable-line <rule> -- <reason>                    (ESLint's spelling: at the end of the line itself)
 *   # xtap-lint-disable <rule> -- <reason>  …  # xtap-lint-enable <rule>
 * With no rule named, a directive covers every rule but `syntax`. A reason may end with `until YYYY-MM-DD`: from that
 * date on the directive suppresses nothing (`expired-disable` reports it).
 */

import { Parser } from 'yaml';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty for all rules. */
  rules: string[];
  reason: string | undefined;
  /** The date the directive expires, when its reason ends with `until YYYY-MM-DD` (SPEC §3.7). */
  until?: string;
  /** 1-based line and column of the `#`. */
  line: number;
  column: number;
  endColumn: number;
  /** For disable-next-line: the line it covers. For disable: the first covered line. */
  fromLine: number;
  /** Last covered line (inclusive). */
  toLine: number;
}

const DIRECTIVE_RE = /^#\s*xtap-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

/**
 * The comments of a YAML text, from yaml's concrete syntax tree: text inside a scalar (a block scalar, a multi-line
 * quoted string) is never a comment, whatever it looks like (SPEC §1.1, §3.7). Offsets are the `#`'s.
 */
export function yamlComments(text: string): Array<{ offset: number; source: string }> {
  const out: Array<{ offset: number; source: string }> = [];
  // The CST is a tree of plain objects and arrays; comments are the tokens of type `comment`. An explicit stack:
  // no recursion, so no input can overflow the call stack.
  const stack: unknown[] = [];
  for (const token of new Parser().parse(text)) stack.push(token);
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      const t = v as { type?: unknown; offset?: unknown; source?: unknown };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') out.push({ offset: t.offset, source: t.source });
      for (const x of Object.values(v)) if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Find the directives in a file's comments. Cheap when there are none. `comments`: the file's comments when the
 * loader has them already (the fast parse path); else they are read from yaml's syntax tree.
 */
export function parseDirectives(text: string, comments?: ReadonlyArray<{ offset: number; source: string }>): Directive[] {
  if (!text.includes('xtap-lint-')) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Directive[] = [];
  const open = new Map<string, Directive[]>();
  for (const comment of comments ?? yamlComments(text)) {
    if (!comment.source.includes('xtap-lint-')) continue;
    const m = DIRECTIVE_RE.exec(comment.source.trimEnd());
    if (!m) continue;
    const i = lineOf(comment.offset);
    // A byte order mark is not a column (editors do not show it), as for every other position.
    const bom = i === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const before = text.slice(lineStarts[i] + bom, comment.offset);
    const kind = m[1] as DirectiveKind;
    const rest = m[2];
    const sep = rest.indexOf(' --');
    const ruleText = (sep === -1 ? rest : rest.slice(0, sep)).trim();
    const reasonText = sep === -1 ? undefined : rest.slice(sep + 3).trim();
    const rules = ruleText === '' ? [] : ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const column = before.length + 1;
    const d: Directive = {
      kind,
      rules,
      reason: reasonText ? reasonText : undefined,
      line,
      column,
      endColumn: column + comment.source.trimEnd().length,
      fromLine: line,
      toLine: line,
    };
    const until = reasonText ? /(?:^|\s)until\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(reasonText) : null;
    if (until) d.until = until[1];
    if (kind === 'disable-next-line') {
      const alone = before.trim() === '';
      d.fromLine = d.toLine = alone ? line + 1 : line;
      out.push(d);
    } else if (kind === 'disable-line') {
      // ESLint's spelling: the line the comment is on.
      out.push(d);
    } else if (kind === 'disable') {
      d.fromLine = line;
      d.toLine = lineCount;
      out.push(d);
      const keys = rules.length ? rules : ['*'];
      for (const k of keys) {
        const list = open.get(k) ?? [];
        list.push(d);
        open.set(k, list);
      }
    } else {
      // enable closes the matching open disables; `enable` with no rule closes all.
      const keys = rules.length ? rules : [...open.keys()];
      for (const k of keys) {
        for (const d2 of open.get(k) ?? []) d2.toLine = Math.min(d2.toLine, line);
        open.delete(k);
      }
      out.push(d);
    }
  }
  return out;
}

/** Whether a directive covers a rule on a line. */
export function directiveCovers(d: Directive, ruleId: string, line: number): boolean {
  if (d.kind === 'enable') return false;
  if (ruleId === 'syntax') return false;
  if (line < d.fromLine || line > d.toLine) return false;
  return d.rules.length === 0 || d.rules.includes(ruleId);
}
