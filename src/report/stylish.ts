/**
 * The default terminal output, laid out as Biome and rustc print diagnostics:
 *
 *   examples/contoso.xtap.yaml:65:7: error: Partner Woodgrove Bank's inbound B2B collaboration app allow
 *     list lacks … [mfa-registration-apps]
 *
 *      65 │       applications:
 *         │       ^^^^^^^^^^^^
 *
 *     why:  Guests must register for MFA in this tenant because …
 *     fix:  Add the apps to the allow list (`xtap-lint --fix` does it).
 *     note: examples/partners/suppliers.xtap.yaml:12:5: …
 *
 * then ESLint's summary line (`✖ 5 problems (3 errors, 2 warnings)`). Every line fits `ctx.width` (80 when not
 * given): prose is wrapped with a hanging indent, and a source line too long for it is cut around the finding.
 * Text from files (paths, names in messages, source lines) goes through visible(), colour or not.
 */
import type { FormatContext } from './format.js';
import type { Finding, Range, Severity } from '../types.js';
import { visible } from './inert.js';
import { displayWidth, layoutWidth, linePath, noWorkflowCommands, words, wrap } from './text.js';
import type { Word } from './text.js';

type Paint = (s: string) => string;

interface Palette {
  path: Paint;
  rule: Paint;
  gutter: Paint;
  label: Paint;
  severity: Record<Severity, Paint>;
}

function palette(on: boolean): Palette {
  const sgr = (code: string): Paint => (on ? (s) => `\u001b[${code}m${s}\u001b[0m` : (s) => s);
  return {
    path: sgr('1'),
    rule: sgr('2'),
    gutter: sgr('34;1'),
    label: sgr('1'),
    severity: { error: sgr('31;1'), warning: sgr('33;1'), info: sgr('36;1') },
  };
}

/** Hanging indent of the header's continuation lines and of the why/fix/note block. */
const INDENT = '  ';
/** Source lines shown for a multi-line range: up to this many in full, else the first two, `…` and the last. */
const MAX_EXCERPT_LINES = 4;

export function stylish(ctx: FormatContext): string {
  const width = layoutWidth(ctx.width);
  const p = palette(ctx.color);
  const show = (repoPath: string) => visible(ctx.displayPath ? ctx.displayPath(repoPath) : repoPath);
  const out: string[] = [];
  const linesOf = new Map<string, string[]>();
  const sourceLines = (repoPath: string): string[] | undefined => {
    let lines = linesOf.get(repoPath);
    if (!lines) {
      const text = ctx.sources?.get(repoPath);
      if (text === undefined) return undefined;
      lines = text.split('\n');
      linesOf.set(repoPath, lines);
    }
    return lines;
  };
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of ctx.results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    const repoPath = ctx.repoPaths?.get(r.file);
    for (const f of r.findings) {
      // The result's path is the one the user typed (relative to the working directory); the finding's is the
      // repository's, which the sources are keyed by.
      const shown = visible(r.file);
      if (out.length) out.push('');
      out.push(...diagnostic(f, shown, sourceLines(repoPath ?? f.file), width, p, show));
    }
  }
  for (const n of ctx.notices ?? []) {
    if (out.length) out.push('');
    out.push(...wrap(words(visible(n)), width, p.label('note:') + ' ', ' '.repeat(6)));
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const mark = errors ? p.severity.error('✖') : warnings ? p.severity.warning('⚠') : p.severity.info('ℹ');
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info')].filter((s) => s !== '');
    out.push('', ...wrap(words(`${mark} ${total} problem${total === 1 ? '' : 's'} (${counts.join(', ')})`), width, '', INDENT));
    if (fixErrors + fixWarnings) {
      const fixable = [plural(fixErrors, 'error'), plural(fixWarnings, 'warning')].filter((s) => s !== '').join(' and ');
      out.push(...wrap(words(`${fixable} potentially fixable with the \`--fix\` option.`), width, INDENT, INDENT));
    }
  }
  return out.length ? noWorkflowCommands(out.join('\n') + '\n') : '';
}

/** One finding: header, source excerpt, why, fix, related locations. */
function diagnostic(f: Finding, shownPath: string, lines: string[] | undefined, width: number, p: Palette, show: (repoPath: string) => string): string[] {
  const sev = p.severity[f.severity];
  const header: Word[] = [
    { text: `${linePath(shownPath)}:${f.range.line}:${f.range.column}:`, paint: p.path },
    { text: `${f.severity}:`, paint: sev },
    ...words(visible(f.parts.what || f.message)),
    { text: `[${visible(f.ruleId)}]`, paint: p.rule },
  ];
  const out = wrap(header, width, '', INDENT);
  if (lines) {
    const ex = excerpt(lines, f.range, width, p, sev);
    if (ex.length) out.push('', ...ex);
  }
  const notes: string[] = [];
  const label = (name: string, text: string) => {
    if (text.trim() === '') return;
    notes.push(...wrap(words(visible(text)), width, INDENT + p.label(`${name}:`) + ' '.repeat(5 - name.length), INDENT + ' '.repeat(6)));
  };
  label('why', f.parts.why);
  label('fix', f.parts.fix);
  for (const rel of f.related ?? []) label('note', `${linePath(show(rel.file))}:${rel.range.line}:${rel.range.column}: ${rel.message}`);
  if (notes.length) out.push('', ...notes);
  return out;
}

/** One character of a source line as printed: a tab as spaces, a control character made visible. */
interface Piece {
  text: string;
  /** Display columns before it. */
  col: number;
  cols: number;
}

/** Characters laid out for excerpts since the process started: tests bound the work by it, not by the clock. */
export const STYLISH_WORK = { chars: 0 };

/** A source line as printed, with the display column of each UTF-16 offset (columns in findings count those). */
function layoutLine(line: string): { pieces: Piece[]; colAt: (offset: number) => number; total: number } {
  STYLISH_WORK.chars += line.length;
  const pieces: Piece[] = [];
  const colOf: number[] = [];
  let col = 0;
  let offset = 0;
  for (const ch of line) {
    const text = ch === '\t' ? '    ' : visible(ch);
    const cols = displayWidth(text);
    for (let k = 0; k < ch.length; k++) colOf[offset + k] = col;
    pieces.push({ text, col, cols });
    col += cols;
    offset += ch.length;
  }
  colOf[offset] = col;
  return { pieces, colAt: (o) => (o <= 0 ? 0 : o >= offset ? col + (o - offset) : colOf[o]), total: col };
}

/**
 * The lines of `range` with their numbers in a gutter and carets under the range. A multi-line range shows its
 * first and last line (and those between, up to MAX_EXCERPT_LINES), with carets under the first and the last.
 */
function excerpt(lines: string[], range: Range, width: number, p: Palette, sev: Paint): string[] {
  const count = lines.length;
  const start = Math.min(Math.max(1, range.line), count);
  let end = Math.min(Math.max(start, range.endLine), count);
  let endColumn = range.endColumn;
  // A node that ends with its line break ends at column 1 of the next line: it ends on the line before.
  if (end > start && endColumn <= 1) {
    end--;
    endColumn = Number.MAX_SAFE_INTEGER;
  }
  if (end < range.endLine && end === count) endColumn = Number.MAX_SAFE_INTEGER;
  const text = (n: number) => lines[n - 1].replace(/\r$/, '');
  const shown = end - start + 1 <= MAX_EXCERPT_LINES ? range_(start, end) : [start, start + 1, 0, end];
  const numWidth = String(end).length;
  const gutter = (n: number | string) => `${INDENT}${p.gutter(`${String(n).padStart(numWidth)} │`)}`;
  const gutterCols = INDENT.length + numWidth + 2;
  const room = Math.max(10, width - gutterCols - 1);
  const out: string[] = [];
  for (const n of shown) {
    if (n === 0) {
      out.push(`${INDENT}${p.gutter(`${' '.repeat(numWidth)} ┆`)}`);
      continue;
    }
    // A very long line is laid out only around the finding (a window of characters), so that the cost of a
    // finding does not grow with its line's length: the window that is printed is narrower still.
    const full = text(n);
    const focusOffset = n === start ? range.column - 1 : (/^[ \t]*/.exec(full.slice(0, LONG_LINE))?.[0].length ?? 0);
    const cutAt = full.length > LONG_LINE ? clampToCodePoint(full, Math.max(0, focusOffset - LONG_LINE / 4)) : 0;
    const slice = cutAt > 0 || full.length > LONG_LINE ? full.slice(cutAt, clampToCodePoint(full, cutAt + LONG_LINE)) : full;
    const line = layoutLine(slice);
    // A cut start shows as `…`: its columns count from the cut, one further for the mark.
    const lead = cutAt > 0 ? 1 : 0;
    const col = (offset: number) => lead + line.colAt(offset - cutAt);
    // Columns (display) the carets cover on this line, if any.
    let from = -1;
    let to = -1;
    if (n === start) {
      from = col(range.column - 1);
      to = n === end ? col(Math.min(endColumn, Number.MAX_SAFE_INTEGER) - 1) : lead + line.total;
    } else if (n === end) {
      from = col(focusOffset);
      to = col(endColumn - 1);
    }
    if (from >= 0) {
      if (to > lead + line.total) to = lead + line.total;
      if (to <= from) to = from + 1;
    }
    const pieces = lead ? [{ text: '…', col: 0, cols: 1 }, ...line.pieces.map((x) => ({ ...x, col: x.col + 1 }))] : line.pieces;
    const { body, shift, cut } = window(pieces, lead + line.total, room, from);
    out.push(`${gutter(n)} ${body}`.trimEnd());
    if (from >= 0) {
      // A caret after the line's last character (a finding at its end) stays inside the width too.
      const a = Math.min(Math.max(0, from - shift), room - 1);
      const b = Math.min(Math.max(a + 1, Math.min(to - shift, cut)), room);
      out.push(`${gutter('')} ${' '.repeat(a)}${sev('^'.repeat(b - a))}`);
    }
  }
  return out;
}

/** Characters of one source line laid out for an excerpt at most: a longer line is cut around the finding. */
const LONG_LINE = 2000;

/** An offset moved back off the second half of a surrogate pair, so that a cut never splits a character. */
function clampToCodePoint(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.min(Math.max(0, offset), text.length);
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff ? offset - 1 : offset;
}

function range_(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i <= b; i++) r.push(i);
  return r;
}

/**
 * The part of a laid-out line that fits `room` columns: all of it when it fits, else a window that holds the
 * caret's start a third of the way in, with `…` where it is cut. `shift` is the display column the window starts
 * at (minus the `…`), `cut` the column (relative to the window) where its text ends.
 */
function window(pieces: Piece[], total: number, room: number, focus: number): { body: string; shift: number; cut: number } {
  if (total <= room) return { body: pieces.map((x) => x.text).join(''), shift: 0, cut: total };
  const from = focus > room / 2 ? Math.max(1, Math.min(focus - Math.floor(room / 3), total - (room - 1))) : 0;
  const lead = from > 0 ? '…' : '';
  const avail = room - lead.length;
  // The rest of the line fits after the lead: no trailing `…`; else keep one column for it.
  const limit = total - from <= avail ? total : from + avail - 1;
  let body = lead;
  let first = -1;
  let last = from;
  for (const x of pieces) {
    if (x.col < from) continue;
    if (x.col + x.cols > limit) break;
    if (first < 0) first = x.col;
    body += x.text;
    last = x.col + x.cols;
  }
  const shift = (first < 0 ? from : first) - lead.length;
  return { body: limit < total ? body + '…' : body, shift, cut: last - shift };
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
