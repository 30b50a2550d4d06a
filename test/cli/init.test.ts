/** `xtap-lint init`: starter files that lint clean, describe the service default, and never overwrite. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig, parseConfig } from '../../src/config/config.js';
import { RULES } from '../../rules/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-init-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  return dir;
}

async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', stdoutIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';

describe('xtap-lint init', () => {
  it('writes a commented tenant file and .xtap-lint.yaml, prints next steps, exits 0', async () => {
    const dir = tmp();
    const r = await run(dir, ['init', '--tenant-id', ID, '--name', 'Contoso: Production', '--license', 'p2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ {2}created {2}tenant\.xtap\.yaml\n {2}created {2}\.xtap-lint\.yaml\n\nNext steps:\n {2}1\. /);
    expect(r.stdout).not.toContain('Put your tenant ID');
    const tenant = readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8');
    expect(tenant).toContain(`  id: ${ID}`);
    expect(tenant).toContain('  name: "Contoso: Production"');
    expect(tenant).toContain('  license: p2');
    expect(tenant.split('\n').filter((l) => /^\s*#/.test(l)).length).toBeGreaterThan(10);
    // The configuration parses and lints.
    const config = parseConfig(readFileSync(join(dir, '.xtap-lint.yaml'), 'utf8'), '.xtap-lint.yaml', new Set(RULES.map((x) => x.id)));
    expect(config.preset).toBe('recommended');
    const lint = await run(dir, []);
    expect(lint).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('with no options writes a placeholder tenant ID and says to replace it', async () => {
    const dir = tmp();
    const r = await run(dir, ['init']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1. Put your tenant ID in tenant.xtap.yaml (tenant.id).');
    const text = readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8');
    expect(text).toContain('id: 00000000-0000-0000-0000-000000000000   # replace');
    // Until it is replaced, the placeholder is an error at tenant.id.
    const line = text.split('\n').findIndex((l) => l.includes('id: 00000000-')) + 1;
    const lint = await run(dir, ['--format', 'json']);
    expect(lint.code).toBe(1);
    const messages = (JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>).flatMap((f) => f.messages);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['schema', line]]);
    expect(messages[0].message).toMatch(/^`tenant\.id` is the placeholder/);
  });

  it("writes out Microsoft's service defaults: the same effective settings as a tenant with only `tenant:`", async () => {
    const dir = tmp();
    await run(dir, ['init', '--tenant-id', ID]);
    const config = defaultConfig();
    config.preset = 'all';
    const starter = lintFiles([{ path: 'tenant.xtap.yaml', text: readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8') }], { config });
    const bare = lintFiles([{ path: 'tenant.xtap.yaml', text: `tenant:\n  id: ${ID}\n  license: p1\n` }], { config });
    const strip = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'at' || k === 'decl' || k === 'level' || k === 'loc' || k === 'key' ? undefined : x)));
    expect(strip(starter.model.tenants[0].defaults)).toEqual(strip(bare.model.tenants[0].defaults));
    expect(starter.result.files[0].findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax' || f.severity === 'error')).toEqual([]);
  });

  it('never overwrites an existing file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'tenant.xtap.yaml'), 'mine\n');
    const r = await run(dir, ['init', '--tenant-id', ID]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  kept     tenant.xtap.yaml (it exists; not overwritten)\n  created  .xtap-lint.yaml\n');
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe('mine\n');
    const config = readFileSync(join(dir, '.xtap-lint.yaml'), 'utf8');
    // Run again: nothing to write is not a failure (exit 0), and it says so.
    const again = await run(dir, ['init']);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toBe(
      '  kept     tenant.xtap.yaml (it exists; not overwritten)\n  kept     .xtap-lint.yaml (it exists; not overwritten)\n' +
        '\nNothing to do: the files exist and were kept (init never overwrites a file;\ndelete one to write it again).\nLint: npx xtap-lint\n',
    );
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, '.xtap-lint.yaml'), 'utf8')).toBe(config);
  });

  it('prints lines that fit 80 columns (not a terminal)', async () => {
    const r = await run(tmp(), ['init', '--tenant-id', ID, '--name', 'Contoso Holdings International']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nNext steps:\n  1. ');
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('never writes through a committed link: a dangling link or a linked folder is refused, nothing written outside', async () => {
    const dir = tmp();
    const outside = tmp();
    // A dangling link where the tenant file would go, pointing outside the repository.
    symlinkSync(join(outside, 'planted.xtap.yaml'), join(dir, 'tenant.xtap.yaml'));
    const r = await run(dir, ['init', '--tenant-id', ID]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xtap-lint: (refusing to write|cannot write) tenant\.xtap\.yaml: .*\n$/);
    expect(existsSync(join(outside, 'planted.xtap.yaml'))).toBe(false);
    // A linked folder in the --file path.
    const dir2 = tmp();
    symlinkSync(outside, join(dir2, 'infra'));
    const r2 = await run(dir2, ['init', '--tenant-id', ID, '--file', 'infra/tenant.xtap.yaml']);
    expect(r2.code).toBe(2);
    expect(r2.stderr.split('\n').length).toBe(2);
    expect(existsSync(join(outside, 'tenant.xtap.yaml'))).toBe(false);
  });

  it('rejects bad options with exit 2 and one line on stderr, writing nothing', async () => {
    const dir = tmp();
    for (const [args, message] of [
      [['init', '--tenant-id', 'contoso'], 'xtap-lint: --tenant-id must be a GUID (8-4-4-4-12 hexadecimal digits), got "contoso"\n'],
      [['init', '--license', 'e5'], 'xtap-lint: --license must be one of free, p1, p2; got "e5"\n'],
      [['init', '--file', 'tenant.yaml'], 'xtap-lint: --file must end in .xtap.yaml or .xtap.yml, got "tenant.yaml"\n'],
    ] as const) {
      expect(await run(dir, [...args])).toEqual({ code: 2, stdout: '', stderr: message });
    }
    const unknown = await run(dir, ['init', '--force']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^xtap-lint: .*--force.* \(see xtap-lint init --help\)\n$/);
    expect(existsSync(join(dir, 'tenant.xtap.yaml')) || existsSync(join(dir, '.xtap-lint.yaml'))).toBe(false);
  });

  it('--file names the tenant file; help lists the options', async () => {
    const dir = tmp();
    expect((await run(dir, ['init', '--file', 'tenants/contoso.xtap.yml', '--tenant-id', ID])).code).toBe(0);
    expect(existsSync(join(dir, 'tenants/contoso.xtap.yml'))).toBe(true);
    const help = await run(dir, ['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--tenant-id <guid>');
    expect((await run(dir, ['--help'])).stdout).toContain('  init                write a starter tenant file and .xtap-lint.yaml');
  });
});
