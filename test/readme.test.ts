/**
 * The README's YAML examples that are complete tenant files (a top-level `tenant:`) lint on their own as a newcomer
 * would copy them: through the CLI, in a repository holding only that file, with no error and no warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PROJECT_ROOT, runCli, tempRepo } from './helpers/cli.js';

interface Fence {
  line: number;
  text: string;
}

/** The ```yaml fences of a Markdown text, with the line of each opening fence. */
function yamlFences(md: string): Fence[] {
  const out: Fence[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\b/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    out.push({ line: start + 1, text: `${body.join('\n')}\n` });
  }
  return out;
}

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const tenantExamples = yamlFences(README).filter((f) => {
  const data: unknown = parseDocument(f.text).toJS();
  return typeof data === 'object' && data !== null && Object.hasOwn(data, 'tenant');
});

describe('README examples', () => {
  it('has tenant file examples to check', () => {
    expect(tenantExamples.length).toBeGreaterThanOrEqual(1);
  });

  for (const example of tenantExamples) {
    it(`the tenant file at README.md:${example.line} lints on its own, without errors or warnings`, async () => {
      // The file's name, when its first line names it (`# contoso.xtap.yaml`).
      const name = /^# *([\w./-]+\.xtap\.ya?ml) *$/m.exec(example.text.split('\n')[0])?.[1] ?? 'tenant.xtap.yaml';
      const dir = tempRepo({ [name]: example.text });
      const r = await runCli(['--format', 'json', '--max-warnings', '0'], { cwd: dir });
      const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; line: number }> }>).flatMap((f) => f.messages);
      expect(messages.filter((m) => m.severity > 0)).toEqual([]);
      expect([r.code, r.stderr]).toEqual([0, '']);
    });
  }
});
