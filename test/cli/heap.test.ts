/**
 * Peak memory (src/repo/heap.ts): the CLI holds V8's young generation at 2 × 4 MiB, where V8 would grow it to
 * 2 × 16 MiB (Node 20) or 2 × 64 MiB (Node 24) on a large repository, and a large run ends its model and rule phases
 * with a full collection; a program that uses the package's API keeps its heap as V8 runs it. Each run prints the young
 * generation's size at exit (a `-r` probe) and V8's trace of its collections (`--trace-gc`: an asked-for collection is
 * "testing"), on Node 20 and on Node 24 (the Action's). Needs `node scripts/build.mjs` (dist/).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECT_FROM, collectAfterPhase, enableHeapHousekeeping } from '../../src/repo/heap.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cliEnv, tempDir } from '../helpers/temp.js';

const MIB = 1024 * 1024;
const NODES: Array<[string, string | undefined]> = [
  ['Node 20', process.env.XTAP_NODE20],
  ['Node 24', process.env.XTAP_NODE24],
];

let repo: string;
/** A repository whose heap passes COLLECT_FROM once its model is built (40,000 partners). */
let large: string;
/** A small repository: a heap far below COLLECT_FROM. */
let small: string;
let probe: string;
let library: string;

beforeAll(async () => {
  const dir = tempDir('xtap-young-');
  repo = join(dir, 'repo');
  // ~3.5 MB of declarations: V8 grows the young generation past 2 × 8 MiB reading and parsing them.
  // @ts-expect-error -- a plain ES module without types
  const generateRepo = async (d: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(d, o);
  await generateRepo(repo, { partners: 8000, files: 400, tenants: 3, seed: 5, portal: 0.5 });
  small = join(dir, 'small');
  await generateRepo(small, { partners: 300, files: 10, tenants: 1, seed: 3, portal: 0.5 });
  // ~18 MB: a heap of ~80 MB once its model is built (COLLECT_FROM is 64 MiB).
  large = join(dir, 'large');
  await generateRepo(large, { partners: 40000, files: 1000, tenants: 3, seed: 7, portal: 0.5 });
  probe = join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { const s = require('node:v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space'); process.stderr.write('new_space=' + s.space_size + '\\n'); });\n",
  );
  // The same lint through the package's API, as a program of its own would run it.
  library = join(dir, 'library.mjs');
  writeFileSync(
    library,
    `import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from ${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'dist/engine.js')).href)};
const root = process.argv[2];
const inputs = readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith('.xtap.yaml')).sort()
  .map((p) => ({ path: p, text: readFileSync(join(root, p), 'utf8') }));
const { result } = lintFiles(inputs);
process.stdout.write(String(result.files.reduce((n, f) => n + f.findings.length, 0)) + '\\n');
`,
  );
});

/** A run with the probe and V8's GC trace: its exit code, young generation at exit, asked-for full collections and stdout. */
function traced(node: string, args: string[], cwd = repo): { code: number | null; size: number; asked: number; stdout: string } {
  const r = spawnSync(node, ['--trace-gc', '-r', probe, ...args], { cwd, encoding: 'utf8', env: cliEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }), maxBuffer: 64 * MIB });
  const m = /new_space=(\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no probe output: ${r.stderr}`);
  // The trace goes to stdout, one line per collection; the CLI's own output goes to --output or is a count (library).
  const trace = r.stdout.split('\n').filter((l) => /^\[\d+:0x[0-9a-f]+\]/.test(l));
  const asked = trace.filter((l) => l.includes('Mark-Compact') && l.includes('testing')).length;
  const stdout = r.stdout.split('\n').filter((l) => !/^\[\d+:0x[0-9a-f]+\]/.test(l)).join('\n').trim();
  return { code: r.status, size: Number(m[1]), asked, stdout };
}

/** The Node binary the global setup provides. */
function need(node: string | undefined): string {
  if (!node) throw new Error('XTAP_NODE20 / XTAP_NODE24 are set by the global setup: run the tests with vitest');
  return node;
}

/** The CLI's JSON lint of `dir` on `node`, traced, with its report written beside the repository. */
function cliLint(node: string, dir: string): { run: ReturnType<typeof traced>; out: string } {
  const out = `${dir}.json`;
  const run = traced(node, [join(PROJECT_ROOT, 'dist/cli.cjs'), '--format', 'json', '--output', out], dir);
  // Warnings only (exit 0) or errors too (exit 1): a lint that ran, not one that failed.
  expect([0, 1]).toContain(run.code);
  return { run, out };
}

/** The number of findings in a JSON report. */
const findingsIn = (file: string): number => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ messages: unknown[] }>).reduce((n, f) => n + f.messages.length, 0);

describe.each(NODES)('on %s', (_name, node) => {
  it('the CLI lints with a young generation of at most 2 × 4 MiB; the API leaves V8 to size it (larger here)', () => {
    const { run: cli, out } = cliLint(need(node), repo);
    expect(findingsIn(out)).toBeGreaterThan(1000);
    expect(cli.size).toBeLessThanOrEqual(8 * MIB);

    const api = traced(need(node), [library, repo]);
    expect(api.code).toBe(0);
    expect(Number(api.stdout)).toBeGreaterThan(1000);
    expect(api.size).toBeGreaterThan(8 * MIB);
    expect(api.asked).toBe(0);
  });

  it('a small lint asks for no full collection', () => {
    const { run: cli, out } = cliLint(need(node), small);
    expect(findingsIn(out)).toBeGreaterThan(10);
    expect(cli.asked).toBe(0);
  });

  it('a large lint ends its model phase and its rule phase with a full collection (two in all), with the same findings as the API', () => {
    const { run: cli, out } = cliLint(need(node), large);
    // Two asked-for collections, one per phase. When V8 happens to be marking incrementally at that moment, `gc()`
    // first finishes that marking with a collection of its own, also traced as "testing" (a CI run saw 3): so 2 to 4.
    expect(cli.asked).toBeGreaterThanOrEqual(2);
    expect(cli.asked).toBeLessThanOrEqual(4);
    const api = traced(need(node), [library, large]);
    expect(api.asked).toBe(0);
    expect(findingsIn(out)).toBe(Number(api.stdout));
  });
});

describe('collectAfterPhase', () => {
  it('collects what died once turned on and the heap is large enough, and leaves no `gc` to a context made afterwards', () => {
    // ~24 MB of objects that die at once (600,000 small objects and their array), on top of whatever this worker holds (past the threshold).
    const garbage = (): number => {
      let held: Array<{ n: number }> | undefined = Array.from({ length: 600_000 }, (_, n) => ({ n }));
      const count = held.length;
      held = undefined;
      return count;
    };
    const used = (): number => getHeapStatistics().used_heap_size;
    // Live ballast past the threshold, whatever this worker holds already.
    const ballast: number[][] = [];
    while (used() < COLLECT_FROM + 8 * MIB) ballast.push(new Array<number>(1 << 16).fill(1));
    expect(garbage()).toBe(600_000);
    let before = used();
    expect(before).toBeGreaterThan(COLLECT_FROM);
    collectAfterPhase();
    // Not turned on (a program using the package): nothing is collected.
    expect(before - used()).toBeLessThan(4 * MIB);

    enableHeapHousekeeping();
    expect(garbage()).toBe(600_000);
    before = used();
    collectAfterPhase();
    expect(before - used()).toBeGreaterThan(12 * MIB);
    expect(runInNewContext('typeof gc')).toBe('undefined');
    // The ballast was alive through both calls; let it go now.
    ballast.length = 0;
  });
});

it('the repository is what the test says: hundreds of declaration files', () => {
  expect(readdirSync(repo, { recursive: true }).filter((p) => String(p).endsWith('.xtap.yaml')).length).toBeGreaterThanOrEqual(300);
});
