/**
 * Plain-text layout for the terminal formats: display widths (East Asian wide and fullwidth characters count two
 * columns, from Unicode's tables in `get-east-asian-width`; combining marks, format characters and our own colour
 * escapes none) and greedy word wrapping to a width with a hanging indent.
 * Pure: no process access; the adapter passes the width in.
 *
 * Text from files reaches these functions through visible(), which has already turned every control, bidi and
 * zero-width joiner character into an escape, so a character's width is its own: no grapheme clusters to measure
 * (string-width, which does, costs ~30 ms of start-up for its Unicode property regexes and segmenter).
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** The width when the output is not a terminal (and the least a caller should pass). */
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
/** Characters that take no column of their own: controls, combining (nonspacing and enclosing) marks, format characters. */
const ZERO_WIDTH = /^[\p{Cc}\p{Mn}\p{Me}\p{Cf}]$/u;

/** Columns a character (one code point) takes in a terminal. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}

/** Columns `text` takes in a terminal (our own colour escapes take none). */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = 0;
  for (const ch of text.replace(SGR, '')) w += charWidth(ch);
  return w;
}

/** A width to lay out to: a whole number, at least MIN_WIDTH; DEFAULT_WIDTH when none is given. */
export function layoutWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}

/** A word to wrap, with the colour it is printed in (measured without it). */
export interface Word {
  text: string;
  paint?: (s: string) => string;
  /** Never broken between characters (a URL): a word that fits no line stands on a line of its own, past the width. */
  whole?: boolean;
}

/** The words of a text, split at spaces (visible() has already turned every other white space into an escape). */
export function words(text: string, paint?: (s: string) => string): Word[] {
  return text
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (paint ? { text: w, paint } : { text: w }));
}

/** A URL in a word (after our colour escapes are taken out). */
const URL_IN_WORD = /[a-z][a-z0-9+.-]*:\/\/\S/i;

/** words(), with every word that holds a URL kept whole: a URL split across lines cannot be opened or copied. */
export function urlWords(text: string, paint?: (s: string) => string): Word[] {
  return words(text, paint).map((w) => (URL_IN_WORD.test(w.text.replace(SGR, '')) ? { ...w, whole: true } : w));
}

/**
 * Lay `ws` out in lines of at most `width` columns: the first line starts with `first`, the others with `rest`
 * (prefixes may carry colour; they are measured without it). A word longer than a line is broken between
 * characters, so that no line is ever wider than `width` unless a prefix alone is — or the word is `whole` (a URL),
 * which then stands on a line of its own.
 */
export function wrap(ws: readonly Word[], width: number, first = '', rest = ''): string[] {
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  let used = displayWidth(prefix);
  let empty = true;
  const room = () => Math.max(1, width - displayWidth(prefix));
  const flush = () => {
    lines.push(prefix + line);
    prefix = rest;
    line = '';
    used = displayWidth(prefix);
    empty = true;
  };
  const put = (w: Word, text: string, cols: number) => {
    line += (empty ? '' : ' ') + (w.paint ? w.paint(text) : text);
    used += cols + (empty ? 0 : 1);
    empty = false;
  };
  for (const w of ws) {
    const cols = displayWidth(w.text);
    if (!empty && used + 1 + cols > width) flush();
    if (!empty || cols <= room() || w.whole) {
      put(w, w.text, cols);
      continue;
    }
    // Too long for any line: break it between characters (a combining mark stays with the one before it).
    if (!empty) flush();
    let piece = '';
    let pieceCols = 0;
    for (const segment of w.text) {
      const c = displayWidth(segment);
      if (c > 0 && pieceCols + c > room() && piece !== '') {
        put(w, piece, pieceCols);
        flush();
        piece = '';
        pieceCols = 0;
      }
      piece += segment;
      pieceCols += c;
    }
    if (piece !== '') put(w, piece, pieceCols);
  }
  if (!empty || lines.length === 0) lines.push(prefix + line);
  return lines.map((l) => l.trimEnd());
}

/**
 * No line of plain-text output may start with `::` (a GitHub workflow command, when the output lands in a job's
 * log). Formatters lay their lines out so that none does; this is the last guard: such a line gets a space first.
 */
export function noWorkflowCommands(text: string): string {
  return text.replace(/^(?=::)/gm, ' ');
}

/** A path as the first thing on a line: one that starts with `:` gets `./` (still the same path; no `::` line). */
export function linePath(path: string): string {
  return path.startsWith(':') ? `./${path}` : path;
}
