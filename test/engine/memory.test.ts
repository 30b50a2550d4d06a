/**
 * Issue 17, memory at 50,000 partners: what the model and the run keep, counted as structures (never as bytes or RSS).
 * - files are read through one reused buffer (a buffer per file left its memory to the C heap);
 * - a declared target keeps its `target:` and `targetType:` values and places as offsets, and makes their Located
 *   values when asked for (two objects fewer per target);
 * - a target list keeps its `accessType:` likewise, and a partner the places of its `tenantId`;
 * - line starts are a typed array of exact size;
 * - the engine does not copy the reports rules hand over (a copy with the rule id added got a hidden class of its own).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, lintFiles } from '../../src/engine/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Report } from '../../src/engine/rule.js';
import { locRange } from '../../src/load/yaml.js';
import { ReadBuffer, readDeclarationFiles } from '../../src/repo/files.js';
import { tempDir } from '../helpers/temp.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const GROUP = '84B63277-5E32-4B12-ABDC-000000000002';
const text = `tenant:
  id: ${TENANT}
partners:
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000001
    b2bCollaborationOutbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: ${GROUP}, targetType: group, label: Project team }
          - target: "AllUsers"
`;

describe('reading files through one buffer', () => {
  it('reads files of falling and rising sizes whole, with no byte of an earlier, longer file left over', () => {
    const dir = tempDir('xtap-mem-');
    const texts = ['a'.repeat(5000) + '\n', 'b: 1\n', 'c'.repeat(300) + '\nd: é\n', '', 'e'.repeat(2_000_000) + '\n', 'f: 2\n'];
    const paths = texts.map((_, i) => `p${i}.xtap.yaml`);
    texts.forEach((t, i) => writeFileSync(join(dir, paths[i]), t));
    const read = readDeclarationFiles(dir, paths, 10 * 1024 * 1024, false);
    expect(read.map((f) => f.text)).toEqual(texts);
  });

  it('hands out the same buffer while it is large enough, and a larger one when a file needs it', () => {
    const b = new ReadBuffer();
    const first = b.take(100);
    expect(first.length).toBeGreaterThanOrEqual(100);
    expect(b.take(50)).toBe(first);
    expect(b.take(first.length)).toBe(first);
    const larger = b.take(first.length + 1);
    expect(larger).not.toBe(first);
    expect(larger.length).toBeGreaterThan(first.length);
  });
});

describe('a declared target', () => {
  const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
  const [group, all] = model.tenants[0].partners[0].decl.lists[0].targets ?? [];

  it('keeps no object of its own but the file: its ID is its only own field (places, GUID flag and type packed)', () => {
    expect(Object.keys(group)).toEqual(['id']);
    // Located values are made when asked for, each time.
    expect(group.target).not.toBe(group.target);
    expect(group.target).toEqual(group.target);
  });

  it('makes the Located values of `target:` and `targetType:` with their value and key places', () => {
    expect(group.target.value).toBe(GROUP);
    expect(locRange(group.target.loc)).toEqual({ line: 9, column: 23, endLine: 9, endColumn: 59 });
    expect(locRange(group.target.key)).toEqual({ line: 9, column: 15, endLine: 9, endColumn: 21 });
    expect(group.targetType?.value).toBe('group');
    expect(locRange(group.targetType?.loc ?? group.loc)).toMatchObject({ line: 9, column: 73, endColumn: 78 });
    expect(locRange(group.targetType?.key ?? group.loc)).toMatchObject({ line: 9, column: 61, endColumn: 71 });
    expect(locRange(group.loc)).toMatchObject({ line: 9, column: 13, endLine: 9 });
    expect(group.type).toBe('group');
    expect(group.label).toBe('Project team');
  });

  it('without `targetType:` has none, and a quoted value points at its quotes', () => {
    expect(all.targetType).toBeUndefined();
    expect(all.type).toBeUndefined();
    expect(all.target.value).toBe('AllUsers');
    expect(locRange(all.target.loc)).toMatchObject({ line: 10, column: 21, endColumn: 31 });
    expect(locRange(all.target.key)).toMatchObject({ line: 10, column: 13, endColumn: 19 });
  });
});

describe('a target list', () => {
  it('keeps `accessType:` as its string and offsets, and makes its Located value with both places when asked for', () => {
    const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
    const list = model.tenants[0].partners[0].decl.lists[0];
    expect(Object.keys(list)).toEqual(['targets']);
    expect([list.setting, list.half]).toEqual(['b2bCollaborationOutbound', 'usersAndGroups']);
    expect(list.accessType?.value).toBe('allowed');
    expect(locRange(list.accessType?.loc ?? list.loc)).toEqual({ line: 7, column: 21, endLine: 7, endColumn: 28 });
    expect(locRange(list.accessType?.key ?? list.loc)).toEqual({ line: 7, column: 9, endLine: 7, endColumn: 19 });
    const bare = buildModel([{ path: 't.xtap.yaml', text: text.replace('        accessType: allowed\n', '') }]).model;
    expect(bare.tenants[0].partners[0].decl.lists[0].accessType).toBeUndefined();
  });
});

describe('a partner', () => {
  it('reads the places of its tenantId from offsets', () => {
    const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
    const p = model.tenants[0].partners[0];
    expect(locRange(p.idLoc)).toEqual({ line: 4, column: 15, endLine: 4, endColumn: 51 });
    expect(locRange(p.entryKey)).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 13 });
    expect(p.idLoc).not.toBe(p.idLoc);
  });
});

describe('line tables', () => {
  it('are exact-size typed arrays, and give the positions yaml\'s LineCounter gave', () => {
    const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
    const lines = model.files[0].lineCounter;
    expect(lines.lineStarts).toBeInstanceOf(Uint32Array);
    expect(lines.lineStarts.length).toBe(text.split('\n').length);
    expect(lines.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(lines.linePos(text.indexOf('partners:'))).toEqual({ line: 3, col: 1 });
    expect(lines.linePos(text.indexOf('tenantId'))).toEqual({ line: 4, col: 5 });
    expect(lines.linePos(text.length)).toEqual({ line: 11, col: 1 });
  });
});

describe('reports', () => {
  it('are read as the rule handed them over: not copied, not changed', () => {
    const handed: Report[] = [];
    const rule = defineRule({
      id: 'partner-is-self',
      meta: { category: 'trust', description: 'test', sources: [], severity: { recommended: 'error', strict: 'error', all: 'error' } },
      check({ model, report }) {
        for (const p of model.tenants[0].partners) {
          const r: Report = { at: p.entryKey, message: { what: 'What.', why: 'Why.', fix: 'Fix.' } };
          handed.push(r);
          report(r);
        }
      },
    });
    const run = lintFiles([{ path: 't.xtap.yaml', text }], { rules: [rule] });
    expect(run.result.files[0].findings.filter((f) => f.ruleId === 'partner-is-self').map((f) => [f.ruleId, f.message, f.range.line])).toEqual([['partner-is-self', 'What. Why. Fix.', 4]]);
    expect(handed.map((r) => Object.keys(r))).toEqual([['at', 'message']]);
  });
});
