#!/usr/bin/env node
// Parse-only cost of position-keeping YAML parsers over a generated repository (issue 17 item 1): `yaml` (the floor:
// parseDocument with a LineCounter, then toJS), `@stoplight/yaml-ast-parser` (safeLoad: an AST with positions) and
// `js-yaml` (load with a listener). The candidates are not dependencies: install them where you run this, e.g.
//   npm install --no-save @stoplight/yaml-ast-parser js-yaml
//   node bench/parsers.mjs bench/out/p10000 yaml|ast|jsyaml
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, which] = process.argv.slice(2);
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    if (e.isDirectory()) walk(join(d, e.name));
    else if (/\.xtap\.ya?ml$/.test(e.name)) files.push(join(d, e.name));
  }
};
walk(dir);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const parse = {
  yaml: async () => {
    const { LineCounter, parseDocument } = await import('yaml');
    return (text) => parseDocument(text, { lineCounter: new LineCounter() }).toJS();
  },
  ast: async () => {
    const ast = await import('@stoplight/yaml-ast-parser');
    return (text) => ast.safeLoad(text);
  },
  jsyaml: async () => {
    const jsyaml = await import('js-yaml');
    return (text) => jsyaml.load(text, { listener: () => {} });
  },
}[which];
if (!parse) {
  console.error('usage: node bench/parsers.mjs <repo> yaml|ast|jsyaml');
  process.exit(2);
}
const fn = await parse();
const t0 = performance.now();
for (const text of texts) fn(text);
const ms = performance.now() - t0;
console.log(`${which}: ${files.length} files parsed in ${ms.toFixed(0)} ms, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
