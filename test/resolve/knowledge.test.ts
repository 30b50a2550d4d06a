import { describe, expect, it } from 'vitest';
import { GUID_RE, isGuid, normalizeTarget, targetId } from '../../src/resolve/knowledge.js';

describe('isGuid (issue 17: checked by its characters, once per target at load)', () => {
  const cases = [
    '3f2c0000-0000-4000-8000-000000000001',
    '3F2C0000-ABCD-4EF0-8000-00000000000A',
    '3f2c0000-0000-4000-8000-00000000000g',
    '3f2c0000-0000-4000-8000-00000000000G',
    '3f2c0000-0000-4000-8000_000000000001',
    '3f2c00000-000-4000-8000-000000000001',
    '3f2c0000-0000-4000-8000-0000000000011',
    '3f2c0000-0000-4000-8000-00000000000',
    '3f2c0000-0000-4000-8000-00000000000@',
    '3f2c0000-0000-4000-8000-00000000000`',
    '3f2c0000-0000-4000-8000-00000000000[',
    '3f2c0000-0000-4000-8000-00000000000\u0661',
    '3f2c0000-0000-4000-8000-00000000000\u0141',
    '3f2c0000-0000-4000-8000-00000000000/',
    '3f2c0000-0000-4000-8000-00000000000:',
    '------------------------------------',
    '',
    'AllUsers',
  ];
  for (const s of cases) {
    it(`agrees with GUID_RE: ${JSON.stringify(s)}`, () => {
      expect(isGuid(s)).toBe(GUID_RE.test(s));
    });
  }

  it('agrees with GUID_RE on every character in every position', () => {
    const base = '0123abcd-ef45-6789-ABCD-EF0123456789';
    let checked = 0;
    for (let i = 0; i < base.length; i++) {
      for (let c = 0; c < 0x180; c++) {
        const s = base.slice(0, i) + String.fromCharCode(c) + base.slice(i + 1);
        expect(isGuid(s)).toBe(GUID_RE.test(s));
        checked++;
      }
    }
    expect(checked).toBe(36 * 0x180);
  });

  it('targetId normalises a target without a GUID flag, and takes a flagged one as it is', () => {
    expect(targetId({ id: '3F2C0000-0000-4000-8000-00000000000A' })).toBe('3f2c0000-0000-4000-8000-00000000000a');
    expect(targetId({ id: 'AllUsers' })).toBe('AllUsers');
    expect(targetId({ id: '3f2c0000-0000-4000-8000-00000000000a', guid: true })).toBe('3f2c0000-0000-4000-8000-00000000000a');
    expect(normalizeTarget('AllUsers')).toBe('AllUsers');
  });
});
