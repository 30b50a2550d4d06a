/** ESLint's default output: the file, then `line:col  severity  message  rule-id`, then a summary line. */
import type { FormatContext } from './format.js';
export declare function stylish(ctx: FormatContext): string;
