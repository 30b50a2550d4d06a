/** The formatters by name. Each is a pure function of the results. */
import type { Formatter } from './format.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
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

export type { FormatContext, Formatter } from './format.js';
