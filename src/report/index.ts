/** The formatters by name. Each is a pure function of the results. */
import type { Formatter } from './format.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish,
  json,
};

export type { FormatContext, Formatter } from './format.js';
