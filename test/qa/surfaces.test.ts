/** QA pass 2: regressions found on the surfaces around the linter (init, import/export, diff/explain/graph, formats, fix, baseline). */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const d = tempRepo(files);
  dirs.push(d);
  return d;
}

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';

describe('init with odd option values', () => {
  it('a --name with a line break still gives a tenant file that parses and lints clean', async () => {
    const dir = repo({});
    const r = await runCli(['init', '--tenant-id', TENANT, '--name', 'Contoso\nProduction'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8');
    // The header comment stays one comment line.
    expect(text.split('\n')[1]).toMatch(/^#/);
    const lint = await runCli(['--format', 'json'], { cwd: dir });
    expect(lint.code).toBe(0);
    const json = JSON.parse(lint.stdout) as Array<{ messages: unknown[] }>;
    expect(json.flatMap((f) => f.messages)).toEqual([]);
  });
});
