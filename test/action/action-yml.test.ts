/**
 * action.yml: GitHub's own parser accepts it (`parseAction` from @actions/workflow-parser, bundled with esbuild
 * because the package imports JSON without import attributes), and it declares SPEC §4.2's inputs and outputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const ACTION_YML = join(ROOT, 'action.yml');

/** Run parseAction over a file's text in a bundled helper; returns the parser's error messages. */
async function parseActionErrors(content: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-parse-action-'));
  try {
    const helper = `
      import { parseAction } from '@actions/workflow-parser/actions/action-parser';
      import { NoOperationTraceWriter } from '@actions/workflow-parser';
      import { readFileSync } from 'node:fs';
      const content = readFileSync(process.argv[2], 'utf8');
      const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
      const errors = result.context.errors.getErrors().map((e) => e.message);
      if (!result.value) errors.push('no template value');
      process.stdout.write(JSON.stringify(errors));
    `;
    const out = await build({
      stdin: { contents: helper, resolveDir: ROOT, loader: 'js', sourcefile: 'parse-action-helper.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const script = join(dir, 'helper.mjs');
    writeFileSync(script, out.outputFiles[0].text);
    const file = join(dir, 'action.yml');
    writeFileSync(file, content);
    return JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8' })) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('action.yml', () => {
  const text = readFileSync(ACTION_YML, 'utf8');
  const doc = parse(text) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('passes GitHub parseAction', async () => {
    expect(await parseActionErrors(text)).toEqual([]);
  }, 30_000);

  it('the parser check is real: it rejects a broken action.yml', async () => {
    const errors = await parseActionErrors(text.replace('using: node24', 'using: node99').replace(/^name: .*$/m, 'nme: x'));
    expect(errors.length).toBeGreaterThan(0);
  }, 30_000);

  it('runs dist/index.js on node24', () => {
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(doc.name).toBe('xtap-lint');
    expect(doc.description.length).toBeGreaterThan(0);
    expect(doc.branding.icon).toBeTruthy();
    expect(doc.branding.color).toBeTruthy();
  });

  it('has the inputs and outputs of SPEC §4.2 with their defaults', () => {
    expect(Object.keys(doc.inputs).sort()).toEqual(['annotations', 'base', 'comment', 'config', 'fail-on', 'github-token', 'max-warnings', 'paths', 'preset', 'sarif-file', 'html-report', 'working-directory'].sort());
    expect(doc.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(doc.inputs['fail-on'].default).toBe('error');
    expect(doc.inputs.annotations.default).toBe('true');
    expect(doc.inputs.comment.default).toBe('true');
    expect(doc.inputs.paths.default).toBe('.');
    expect(doc.inputs['sarif-file'].default).toBe('');
    for (const i of Object.values(doc.inputs)) expect(i.required ?? false).toBe(false);
    expect(Object.keys(doc.outputs).sort()).toEqual(['errors', 'html-report', 'sarif-file', 'warnings']);
  });
});
