/**
 * Peak memory: the CLI holds V8's young generation at 2 × 8 MiB (src/repo/young-generation.ts), where V8 would grow
 * it to 2 × 16 MiB (Node 20) or 2 × 64 MiB (Node 24) on a large repository; a program that uses the package's API
 * keeps its heap as V8 sizes it. Each run prints the young generation's size at exit (a `-r` probe), on Node 20 and on
 * Node 24 (the Action's). Needs `node scripts/build.mjs` (dist/).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cliEnv, tempDir } from '../helpers/temp.js';

const MIB = 1024 * 1024;
const NODES: Array<[string, string | undefined]> = [
  ['Node 20', process.env.XTAP_NODE20],
  ['Node 24', process.env.XTAP_NODE24],
];

let repo: string;
let probe: string;
let library: string;

beforeAll(async () => {
  const dir = tempDir('xtap-young-');
  repo = join(dir, 'repo');
  // ~3.5 MB of declarations: V8 grows the young generation past 2 × 8 MiB reading and parsing them.
  // @ts-expect-error -- a plain ES module without types
  const generateRepo = async (d: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(d, o);
  await generateRepo(repo, { partners: 8000, files: 400, tenants: 3, seed: 5, portal: 0.5 });
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
process.stdout.write(String(result.files.reduce((n, f) => n + f.findings.length, 0)));
`,
  );
});

function youngGeneration(node: string, args: string[]): { code: number | null; size: number; stdout: string } {
  const r = spawnSync(node, ['-r', probe, ...args], { cwd: repo, encoding: 'utf8', env: cliEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }) });
  const m = /new_space=(\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no probe output: ${r.stderr}`);
  return { code: r.status, size: Number(m[1]), stdout: r.stdout };
}

describe.each(NODES)('on %s', (_name, node) => {
  it('the CLI lints with a young generation of at most 2 × 8 MiB; the API leaves V8 to size it (larger here)', () => {
    if (!node) throw new Error('XTAP_NODE20 / XTAP_NODE24 are set by the global setup: run the tests with vitest');
    const out = join(repo, '..', 'lint.json');
    const cli = youngGeneration(node, [join(PROJECT_ROOT, 'dist/cli.cjs'), '--format', 'json', '--output', out]);
    // Warnings only (exit 0) or errors too (exit 1): a lint that ran, not one that failed.
    expect([0, 1]).toContain(cli.code);
    const findings = (JSON.parse(readFileSync(out, 'utf8')) as Array<{ messages: unknown[] }>).reduce((n, f) => n + f.messages.length, 0);
    expect(findings).toBeGreaterThan(1000);
    expect(cli.size).toBeLessThanOrEqual(16 * MIB);

    const api = youngGeneration(node, [library, repo]);
    expect(api.code).toBe(0);
    expect(Number(api.stdout)).toBeGreaterThan(1000);
    expect(api.size).toBeGreaterThan(16 * MIB);
  });
});

it('the repository is what the test says: hundreds of declaration files', () => {
  expect(readdirSync(repo, { recursive: true }).filter((p) => String(p).endsWith('.xtap.yaml')).length).toBeGreaterThanOrEqual(300);
});
