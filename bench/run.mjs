#!/usr/bin/env node
// `npm run bench`: for 1,000 and 10,000 partners (and 50,000 with --50k), side by side in one run: the parse-only
// floor of SPEC §5, the whole lint (the bundled CLI, dist/cli.cjs) and each secondary command — `--format sarif`,
// `export`, `diff --base` and `--base` — with wall time (median) and peak memory; then a small repository beside
// `node -e ""`. The repositories have thousands of findings at 10,000 partners and a base commit that differs from
// the working tree in every 17th partner file (~6%). Prints figures; asserts nothing. Run it with another Node to compare
// (`/path/to/node24 bench/run.mjs`).
//   node bench/run.mjs [--sizes 1000,10000] [--50k] [--runs 5] [--commands sarif,lint --base] [--cli other/dist/cli.cjs]
//     [--small-only [--small-runs 10]]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
const sizes = String(arg('sizes', '1000,10000')).split(',').map(Number);
if (args.includes('--50k') && !sizes.includes(50000)) sizes.push(50000);
const runs = Number(arg('runs', 5));
// --small-only: just the small repository beside `node -e ""` (--small-runs, default 10).
const smallOnly = args.includes('--small-only');
const smallRuns = Number(arg('small-runs', 10));
// --cli: another build to measure with the same repositories (a checkout of an earlier commit, for before/after).
const cli = arg('cli', join(root, 'dist/cli.cjs'));
const withRss = join(root, 'bench/with-rss.mjs');

function timed(argv, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  const cpu = Number(/cpu=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1000;
  return { ms, rss, cpu };
}
function git(cwd, ...argv) {
  const r = spawnSync('git', ['-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', '-c', 'commit.gpgsign=false', ...argv], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${argv.join(' ')}: ${r.stderr}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** A repository with a base commit, then every 17th partner file (~6%) changed in the working tree. */
function repository(n) {
  const dir = join(out, `p${n}`);
  generate(dir, { partners: n, files: Math.max(3, Math.round(n / 20)), tenants: 3, seed: 7, portal: 0.5 });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const step = Math.max(1, Math.round(50 / 3));
  let changed = 0;
  let files = 3;
  for (const t of ['tenant0', 'tenant1', 'tenant2']) {
    const names = readdirSync(join(dir, t, 'partners')).sort();
    files += names.length;
    for (let i = 0; i < names.length; i += step) {
      const f = join(dir, t, 'partners', names[i]);
      writeFileSync(f, readFileSync(f, 'utf8').replace('isMfaAccepted: true', 'isMfaAccepted: false'));
      changed++;
    }
  }
  return { dir, files, changed };
}

const ALL_COMMANDS = [
  ['lint', (o) => [withRss, cli, '--format', 'json', '--output', join(o, 'lint.json')]],
  ['sarif', (o) => [withRss, cli, '--format', 'sarif', '--output', join(o, 'lint.sarif')]],
  ['export', () => [withRss, cli, 'export']],
  ['diff --base', () => [withRss, cli, 'diff', '--base', 'HEAD']],
  ['lint --base', (o) => [withRss, cli, '--base', 'HEAD', '--format', 'json', '--output', join(o, 'base.json')]],
];
// --commands sarif,lint --base: only these secondary commands (the floor and the lint are always measured), so that
// more runs of a few fit in the same time.
const only = arg('commands', undefined)?.split(',').map((c) => c.trim());
const unknown = only?.filter((c) => !ALL_COMMANDS.some(([n]) => n === c));
if (unknown?.length) {
  console.error(`--commands: unknown ${unknown.join(', ')} (known: ${ALL_COMMANDS.map(([n]) => n).join(', ')})`);
  process.exit(2);
}
const COMMANDS = ALL_COMMANDS.filter(([n]) => n === 'lint' || !only || only.includes(n));

console.log(`xtap-lint benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the start`);
console.log(`median of ${runs} interleaved runs (each run: every command once, the order reversed in every other run); floor = read + yaml parseDocument(LineCounter) + toJS; each command is node ${cli} in the repository\n`);
const rows = [];
for (const n of smallOnly ? [] : sizes) {
  const { dir, files, changed } = repository(n);
  const times = { floor: [] };
  const peaks = { floor: [] };
  const cpu = { floor: [] };
  for (const [name] of COMMANDS) {
    times[name] = [];
    peaks[name] = [];
    cpu[name] = [];
  }
  // Each run measures every command once, in turn: forwards in even runs, backwards in odd ones, so that no command
  // always follows the same one. Run i of each command is paired with run i of the lint (the ratios below).
  const order = [['floor', () => [join(root, 'bench/floor.mjs'), dir]], ...COMMANDS];
  // One lint first, not counted: the first run of a build writes the launcher's code cache.
  timed(COMMANDS[0][1](out), dir);
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of i % 2 ? [...order].reverse() : order) {
      const r = timed(argv(out), dir);
      times[name].push(r.ms);
      peaks[name].push(r.rss);
      cpu[name].push(r.cpu);
    }
  }
  const lintJson = JSON.parse(readFileSync(join(out, 'lint.json'), 'utf8'));
  const findings = lintJson.reduce((s, f) => s + f.messages.length, 0);
  // The median of the paired ratios (run i of a command / run i of the lint): a change in the machine's load during
  // the bench moves both runs of a pair, so these are steadier than a ratio of medians.
  const paired = (xs, ys) => median(xs.map((x, i) => x / ys[i]));
  const pw = Object.fromEntries(Object.keys(times).map((k) => [k, k === 'floor' ? paired(times.lint, times.floor) : paired(times[k], times.lint)]));
  const pc = Object.fromEntries(Object.keys(cpu).map((k) => [k, k === 'floor' ? paired(cpu.lint, cpu.floor) : paired(cpu[k], cpu.lint)]));
  rows.push({ n, files, changed, findings, pw, pc, t: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])), m: Object.fromEntries(Object.entries(peaks).map(([k, v]) => [k, Math.max(...v)])), c: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)])) });
}
if (rows.length > 0) {
  const names = ['floor', ...COMMANDS.map(([n]) => n)];
  console.log(`| partners | files (changed) | findings | ${names.join(' | ')} |`);
  console.log(`|---:|---:|---:|${names.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${r.n} | ${r.files} (${r.changed}) | ${r.findings} | ${names.map((k) => (k === 'floor' ? fmtMs(r.t[k]) : `${fmtMs(r.t[k])}`)).join(' | ')} |`);
  }
  console.log('\nratios: lint / floor, and each secondary command / lint');
  console.log(`| partners | lint / floor | ${COMMANDS.slice(1).map(([n]) => `${n} / lint`).join(' | ')} |`);
  console.log(`|---:|---:|${COMMANDS.slice(1).map(() => '---:').join('|')}|`);
  for (const r of rows) console.log(`| ${r.n} | ${(r.t.lint / r.t.floor).toFixed(2)}× | ${COMMANDS.slice(1).map(([k]) => `${(r.t[k] / r.t.lint).toFixed(2)}×`).join(' | ')} |`);
  console.log('\nCPU time (user + system, median; steadier than wall time when the machine is shared)');
  console.log(`| partners | ${names.join(' | ')} | lint / floor | ${COMMANDS.slice(1).map(([n]) => `${n} / lint`).join(' | ')} |`);
  console.log(`|---:|${names.map(() => '---:').join('|')}|---:|${COMMANDS.slice(1).map(() => '---:').join('|')}|`);
  for (const r of rows) console.log(`| ${r.n} | ${names.map((k) => fmtMs(r.c[k])).join(' | ')} | ${(r.c.lint / r.c.floor).toFixed(2)}× | ${COMMANDS.slice(1).map(([k]) => `${(r.c[k] / r.c.lint).toFixed(2)}×`).join(' | ')} |`);
  console.log(`\npaired ratios: the median over the ${runs} runs of (run i of the lint / run i of the floor) and (run i of each command / run i of the lint), wall time then CPU time`);
  console.log(`| partners | lint / floor | ${COMMANDS.slice(1).map(([n]) => `${n} / lint`).join(' | ')} |`);
  console.log(`|---:|---:|${COMMANDS.slice(1).map(() => '---:').join('|')}|`);
  for (const r of rows) console.log(`| ${r.n} | ${r.pw.floor.toFixed(2)}× / ${r.pc.floor.toFixed(2)}× | ${COMMANDS.slice(1).map(([k]) => `${r.pw[k].toFixed(2)}× / ${r.pc[k].toFixed(2)}×`).join(' | ')} |`);
  console.log('\npeak memory (maxRSS)');
  console.log(`| partners | ${names.join(' | ')} |`);
  console.log(`|---:|${names.map(() => '---:').join('|')}|`);
  for (const r of rows) console.log(`| ${r.n} | ${names.map((k) => fmtMb(r.m[k])).join(' | ')} |`);
}

// A small repository: one tenant, 20 partners, whole CLI run beside `node -e ""`, interleaved.
// A git repository, as a user's is: the CLI lists its files with `git ls-files`.
const small = join(out, 'small');
generate(small, { partners: 20, files: 2, tenants: 1, seed: 3 });
git(small, 'init', '-q');
git(small, 'add', '-A');
git(small, 'commit', '-q', '-m', 'small');
const empty = [];
const lints = [];
// One run first: it writes the launcher's code cache (on Node 20), as the first run after an install does.
timed([cli, '--format', 'json', '--output', join(out, 'small.json')], small);
for (let i = 0; i < Math.max(smallRuns, runs); i++) {
  empty.push(timed(['-e', ''], small).ms);
  lints.push(timed([cli, '--format', 'json', '--output', join(out, 'small.json')], small).ms);
}
const e = median(empty);
const c = median(lints);
console.log(`\nsmall repository (1 tenant, 20 partners): node -e "" ${fmtMs(e)}, xtap-lint ${fmtMs(c)}: ${(c / e).toFixed(2)}× (median of ${empty.length})`);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end`);
