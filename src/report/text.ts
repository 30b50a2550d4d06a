/**
 * Plain-text layout for the terminal formats: display widths (wide characters count two columns, combining marks
 * none, colour escapes nothing: `string-width`) and greedy word wrapping to a width with a hanging indent.
 * Pure: no process access; the adapter passes the width in.
 */
import stringWidth from 'string-width';

/** The width when the output is not a terminal (and the least a caller should pass). */
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  return stringWidth(text);
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
}

let segmenter: Intl.Segmenter | undefined;
/** The characters (graphemes) of a word; the segmenter is made the first time a word is too long for a line. */
function graphemes(text: string): Iterable<{ segment: string }> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/** The words of a text, split at spaces (visible() has already turned every other white space into an escape). */
export function words(text: string, paint?: (s: string) => string): Word[] {
  return text
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (paint ? { text: w, paint } : { text: w }));
}

/**
 * Lay `ws` out in lines of at most `width` columns: the first line starts with `first`, the others with `rest`
 * (prefixes may carry colour; they are measured without it). A word longer than a line is broken between
 * characters (graphemes), so that no line is ever wider than `width` unless a prefix alone is.
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
    if (!empty || cols <= room()) {
      put(w, w.text, cols);
      continue;
    }
    // Too long for any line: break it between graphemes.
    if (!empty) flush();
    let piece = '';
    let pieceCols = 0;
    for (const { segment } of graphemes(w.text)) {
      const c = displayWidth(segment);
      if (pieceCols + c > room() && piece !== '') {
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
