/**
 * What the terminal allows: colour (Node's and ESLint's rules) and the width to lay text out to.
 */
import type { Io } from './io.js';
import { DEFAULT_WIDTH, layoutWidth } from '../report/text.js';

/**
 * Whether to print colour escapes, in this order:
 * `--no-color` off; `--color` on; writing to a file (`--output`) off; `FORCE_COLOR` as Node reads it (`0` or
 * `false` off; empty, `1`, `2`, `3` or `true` on; another value is ignored); `NO_COLOR` set (any value, as Node) off;
 * `TERM=dumb` off; else on exactly when standard output is a terminal.
 */
export function colorEnabled(io: Io, flags: { color?: boolean; noColor?: boolean; toFile?: boolean } = {}): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  if (flags.toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return false;
    if (force === '' || force === 'true' || /^[123]$/.test(force)) return true;
  }
  if (io.env.NO_COLOR !== undefined || io.env.NODE_DISABLE_COLORS !== undefined || io.env.TERM === 'dumb') return false;
  return io.stdoutIsTTY;
}

/**
 * Columns to lay terminal text out to: `COLUMNS` when it is a positive whole number (tests, and anyone who wants
 * another width), else the terminal's width when standard output is one, else 80; never less than 20.
 */
export function terminalWidth(io: Io): number {
  const env = io.env.COLUMNS;
  if (env !== undefined && /^\d+$/.test(env.trim()) && Number(env) > 0) return layoutWidth(Number(env));
  if (io.stdoutIsTTY && io.columns !== undefined && io.columns > 0) return layoutWidth(io.columns);
  return DEFAULT_WIDTH;
}
