/**
 * The npm package as users get it: `npm pack`, unpacked into a consumer's node_modules, imported by a strict
 * TypeScript ESM program (types checked, skipLibCheck off) and run; the `xtap-lint` bin runs from it too.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './helpers/cli.js';

describe('the npm package', () => {
  it('packs the CLI, the engine, its types, schemas and rule pages — not the Action — and works for a strict ESM consumer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xtap-pack-'));
    const listing = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [{ filename, files }] = JSON.parse(listing) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = files.map((f) => f.path);
    for (const p of ['dist/cli.cjs', 'dist/cli-main.cjs', 'dist/engine.js', 'dist/types/src/index.d.ts', 'schemas/tenant.schema.json', 'rules/mfa-registration-apps.md', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => p.startsWith('dist/index.js') || p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);

    const consumer = join(dir, 'consumer');
    const modules = join(consumer, 'node_modules');
    mkdirSync(join(modules, '@types'), { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', modules]);
    renameSync(join(modules, 'package'), join(modules, 'xtap-lint'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules/yaml'), join(modules, 'yaml'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules/@types/node'), join(modules, '@types/node'));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module' }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, outDir: 'out', types: ['node'] } }),
    );
    writeFileSync(
      join(consumer, 'index.ts'),
      [
        "import { lintFiles, RULES, type LintResult, type Finding } from 'xtap-lint';",
        "const run = lintFiles([{ path: 'a.xtap.yaml', text: 'tenant:\\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\\n  license: p1\\npartners:\\n  - tenantId: 0D3E4B1A-5C6F-4E8A-9B7C-2F1E0A9D8C7B\\n' }]);",
        'const result: LintResult = run.result;',
        'const findings: Finding[] = result.files[0]?.findings ?? [];',
        "console.log(RULES.length > 30, findings.map((f) => `${f.ruleId}@${f.range.line}:${f.range.column}`).join(' '));",
      ].join('\n'),
    );
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(readdirSync(join(consumer, 'out'))).toEqual(['index.js']);
    expect(execFileSync(process.execPath, [join(consumer, 'out/index.js')], { encoding: 'utf8' })).toBe('true partner-redundant@5:5 partner-is-self@5:15\n');
    const version = (JSON.parse(execFileSync('npm', ['pkg', 'get', 'version'], { cwd: PROJECT_ROOT, encoding: 'utf8' })) as string).trim();
    expect(execFileSync(process.execPath, [join(modules, 'xtap-lint/dist/cli.cjs'), '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });
});
