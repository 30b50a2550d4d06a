/**
 * dist/THIRD-PARTY-NOTICES.txt (scripts/build.mjs): every package whose code a bundle under dist/ holds is named there
 * with its version, licence and licence text, and the npm package ships the file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './helpers/cli.js';

const NOTICES = readFileSync(join(PROJECT_ROOT, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
const headers = new Map([...NOTICES.matchAll(/^(@?[^@\s]+)@(\S+) — (\S+)/gm)].map((m) => [m[1], { version: m[2], license: m[3] }]));

describe('third-party notices', () => {
  it('names every package the CLI, engine and html bundles hold, with its installed version', () => {
    for (const bundle of ['dist/cli-main.cjs', 'dist/engine.js', 'dist/report-html.cjs']) {
      const text = readFileSync(join(PROJECT_ROOT, bundle), 'utf8');
      // esbuild marks each bundled module with a `// node_modules/<package>/…` comment.
      const packages = new Set([...text.matchAll(/^\/\/ (?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]));
      expect(packages.size, bundle).toBeGreaterThan(2);
      for (const name of packages) {
        expect(headers.has(name), `${name} (in ${bundle})`).toBe(true);
        const installed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
        expect(headers.get(name)?.version, name).toBe(installed.version);
      }
    }
  });

  it('carries the licence texts: Apache-2.0 for the YAML fast path, ISC for yaml', () => {
    expect(headers.get('@stoplight/yaml-ast-parser')?.license).toBe('Apache-2.0');
    expect(headers.get('yaml')?.license).toBe('ISC');
    const at = NOTICES.indexOf('@stoplight/yaml-ast-parser@');
    expect(NOTICES.slice(at, at + 20_000)).toContain('Apache License');
  });

  it('is in the npm package', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist/THIRD-PARTY-NOTICES.txt');
  });
});
