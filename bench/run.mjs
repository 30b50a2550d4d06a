#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of a whole lint (the bundled CLI, dist/cli.cjs) beside the parse-only
// floor of SPEC §5, for 100, 1,000 and 10,000 partners; and a small repository's whole CLI run side by side with
// `node -e ""`. Prints figures; asserts nothing.
//   node bench/run.mjs [--sizes 100,1000,10000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const arg = (name, d) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? d : args[i + 1];
};
const sizes = String(arg('sizes', '100,1000,10000')).split(',').map(Number);
const runs = Number(arg('runs', 3));

function timed(cmd, argv, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { ms, rss };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

console.log(`xtap-lint benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`median of ${runs} runs; lint = node dist/cli.cjs --format json <repo>; floor = read + yaml parseDocument(LineCounter) + toJS\n`);
console.log('| partners | files | floor | lint | lint / floor | floor peak | lint peak |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const files = Math.max(3, Math.round(n / 20));
  const dir = join(out, `p${n}`);
  generate(dir, { partners: n, files, tenants: 3, seed: 7 });
  const floor = [];
  const lint = [];
  for (let i = 0; i < runs; i++) {
    floor.push(timed(process.execPath, [join(root, 'bench/floor.mjs'), dir], dir));
    lint.push(timed(process.execPath, [join(root, 'bench/with-rss.mjs'), join(root, 'dist/cli.cjs'), '--format', 'json', '--output', join(out, `p${n}.json`)], dir));
  }
  const f = median(floor.map((x) => x.ms));
  const l = median(lint.map((x) => x.ms));
  console.log(`| ${n} | ${files + 3} | ${fmtMs(f)} | ${fmtMs(l)} | ${(l / f).toFixed(2)}× | ${fmtMb(Math.max(...floor.map((x) => x.rss)))} | ${fmtMb(Math.max(...lint.map((x) => x.rss)))} |`);
}

// A small repository: one tenant, 20 partners, whole CLI run beside `node -e ""`, interleaved.
const small = join(out, 'small');
generate(small, { partners: 20, files: 2, tenants: 1, seed: 3 });
const empty = [];
const cli = [];
for (let i = 0; i < Math.max(10, runs); i++) {
  empty.push(timed(process.execPath, ['-e', ''], small).ms);
  cli.push(timed(process.execPath, [join(root, 'dist/cli.cjs'), '--format', 'json', '--output', join(out, 'small.json')], small).ms);
}
const e = median(empty);
const c = median(cli);
console.log(`\nsmall repository (1 tenant, 20 partners): node -e "" ${fmtMs(e)}, xtap-lint ${fmtMs(c)}: ${(c / e).toFixed(2)}× (median of ${empty.length})`);
