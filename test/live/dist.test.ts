/**
 * The built CLI (run `node scripts/build.mjs` first): a lint never loads dist/live.cjs — it works with the file
 * gone — and pull, drift and apply load it and talk to Graph through it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cliEnv, tempDir } from '../helpers/temp.js';
import { startGraph, TENANT, TOKEN } from './graph-server.js';
import type { GraphServer } from './graph-server.js';

const run = promisify(execFile);
const servers: GraphServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function cli(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('dist/live.cjs', () => {
  it('is not needed by a lint; pull loads it and writes the tenant', async () => {
    const pkg = tempDir('xtap-pkg-');
    mkdirSync(join(pkg, 'dist'));
    copyFileSync(join(PROJECT_ROOT, 'package.json'), join(pkg, 'package.json'));
    for (const f of ['cli.cjs', 'cli-main.cjs']) copyFileSync(join(PROJECT_ROOT, 'dist', f), join(pkg, 'dist', f));
    const bin = join(pkg, 'dist', 'cli.cjs');
    const work = tempDir('xtap-work-');
    mkdirSync(join(work, '.git'));
    const env = cliEnv({ XTAP_GRAPH_TOKEN: TOKEN });

    const full = await cli(join(PROJECT_ROOT, 'dist', 'cli.cjs'), [join(PROJECT_ROOT, 'examples'), '--format', 'json'], work, env);
    const without = await cli(bin, [join(PROJECT_ROOT, 'examples'), '--format', 'json'], work, env);
    expect(without).toEqual(full);

    const g = await startGraph();
    servers.push(g);
    // Without the bundle, pull cannot run: an internal error, one line, exit 2.
    const missing = await cli(bin, ['pull', '--graph-endpoint', g.origin, '-o', 'xtap'], work, env);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);

    copyFileSync(join(PROJECT_ROOT, 'dist', 'live.cjs'), join(pkg, 'dist', 'live.cjs'));
    const pulled = await cli(bin, ['pull', '--graph-endpoint', g.origin, '-o', 'xtap'], work, env);
    expect(pulled).toEqual({ code: 0, stderr: '', stdout: `Pulled Contoso (${TENANT}) from ${g.origin}: wrote 6 files in xtap. Review, then run: xtap-lint xtap\n` });
    expect(parse(readFileSync(join(work, 'xtap/contoso.xtap.yaml'), 'utf8')).tenant.id).toBe(TENANT);
    const drift = await cli(bin, ['drift', '--graph-endpoint', g.origin], work, env);
    expect(drift.code).toBe(0);
    expect(drift.stdout + drift.stderr).not.toContain(TOKEN);
  });
});
