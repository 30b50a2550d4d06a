/** --baseline-write and --baseline: adopt xtap-lint on an existing repository and fail only on new findings. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-baseline-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [p, t] of Object.entries(files)) write(dir, p, t);
  return dir;
}

function write(dir: string, p: string, t: string): void {
  mkdirSync(join(dir, p, '..'), { recursive: true });
  writeFileSync(join(dir, p), t);
}

async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', stdoutIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const HEAD = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\ndefault:\n  inboundTrust:\n';
/** Two schema errors (not fixable). */
const TWO = HEAD + '    isMfaAccepted: "no"\n    isCompliantDeviceAccepted: "no"\n';
const ONE = HEAD + '    isMfaAccepted: "no"\n    isCompliantDeviceAccepted: false\n';
const NONE = HEAD + '    isMfaAccepted: false\n    isCompliantDeviceAccepted: false\n';
/** One default-automatic-redemption error. */
const PARTNER = 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: "yes" }\n';

type JsonReport = Array<{ filePath: string; errorCount: number; messages: Array<{ ruleId: string; line: number }>; suppressedMessages: Array<{ ruleId: string; suppressions: Array<{ kind: string }> }> }>;

describe('--baseline-write', () => {
  it('writes counts per file and rule, sorted, like eslint-suppressions.json, and exits 0', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO + 'include: [partners/*.xtap.yaml]\n', 'partners/a.xtap.yaml': PARTNER });
    const r = await run(dir, ['--baseline-write', 'xtap-lint-baseline.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Wrote xtap-lint-baseline.json: 3 findings in 2 files baselined.\n');
    expect(readFileSync(join(dir, 'xtap-lint-baseline.json'), 'utf8')).toBe(
      JSON.stringify({ 'partners/a.xtap.yaml': { schema: { count: 1 } }, 'tenant.xtap.yaml': { schema: { count: 2 } } }, null, 2) + '\n',
    );
  });

  it('keeps the entries of files the run did not look at', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO + 'include: [partners/*.xtap.yaml]\n', 'partners/a.xtap.yaml': PARTNER });
    await run(dir, ['--baseline-write', 'b.json']);
    write(dir, 'partners/a.xtap.yaml', PARTNER.replace('"yes"', 'true'));
    const r = await run(dir, ['--baseline-write', 'b.json', 'tenant.xtap.yaml']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))).toEqual({
      'partners/a.xtap.yaml': { schema: { count: 1 } },
      'tenant.xtap.yaml': { schema: { count: 2 } },
    });
    await run(dir, ['--baseline-write', 'b.json']);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))).toEqual({ 'tenant.xtap.yaml': { schema: { count: 2 } } });
  });

  it('never baselines syntax findings', async () => {
    const dir = repo({ 'tenant.xtap.yaml': 'tenant: [\n' });
    const r = await run(dir, ['--baseline-write', 'b.json', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{}\n');
  });
});

describe('--baseline', () => {
  it('suppresses the counted findings (kind baseline) and exits 0', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO });
    await run(dir, ['--baseline-write', 'b.json']);
    const r = await run(dir, ['--baseline', 'b.json', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout) as JsonReport;
    expect(file.errorCount).toBe(0);
    expect(file.messages).toEqual([]);
    expect(file.suppressedMessages.map((m) => [m.ruleId, m.suppressions.map((s) => s.kind)])).toEqual([
      ['schema', ['baseline']],
      ['schema', ['baseline']],
    ]);
    const stylish = await run(dir, ['--baseline', 'b.json']);
    expect(stylish).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports a new finding of a baselined rule, and of another rule, and exits 1', async () => {
    const dir = repo({ 'tenant.xtap.yaml': ONE });
    await run(dir, ['--baseline-write', 'b.json']);
    write(dir, 'tenant.xtap.yaml', TWO + '  automaticUserConsentSettings: { inboundAllowed: true }\n');
    const r = await run(dir, ['--baseline', 'b.json', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [file] = JSON.parse(r.stdout) as JsonReport;
    expect(file.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['7 schema', '8 default-automatic-redemption']);
    expect(file.suppressedMessages.map((m) => m.ruleId)).toEqual(['schema']);
  });

  it('reports stale entries on stderr, one line each under a heading, with what to do, and exits 1 (also when the findings were fixed)', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO + 'include: [partners/*.xtap.yaml]\n', 'partners/a.xtap.yaml': PARTNER });
    await run(dir, ['--baseline-write', 'b.json']);
    write(dir, 'tenant.xtap.yaml', ONE);
    rmSync(join(dir, 'partners/a.xtap.yaml'));
    const r = await run(dir, ['--baseline', 'b.json']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'xtap-lint: the baseline b.json is out of date (exit code 1): 2 entries count more findings than there are\n' +
        '  partners/a.xtap.yaml: no longer a declaration file of this repository (deleted, renamed or ignored); the baseline counts 1 schema finding in it\n' +
        '  tenant.xtap.yaml: 1 schema finding, the baseline counts 2\n' +
        'Update it with `xtap-lint --baseline-write b.json` (with the same paths), so that no new finding can hide in the slack.\n',
    );
    expect(r.code).toBe(1);
    // Pruning with --baseline-write makes the run pass again.
    await run(dir, ['--baseline-write', 'b.json']);
    expect(await run(dir, ['--baseline', 'b.json'])).toEqual({ code: 0, stdout: '', stderr: '' });
    write(dir, 'tenant.xtap.yaml', NONE);
    expect((await run(dir, ['--baseline', 'b.json'])).code).toBe(1);
  });

  it('checks only the files the run looks at', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO + 'include: [partners/*.xtap.yaml]\n', 'partners/a.xtap.yaml': PARTNER });
    await run(dir, ['--baseline-write', 'b.json']);
    write(dir, 'tenant.xtap.yaml', NONE + 'include: [partners/*.xtap.yaml]\n');
    expect(await run(dir, ['--baseline', 'b.json', 'partners/a.xtap.yaml'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a missing or malformed baseline file is a usage error (exit 2, one line on stderr)', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TWO, 'bad.json': '{"tenant.xtap.yaml": {"schema": {"count": -1}}}' });
    const missing = await run(dir, ['--baseline', 'nope.json']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: baseline file not found: nope.json (create it with --baseline-write nope.json)\n' });
    const bad = await run(dir, ['--baseline', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^xtap-lint: baseline bad\.json: "tenant\.xtap\.yaml" → "schema" has no whole-number count/);
    expect(bad.stderr.split('\n').length).toBe(2);
  });

  it('works after --fix: the baseline counts what is left', async () => {
    const dir = repo({ 'tenant.xtap.yaml': ONE + '  AutomaticUserConsentSettings: { inboundAllowed: false }\n' });
    const r = await run(dir, ['--fix', '--baseline-write', 'b.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))).toEqual({ 'tenant.xtap.yaml': { schema: { count: 1 } } });
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(ONE + '  automaticUserConsentSettings: { inboundAllowed: false }\n');
  });
});
