import { describe, expect, it, vi } from 'vitest';
import { levenshtein, suggest } from '../../src/validate/suggest.js';

const PARTNER_KEYS = ['tenantId', 'inboundTrust', 'b2bCollaborationInbound', 'b2bCollaborationOutbound', 'b2bDirectConnectInbound', 'automaticUserConsentSettings'];

describe('suggest', () => {
  it('prefers a case-insensitive match', () => {
    expect(suggest('b2BCollaborationInbound', PARTNER_KEYS)).toBe('b2bCollaborationInbound');
    expect(suggest('B2BCollaborationInbound', PARTNER_KEYS)).toBe('b2bCollaborationInbound');
    expect(suggest('TENANTID', PARTNER_KEYS)).toBe('tenantId');
  });

  it('ignores surrounding white space', () => {
    expect(suggest('ExternalFederation ', ['azureActiveDirectory', 'externalFederation'])).toBe('externalFederation');
    expect(suggest(' defaultConfiguredIdp ', ['defaultConfiguredIdp', 'microsoftAccount'])).toBe('defaultConfiguredIdp');
  });

  it('falls back to the closest candidate within the distance limit', () => {
    expect(suggest('allow', ['allowed', 'blocked'])).toBe('allowed');
    expect(suggest('block', ['allowed', 'blocked'])).toBe('blocked');
    expect(suggest('inbountTrust', PARTNER_KEYS)).toBe('inboundTrust');
    expect(suggest('b2bColaborationInbnd', PARTNER_KEYS)).toBe('b2bCollaborationInbound');
    expect(suggest('automaticUserConsentSetting', PARTNER_KEYS)).toBe('automaticUserConsentSettings');
  });

  it('allows a third of the length for long words, 2 for short ones', () => {
    // 'abcdefghij' (10): limit 3
    expect(suggest('abcdefgxyz', ['abcdefghij'])).toBe('abcdefghij');
    expect(suggest('abcdefwxyz', ['abcdefghij'])).toBeUndefined();
    // short words: limit 2, but never a complete rewrite
    expect(suggest('pp2', ['free', 'p1', 'p2'])).toBe('p2');
    expect(suggest('xy', ['p1'])).toBeUndefined();
    expect(suggest('a', ['b'])).toBeUndefined();
  });

  it('returns undefined when nothing is close, or for an empty word', () => {
    expect(suggest('colorScheme', PARTNER_KEYS)).toBeUndefined();
    expect(suggest('__proto__', PARTNER_KEYS)).toBeUndefined();
    expect(suggest('', PARTNER_KEYS)).toBeUndefined();
    expect(suggest('   ', PARTNER_KEYS)).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });

  it('breaks ties by candidate order', () => {
    expect(suggest('p', ['p1', 'p2'])).toBeUndefined();
    expect(suggest('pX', ['p1', 'p2'])).toBe('p1');
  });

  it('bounds its work on long input (counted as characters compared, not timed)', () => {
    // Every cell of the distance computation reads characters with charCodeAt: count them.
    const reads = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      const long = 'x'.repeat(5000);
      expect(suggest(long, PARTNER_KEYS)).toBeUndefined();
      // Far longer than every candidate: no distance is computed at all.
      expect(reads).not.toHaveBeenCalled();
      // Two long words with a small bound: the computation stops after bound + 1 rows of 5,000 cells, not 5,000 rows.
      const other = 'y'.repeat(5000);
      expect(levenshtein(long, other, 2)).toBe(3);
      expect(reads.mock.calls.length).toBeGreaterThan(0);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(3 * (1 + 5000));
    } finally {
      reads.mockRestore();
    }
  });
});

describe('levenshtein', () => {
  it('computes edit distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', 'abc')).toBe(0);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });

  it('stops early past the bound', () => {
    expect(levenshtein('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(levenshtein('a', 'abcdef', 2)).toBe(3);
  });
});
