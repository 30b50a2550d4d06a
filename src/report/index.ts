/** The formatters by name. Each is a pure function of the results. */
import type { FormatContext, Formatter } from './format.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json, jsonChunks } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif, sarifChunks } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish,
  compact,
  json,
  sarif,
  github,
  junit,
  markdown,
};

/** Formats that can also be written in pieces (`--output`): the same bytes as their formatter's text. */
export const CHUNKED_FORMATTERS: Record<string, (ctx: FormatContext) => Iterable<string>> = {
  json: jsonChunks,
  sarif: sarifChunks,
};

/**
 * Formats loaded only when asked for (`--format html` brings the graph layout library): a plain lint does not pay
 * for them. In `dist/` each is a bundle of its own next to the CLI.
 */
export const LAZY_FORMATTERS: Record<string, () => Promise<Formatter>> = {
  html: async () => (await import('./html.js')).html,
};

/** Every format name, eager and lazy. */
export const FORMAT_NAMES: readonly string[] = [...Object.keys(FORMATTERS), ...Object.keys(LAZY_FORMATTERS)];

/** The formatter of a format name (undefined for an unknown one); `__proto__` and the like are unknown. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  if (Object.hasOwn(FORMATTERS, name)) return FORMATTERS[name];
  if (Object.hasOwn(LAZY_FORMATTERS, name)) return LAZY_FORMATTERS[name]();
  return undefined;
}

export type { FormatContext, Formatter } from './format.js';
