/**
 * `--format compact`: one line a finding, `path:line:col: severity: what [rule]` (SPEC §4.1), as actionlint and
 * ESLint's unix format print them, so that terminals and editors can jump to it. Only the short *what*: the why
 * and the fix are in `stylish`, `json` and the rule pages. Text from files goes through visible(), so a line
 * never carries an escape sequence or a line break, and none starts with `::`.
 */
import type { FormatContext } from './format.js';
export declare function compact(ctx: FormatContext): string;
