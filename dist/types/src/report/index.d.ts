/** The formatters by name. Each is a pure function of the results. */
import type { FormatContext, Formatter } from './format.js';
export declare const FORMATTERS: Record<string, Formatter>;
/** Formats that can also be written in pieces (`--output`): the same bytes as their formatter's text. */
export declare const CHUNKED_FORMATTERS: Record<string, (ctx: FormatContext) => Iterable<string>>;
/**
 * Formats loaded only when asked for (`--format html` brings the graph layout library): a plain lint does not pay
 * for them. In `dist/` each is a bundle of its own next to the CLI.
 */
export declare const LAZY_FORMATTERS: Record<string, () => Promise<Formatter>>;
/** Every format name, eager and lazy. */
export declare const FORMAT_NAMES: readonly string[];
/** The formatter of a format name (undefined for an unknown one); `__proto__` and the like are unknown. */
export declare function loadFormatter(name: string): Promise<Formatter | undefined>;
export type { FormatContext, Formatter } from './format.js';
