/**
 * Suppression comments (SPEC §3.7):
 *   # xtap-lint-disable-next-line <rule>[, <rule>] -- <reason>   (on the line above, or at the end of the line itself)
 *   # xtap-lint-disable-line <rule> -- <reason>                    (ESLint's spelling: at the end of the line itself)
 *   # xtap-lint-disable <rule> -- <reason>  …  # xtap-lint-enable <rule>
 * With no rule named, a directive covers every rule but `syntax`.
 */

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty for all rules. */
  rules: string[];
  reason: string | undefined;
  /** 1-based line and column of the `#`. */
  line: number;
  column: number;
  endColumn: number;
  /** For disable-next-line: the line it covers. For disable: the first covered line. */
  fromLine: number;
  /** Last covered line (inclusive). */
  toLine: number;
}

const DIRECTIVE_RE = /(^|\s)#\s*xtap-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

/** Find the directives in a file's text. Cheap when there are none. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('xtap-lint-')) return [];
  // A byte order mark is not a column (editors do not show it), as for every other position.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Directive[] = [];
  const open = new Map<string, Directive[]>();
  lines.forEach((raw, i) => {
    if (!raw.includes('xtap-lint-')) return;
    const m = DIRECTIVE_RE.exec(raw);
    if (!m) return;
    const hashAt = m.index + m[1].length;
    const before = raw.slice(0, hashAt);
    if (!commentCanStartAfter(before)) return;
    const kind = m[2] as DirectiveKind;
    const rest = m[3];
    const sep = rest.indexOf(' --');
    const ruleText = (sep === -1 ? rest : rest.slice(0, sep)).trim();
    const reasonText = sep === -1 ? undefined : rest.slice(sep + 3).trim();
    const rules = ruleText === '' ? [] : ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const d: Directive = {
      kind,
      rules,
      reason: reasonText ? reasonText : undefined,
      line,
      column: hashAt + 1,
      endColumn: raw.trimEnd().length + 1,
      fromLine: line,
      toLine: line,
    };
    if (kind === 'disable-next-line') {
      const alone = before.trim() === '';
      d.fromLine = d.toLine = alone ? line + 1 : line;
      out.push(d);
    } else if (kind === 'disable-line') {
      // ESLint's spelling: the line the comment is on.
      out.push(d);
    } else if (kind === 'disable') {
      d.fromLine = line;
      d.toLine = lines.length;
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
  });
  return out;
}

/** A `#` starts a comment only outside quotes. */
function commentCanStartAfter(before: string): boolean {
  let single = false;
  let double = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === "'" && !double) single = !single;
    else if (c === '"' && !single && before[i - 1] !== '\\') double = !double;
  }
  return !single && !double;
}

/** Whether a directive covers a rule on a line. */
export function directiveCovers(d: Directive, ruleId: string, line: number): boolean {
  if (d.kind === 'enable') return false;
  if (ruleId === 'syntax') return false;
  if (line < d.fromLine || line > d.toLine) return false;
  return d.rules.length === 0 || d.rules.includes(ruleId);
}
