#!/usr/bin/env node
// Organization policies' cost: a whole lint (dist/cli.cjs) of a synthetic repository without policies and with 20
// (the ten of the docs/policies.md cookbook, each twice under another id), side by side, interleaved. The goal
// (issue 15): 20 policies over 10,000 partners add at most 20% to a lint. Prints figures; asserts nothing.
//   node bench/policies.mjs [--sizes 1000,10000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const arg = (name, d) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? d : args[i + 1];
};
const sizes = String(arg('sizes', '1000,10000')).split(',').map(Number);
const runs = Number(arg('runs', 3));

// The cookbook, read from the page itself, twice: 20 policies.
const page = readFileSync(join(root, 'docs/policies.md'), 'utf8');
const cookbook = page.slice(page.indexOf('\n## Cookbook'));
const policies = [...cookbook.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((m) => parse(m[1]).policies ?? []);
const twenty = [...policies, ...policies.map((p) => ({ ...p, id: `${p.id}-again` }))].slice(0, 20);
const withPolicies = stringify({ preset: 'recommended', policies: twenty });
// The same 20, each assert evaluated in full and then accepted (`anyOf: [assert, true]`): the cost of evaluating
// policies without the cost of reporting what they find.
const passing = stringify({ preset: 'recommended', policies: twenty.map((p) => ({ ...p, assert: { anyOf: [p.assert, true] } })) });
const without = 'preset: recommended\n';

function timed(cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), '--format', 'json', '--output', join(out, 'policies.json')], { cwd, encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

console.log(`organization policies — node ${process.version}, ${twenty.length} policies, median of ${runs} runs\n`);
console.log('| partners | files | lint | + 20 policies that pass | added | + 20 cookbook policies | added | their findings |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const files = Math.max(3, Math.round(n / 20));
  const dir = join(out, `policies-p${n}`);
  generate(dir, { partners: n, files, tenants: 3, seed: 7 });
  const plain = [];
  const passed = [];
  const policed = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(join(dir, '.xtap-lint.yaml'), without);
    plain.push(timed(dir));
    writeFileSync(join(dir, '.xtap-lint.yaml'), passing);
    passed.push(timed(dir));
    writeFileSync(join(dir, '.xtap-lint.yaml'), withPolicies);
    policed.push(timed(dir));
  }
  const a = median(plain);
  const p = median(passed);
  const b = median(policed);
  const pct = (x) => `${(((x - a) / a) * 100).toFixed(0)}%`;
  // The cookbook's policies fail on most synthetic partners (no owner, no tags): the added time includes writing
  // that many more findings, which is the part a real repository (where policies mostly pass) does not pay.
  const found = JSON.parse(readFileSync(join(out, 'policies.json'), 'utf8')).reduce((k, f) => k + f.messages.filter((m) => m.ruleId.includes('/')).length, 0);
  console.log(`| ${n} | ${files + 3} | ${fmt(a)} | ${fmt(p)} | ${pct(p)} | ${fmt(b)} | ${pct(b)} | ${found} |`);
}
