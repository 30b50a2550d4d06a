/** The formatters by name. Each is a pure function of the results. */
import type { Formatter } from './format.js';
export declare const FORMATTERS: Record<string, Formatter>;
export type { FormatContext, Formatter } from './format.js';
