/**
 * Compliance mappings (SPEC §3.10): every key a rule lists is a published check; every published check is covered or
 * says why not; the mappings reach json (`compliance`), SARIF tags, the Markdown summary and the rule pages; the
 * framework presets turn on exactly the mapped rules; docs/compliance.md is generated and current.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { FRAMEWORKS, PUBLISHED_CHECKS, checkKey, checkLabel, publishedCheck } from '../src/engine/compliance.js';
import { presetSeverity } from '../src/engine/rule.js';
import { PROJECT_ROOT, runCli, tempRepo } from './helpers/cli.js';

const FRESH = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

describe('compliance mappings', () => {
  it('every rule key is a published check, and every check is covered by a rule or says why not (never both)', () => {
    const covered = new Set(RULES.flatMap((r) => r.meta.compliance ?? []));
    for (const r of RULES) for (const k of r.meta.compliance ?? []) expect(publishedCheck(k), `${r.id}: ${k}`).toBeDefined();
    for (const c of PUBLISHED_CHECKS) expect(covered.has(checkKey(c)) !== Boolean(c.uncovered), checkKey(c)).toBe(true);
    for (const fw of Object.keys(FRAMEWORKS)) expect(PUBLISHED_CHECKS.some((c) => c.framework === fw)).toBe(true);
    expect(checkLabel('zero-trust:21790')).toBe('Zero Trust Assessment 21790');
  });

  it('the presets turn on exactly the rules mapped to their framework, at their strict severity', () => {
    const on = (preset: 'cisa' | 'zero-trust') => RULES.filter((r) => presetSeverity(r, preset) !== 'off').map((r) => r.id).sort();
    expect(on('cisa')).toEqual(['default-inbound-open']);
    expect(on('zero-trust')).toEqual(['default-outbound-open', 'rms-outbound', 'tenant-restrictions-default']);
    expect(presetSeverity(RULES.find((r) => r.id === 'default-outbound-open')!, 'zero-trust')).toBe('warning');
  });

  it('reaches json (compliance on each message), SARIF tags and the Markdown summary; --preset zero-trust', async () => {
    const dir = tempRepo({ 't.xtap.yaml': FRESH });
    const json = JSON.parse((await runCli(['--format', 'json', '--preset', 'zero-trust'], { cwd: dir })).stdout) as Array<{ messages: Array<{ ruleId: string; compliance: string[] }> }>;
    expect(json[0].messages.map((m) => [m.ruleId, m.compliance])).toEqual([
      ['default-outbound-open', ['zero-trust:21790', 'zero-trust:25378', 'cipp:ZTNA21790', 'cipp:health-2']],
    ]);
    // A rule without mappings has an empty list (the key is always there).
    const plain = JSON.parse((await runCli(['--format', 'json', '--preset', 'all'], { cwd: dir })).stdout) as Array<{ messages: Array<{ ruleId: string; compliance: string[] }> }>;
    expect(plain[0].messages.find((m) => m.ruleId === 'default-inbound-open')?.compliance).toEqual(['cisa:MS.AAD.8.3v1', 'maester:CISA.MS.AAD.8.3', 'cipp:health-1']);
    expect(plain[0].messages.every((m) => Array.isArray(m.compliance))).toBe(true);
    const cisa = JSON.parse((await runCli(['--format', 'json', '--preset', 'cisa'], { cwd: dir })).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(cisa[0].messages.map((m) => m.ruleId)).toEqual(['default-inbound-open']);
    const sarif = JSON.parse((await runCli(['--format', 'sarif'], { cwd: dir })).stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties: { tags: string[] } }> } } }> };
    expect(sarif.runs[0].tool.driver.rules.find((r) => r.id === 'default-inbound-open')?.properties.tags).toEqual(['xtap-lint', 'posture', 'CISA SCuBA MS.AAD.8.3v1', 'Maester CISA.MS.AAD.8.3', 'CIPP health-1']);
    const md = (await runCli(['--format', 'markdown', '--preset', 'zero-trust'], { cwd: dir })).stdout;
    expect(md).toContain('Published checks these findings concern: Zero Trust Assessment 21790 (1 finding), Zero Trust Assessment 25378 (1 finding), CIPP ZTNA21790 (1 finding), CIPP health-2 (1 finding).');
  });

  it('each mapped rule page lists its checks, and docs/compliance.md is current', () => {
    for (const r of RULES) {
      const page = readFileSync(join(PROJECT_ROOT, 'rules', `${r.id}.md`), 'utf8');
      if (!r.meta.compliance?.length) {
        expect(page, r.id).not.toContain('\n## Compliance\n');
        continue;
      }
      for (const k of r.meta.compliance) expect(page, `${r.id}: ${k}`).toContain(`${FRAMEWORKS[publishedCheck(k)!.framework].name} \`${publishedCheck(k)!.id}\``);
    }
    const doc = readFileSync(join(PROJECT_ROOT, 'docs/compliance.md'), 'utf8');
    for (const c of PUBLISHED_CHECKS) expect(doc).toContain(`| \`${c.id}\` |`);
    expect(() => execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/gen-compliance.mjs'), '--check'], { cwd: PROJECT_ROOT, stdio: 'pipe' })).not.toThrow();
  });
});
