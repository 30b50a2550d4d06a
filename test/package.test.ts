/**
 * The npm package as users get it: `npm pack`, unpacked into a consumer's node_modules (with no other package: the
 * package has no dependencies), imported by a strict TypeScript ESM program (types checked, skipLibCheck off) and
 * run; the `xtap-lint` bin runs from it too. Its metadata, and the README's links, which must resolve on the npm page.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './helpers/cli.js';
import { cliEnv, tempDir } from './helpers/temp.js';

interface PackageJson {
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  repository?: { type: string; url: string };
  homepage?: string;
  bugs?: { url: string };
  scripts: Record<string, string>;
  files: string[];
}
const PKG = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as PackageJson;

/** What `npm pack` would put in the package. */
function packedFiles(): string[] {
  const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: cliEnv() });
  const [{ files }] = JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>;
  return files.map((f) => f.path).sort();
}

describe('the npm package', () => {
  it('names its repository, home page and issue tracker (the README\'s schema URL is on the same repository)', () => {
    expect(PKG.repository).toEqual({ type: 'git', url: 'git+https://github.com/xtap-lint/xtap-lint.git' });
    expect(PKG.homepage).toBe('https://github.com/xtap-lint/xtap-lint#readme');
    expect(PKG.bugs).toEqual({ url: 'https://github.com/xtap-lint/xtap-lint/issues' });
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('https://github.com/xtap-lint/xtap-lint');
  });

  it('depends on nothing at run time: every package the bundles would need is bundled into them', () => {
    expect(PKG.dependencies ?? {}).toEqual({});
    expect(PKG.devDependencies).toHaveProperty('yaml');
    // Bundles load packages with require() (CommonJS) or import statements (the engine, ESM): only Node's own.
    // A bundle may load another bundle of the package next to it (the CLI loads `--format html` lazily): it must ship.
    for (const f of ['dist/cli.cjs', 'dist/cli-main.cjs', 'dist/engine.js', 'dist/report-html.cjs', 'dist/policies.cjs']) {
      // ajv (dist/policies.cjs) keeps `require("ajv/dist/runtime/…")` as text for its standalone code generator; the
      // code it compiles at run time takes those helpers from its scope and never calls require.
      const text = readFileSync(join(PROJECT_ROOT, f), 'utf8').replace(/(['`])require\("ajv\/dist\/runtime\/[a-z0-9_]+"\)(\.default)?\1/g, "''");
      const loaded = [...text.matchAll(/\brequire\("([^"]+)"\)|^\s*(?:import|export)\b[^;\n]*?\bfrom\s*"([^"]+)"/gm)].map((m) => m[1] ?? m[2]);
      const siblings = loaded.filter((r) => r.startsWith('./'));
      for (const s of siblings) expect(PKG.files, `${f} loads ${s}`).toContain(`dist/${s.slice(2)}`);
      expect(loaded.filter((r) => !r.startsWith('node:') && !r.startsWith('./') && !['buffer', 'process'].includes(r)), f).toEqual([]);
    }
    // The consumer test below runs the packed CLI and engine with no other package installed.
  });

  it("ships every file the README links to, so that its relative links resolve on the npm page", () => {
    const packed = packedFiles();
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const links = [...new Set([...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((m) => m[1].replace(/#.*$/, '')))].filter(Boolean);
    expect(links.length).toBeGreaterThan(40);
    for (const link of links) {
      const path = link.replace(/^\.\//, '').replace(/\/$/, '');
      expect(existsSync(join(PROJECT_ROOT, path)), `${link} exists in the repository`).toBe(true);
      const shipped = statSync(join(PROJECT_ROOT, path)).isDirectory() ? packed.some((p) => p.startsWith(`${path}/`)) : packed.includes(path);
      expect(shipped, `${link} is in the package`).toBe(true);
    }
    for (const p of ['docs/format.md', 'docs/github-action.md', 'examples/README.md', 'examples/contoso.xtap.yaml', 'rules/syntax.md']) expect(packed).toContain(p);
    if (existsSync(join(PROJECT_ROOT, 'SECURITY.md'))) expect(packed).toContain('SECURITY.md');
    // Never the sources, the tests, the Action or the development tools.
    expect(packed.filter((p) => /^(src|test|bench|scripts|\.ci|\.github|node_modules)\//.test(p) || p.startsWith('dist/index.js') || p === 'rules/index.ts')).toEqual([]);
  });

  it('packs the CLI, the engine, its types, schemas and rule pages — not the Action — and works for a strict ESM consumer without yaml installed', () => {
    const dir = tempDir('xtap-pack-');
    const env = cliEnv();
    const listing = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env });
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
    // The engine's declarations name yaml's types: they ship in dist/types/vendor/yaml, so yaml itself is not installed.
    expect(paths).toContain('dist/types/vendor/yaml/index.d.ts');
    symlinkSync(join(PROJECT_ROOT, 'node_modules/@types/node'), join(modules, '@types/node'));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module' }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, outDir: 'out', types: ['node'] } }),
    );
    writeFileSync(
      join(consumer, 'index.ts'),
      [
        "import { documentOf, lintFiles, RULES, type LintResult, type Finding } from 'xtap-lint';",
        "const run = lintFiles([{ path: 'a.xtap.yaml', text: 'tenant:\\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\\n  license: p1\\npartners:\\n  - tenantId: 0D3E4B1A-5C6F-4E8A-9B7C-2F1E0A9D8C7B\\n' }]);",
        'const result: LintResult = run.result;',
        'const findings: Finding[] = result.files[0]?.findings ?? [];',
        "// yaml's Document type, from the declarations shipped in the package.",
        "const start = (doc: ReturnType<typeof documentOf>): number | undefined => doc?.contents?.range?.[0];",
        "console.log(RULES.length > 30, findings.map((f) => `${f.ruleId}@${f.range.line}:${f.range.column}`).join(' '), typeof documentOf, start(undefined));",
      ].join('\n'),
    );
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(readdirSync(modules).sort()).toEqual(['@types', 'xtap-lint']);
    expect(readdirSync(join(consumer, 'out'))).toEqual(['index.js']);
    expect(execFileSync(process.execPath, [join(consumer, 'out/index.js')], { encoding: 'utf8' })).toBe('true partner-redundant@5:5 partner-is-self@5:15 function undefined\n');
    expect(execFileSync(process.execPath, [join(modules, 'xtap-lint/dist/cli.cjs'), '--version'], { encoding: 'utf8', env })).toBe(`${PKG.version}\n`);
  });
});
