/**
 * The engine is pure (no file system, git, network or process access) so that it can run in a browser:
 * bundle src/index.ts for a neutral platform and run it in a V8 context that has no `process`, `require`,
 * `fetch` or Node module at all.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { PROJECT_ROOT } from './helpers/cli.js';

describe('engine purity', () => {
  it('lints the example repository in a context without Node', async () => {
    const out = await build({
      entryPoints: [join(PROJECT_ROOT, 'src/index.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'xtapLint',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2022',
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].text;
    expect(code).not.toMatch(/\brequire\(["']node:/);
    const sandbox: Record<string, unknown> = {};
    const context = vm.createContext(sandbox);
    vm.runInContext(code, context);
    const files = ['contoso.xtap.yaml', 'partners/suppliers.xtap.yaml', 'partners/subsidiaries.xtap.yaml', 'partners/government.xtap.yaml'].map((path) => ({
      path,
      text: readFileSync(join(PROJECT_ROOT, 'examples', path), 'utf8'),
    }));
    sandbox.inputFiles = files;
    const json = vm.runInContext('JSON.stringify(xtapLint.lintFiles(inputFiles).result.files.map(f => [f.file, f.findings.map(x => x.ruleId + "@" + x.range.line)]))', context) as string;
    const result = JSON.parse(json) as Array<[string, string[]]>;
    expect(result.map(([f]) => f)).toEqual(['contoso.xtap.yaml', 'partners/government.xtap.yaml', 'partners/subsidiaries.xtap.yaml', 'partners/suppliers.xtap.yaml']);
    expect(result[0][1]).toContain('mfa-registration-apps@65');
    expect(vm.runInContext('typeof process', context)).toBe('undefined');
  });
});
