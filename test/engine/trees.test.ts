// The engine reads each file into the model right after parsing it and drops the syntax tree (SPEC §5: a large
// repository's trees kept alive cost more than parsing them). Only a fix or an export parses a file again.
import { describe, expect, it } from 'vitest';
import { buildModels, lintFiles } from '../../src/engine/lint.js';
import { fixFiles } from '../../src/fix/fixer.js';
import { documentOf } from '../../src/load/yaml.js';
import { exampleInputs } from '../helpers/cli.js';

describe('syntax trees', () => {
  it('a lint keeps no syntax tree and parses no file a second time', () => {
    const run = lintFiles(exampleInputs());
    expect(run.files.length).toBeGreaterThan(2);
    expect(run.result.files.flatMap((f) => f.findings).length).toBeGreaterThan(0);
    expect(run.files.filter((f) => f.doc !== undefined).map((f) => f.path)).toEqual([]);
  });

  it('a fixable finding holds no syntax tree either (the schema casing fix finds its key again when applied)', () => {
    const text = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\ndefault:\n  B2bCollaborationInbound:\n    usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers }] }\n';
    const run = lintFiles([{ path: 't.xtap.yaml', text }]);
    const schema = run.result.files[0].findings.filter((f) => f.ruleId === 'schema');
    expect(schema.map((f) => [f.range.line, f.range.column, f.fixable])).toEqual([[5, 3, true]]);
    expect(run.files[0].doc).toBeUndefined();
    const outcome = fixFiles([{ path: 't.xtap.yaml', text }], {}, () => true);
    expect(outcome.changed.get('t.xtap.yaml')?.after).toBe(text.replace('B2bCollaborationInbound', 'b2bCollaborationInbound'));
  });

  it('documentOf parses a dropped file again, with the same node offsets the findings use', () => {
    const run = lintFiles(exampleInputs());
    const partner = run.model.tenants[0].partners[0];
    const doc = documentOf(partner.file);
    expect(doc).toBeDefined();
    expect(partner.file.doc).toBe(doc);
    const start = partner.entryKey.start;
    expect(partner.file.text.slice(start, start + 'tenantId'.length)).toBe('tenantId');
  });

  it('fixes still apply once the trees are gone', () => {
    const inputs = exampleInputs();
    const outcome = fixFiles(inputs, {}, () => true);
    expect(outcome.changed.size).toBeGreaterThan(0);
    for (const { after } of outcome.changed.values()) expect(after).toMatch(/target:/);
  });

  it('calls the adapter\'s afterFile once for each file it parses, and never for a file it reuses', () => {
    const inputs = exampleInputs();
    const seen: Array<number> = [];
    const run = lintFiles([...inputs, { path: 'broken.xtap.yaml', problem: { kind: 'binary', message: 'it contains NUL bytes' } }], {
      afterFile: () => seen.push(seen.length),
    });
    // Every readable file once; the file that could not be read is not parsed.
    expect(seen.length).toBe(inputs.length);
    expect(run.files.length).toBe(inputs.length + 1);
    // Two models of the same files: the second takes the first's reading of each file, parsing none of them again.
    let calls = 0;
    buildModels(inputs, inputs, undefined, () => calls++);
    expect(calls).toBe(inputs.length);
  });
});
