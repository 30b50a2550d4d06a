import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fnv1a64, lineHashes, sarif, sarifLog, FINGERPRINT_KEY } from '../../src/report/sarif.js';
import type { FormatContext } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import { fixtureContext } from './fixture.js';

const require = createRequire(import.meta.url);

/** The SARIF 2.1.0 JSON Schema shipped by @microsoft/jest-sarif (draft-04; ajv reads it as draft-07). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s|\\/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

/** The definition of codeql-action's line hash, computed naively: 100 normalised characters from each line start. */
function naiveLineHashes(text: string): string[] {
  const chars: number[] = [];
  const starts: number[] = [];
  let lineStart = true;
  let prevCR = false;
  const all = [...Array.from(text, (_, i) => text.charCodeAt(i))];
  // Array.from over a string iterates code points; index by UTF-16 units instead.
  all.length = 0;
  for (let i = 0; i < text.length; i++) all.push(text.charCodeAt(i));
  all.push(65535);
  for (let c of all) {
    if (c === 32 || c === 9 || (prevCR && c === 10)) {
      prevCR = false;
      continue;
    }
    prevCR = c === 13;
    if (prevCR) c = 10;
    if (lineStart) {
      starts.push(chars.length);
      lineStart = false;
    }
    if (c === 10) lineStart = true;
    chars.push(c);
  }
  const seen = new Map<string, number>();
  return starts.map((s) => {
    let h = 0n;
    for (let i = 0; i < 100; i++) h = BigInt.asUintN(64, h * 37n + BigInt(chars[s + i] ?? 0));
    const hex = h.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

describe('sarif', () => {
  let ctx: FormatContext;
  beforeAll(async () => {
    ctx = await fixtureContext();
  });

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    const validate = sarifValidator();
    const log = JSON.parse(sarif(ctx)) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates with every rule of xtap-lint in tool.driver', () => {
    const validate = sarifValidator();
    const log = JSON.parse(sarif({ ...ctx, rules: RULES })) as unknown;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has the fields GitHub code scanning requires', () => {
    const log = sarifLog({ ...ctx, rules: RULES }) as unknown as {
      version: string;
      $schema: string;
      runs: Array<{
        tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, { text?: string; markdown?: string } | string>> } };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
          partialFingerprints: Record<string, string>;
          suppressions?: Array<{ kind: string; justification: string }>;
        }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('xtap-lint');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort());
    for (const r of run.tool.driver.rules) {
      const text = (k: string) => (r[k] as { text: string }).text;
      expect(text('shortDescription').length).toBeGreaterThan(0);
      expect(text('shortDescription').length).toBeLessThanOrEqual(1024);
      expect(text('fullDescription').length).toBeLessThanOrEqual(1024);
      expect(text('help').length).toBeGreaterThan(0);
      expect((r.help as { markdown: string }).markdown).toContain(`/rules/${String(r.id)}.md`);
      expect(r.helpUri).toBe(`https://github.com/xtap-lint/xtap-lint/blob/main/rules/${String(r.id)}.md`);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|^file:|\.\.\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
      expect(res.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{16}:\d+$/);
    }
    // Paths relative to the repository root, percent-encoded as URIs.
    expect(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain('partners/suppliers%20100%25%2C%20east.xtap.yaml');
    // Suppressed findings are dismissed results with their justification.
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.some((r) => r.suppressions?.[0].kind === 'inSource' && r.suppressions[0].justification.includes('SEC-1142'))).toBe(true);
  });

  it('semantic fingerprints do not depend on the line', () => {
    const moved: FormatContext = {
      ...ctx,
      sources: new Map(),
      results: ctx.results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, range: { ...f.range, line: f.range.line + 7, endLine: f.range.endLine + 7 } })) })),
    };
    const key = (c: FormatContext) =>
      (sarifLog(c).runs[0] as { results: Array<{ partialFingerprints: Record<string, string> }> }).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(key(moved)).toEqual(key(ctx));
  });

  describe('primaryLocationLineHash', () => {
    const texts: Array<[string, string]> = [
      ['empty', ''],
      ['one line, no newline', 'tenant: x'],
      ['LF', 'a: 1\nb: 2\n'],
      ['CRLF and CR', 'a: 1\r\nb: 2\rc: 3\r\n\r\n'],
      ['CR then space then LF', 'a\r \nb\n'],
      ['repeated lines', 'x\nx\nx\n'],
      ['blank and space-only lines', '\n   \n\t\nkey:   value  \n'],
      ['non-ASCII', 'name: Äpfel 😀 ünïcode\nnext: 1\n'],
      ['long lines', `${'k'.repeat(250)}\n${'v '.repeat(120)}\nend\n`],
      // Equal hashes far apart and interleaved (the occurrence counts), and a window that repeats with a period.
      ['repeated blocks', `${'x\ny\n'.repeat(80)}z\n${'x\ny\n'.repeat(80)}${'- a\n  b: 1\n'.repeat(70)}`],
    ];
    for (const [name, text] of texts) {
      it(`matches the definition: ${name}`, () => {
        expect(lineHashes(text)).toEqual(naiveLineHashes(text));
      });
    }

    // Values the BigInt implementation produced (issue 17 replaced it with 32-bit halves): the same bytes, pinned.
    const pinnedLines: Array<[string, string, string[]]> = [
      ["LF", "a: 1\nb: 2\n", ["132b7ee912c57691:1","5d56533273a3bbdb:1","c129715d7a2bc9a3:1"]],
      ["CRLF and CR", "a: 1\r\nb: 2\rc: 3\r\n\r\n", ["7c7756366e807851:1","1207f9f108ba619b:1","9440e1c767e7d363:1","3c5bef55b72b93c9:1","c129715d7a2bc9a3:1"]],
      ["non-ASCII and surrogates", "name: \u00c4pfel \ud83d\ude00 \u00fcn\u00efcode\nnext: 1\n", ["6229661d0151603c:1","a822806a65cb4aab:1","c129715d7a2bc9a3:1"]],
      ["lines longer than the 100-character window", `${'k'.repeat(250)}\n${'v '.repeat(120)}\nend\n`, ["38ae8874fb795354:1","62658f4ec3fb0828:1","fe2be582c6296f40:1","c129715d7a2bc9a3:1"]],
      ["code units near 65535", "\uffff\ufffe\u8000 z\n\u00ff\uffff\ufffe\u8000 z\n\u00ff\uffff\ufffe\u8000 z\n\u00ff", ["bbc8a7201933b307:1","7818d63ef0f8b262:1","a4e1f1f0a2ae086:1","fc558bf8d2449aca:1"]],
      ["a declaration file", "tenant:\n  id: 3f2c0000-0000-4000-8000-000000000001\npartners:\n  - tenantId: 11111111-2222-4333-8444-555555555555\n    b2bCollaborationInbound:\n      usersAndGroups: { accessType: blocked }\n", ["beb1eb090f4bf9e0:1","ce2ad3aefad4f69e:1","f69850869c2eb1c:1","6b34c793e8af0c65:1","809daafe300b7004:1","b0ea1c0f2ae80862:1","c129715d7a2bc9a3:1"]],
      ["a hash with fewer than 16 hex digits", "k29", ["36b081e7afd077d:1"]],
    ];
    const pinnedFnv: Array<[string, string]> = [
      ["", "cbf29ce484222325"],
      ["a", "af63dc4c8601ec8c"],
      ["tenant-ids\u0000partners/a.xtap.yaml\u0000message", "1b21343ae7e0d21a"],
      ["\u00c4pfel \ud83d\ude00", "8dc8c14d00e47471"],
      ['\uffff'.repeat(40), "ed480a0fa5ed4e9d"],
      ['x'.repeat(1000), "e1add1d93134d2c5"],
      ["m0", "08a98a07b55099b8"],
    ];
    for (const [name, text, hashes] of pinnedLines) {
      it(`keeps the pinned value: ${name}`, () => {
        expect(lineHashes(text)).toEqual(hashes);
      });
    }
    it('keeps the pinned FNV-1a 64 digests of the semantic fingerprint', () => {
      for (const [s, digest] of pinnedFnv) expect(fnv1a64(s)).toBe(digest);
      // Pieces are hashed as if joined by NUL, without joining them.
      expect(fnv1a64('tenant-ids', 'partners/a.xtap.yaml', 'message')).toBe('1b21343ae7e0d21a');
      expect(fnv1a64('', '')).toBe(fnv1a64('\u0000'));
      expect(fnv1a64('a', '', 'b')).toBe(fnv1a64('a\u0000\u0000b'));
      expect(fnv1a64()).toBe('cbf29ce484222325');
    });

    it('has one hash per line', () => {
      expect(lineHashes('a\nb\nc').length).toBe(3);
      expect(lineHashes('a\nb\nc\n').length).toBe(4);
    });

    it('ignores indentation changes but not content changes', () => {
      expect(lineHashes('a: 1\nb: 2\n')[0]).toBe(lineHashes('a:   1\n  b: 2\n')[0]);
      expect(lineHashes('a: 1\nb: 2\n')[0]).not.toBe(lineHashes('a: 1\nb: 3\n')[0]);
    });

    it('counts occurrences of equal hashes', () => {
      const h = lineHashes('x\nx\nx\n');
      expect(h[0].split(':')[1]).toBe('1');
    });
  });
});

describe('SARIF regions (issue 12: multi-line regions must not collapse to one line)', () => {
  const finding = (range: { line: number; column: number; endLine: number; endColumn: number }) => ({
    ruleId: 'syntax',
    severity: 'error' as const,
    message: 'm',
    parts: { what: 'm', why: '', fix: '' },
    file: 'a.xtap.yaml',
    range,
    docsUrl: 'https://example.test/syntax.md',
    fixable: false,
  });
  type Log = { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: Record<string, number> } }> }> }> };

  it('keeps endLine and endColumn of a range that spans lines', () => {
    const multi = finding({ line: 3, column: 5, endLine: 6, endColumn: 2 });
    const single = finding({ line: 9, column: 7, endLine: 9, endColumn: 12 });
    const ctx: FormatContext = {
      results: [{ file: 'a.xtap.yaml', findings: [multi, single], suppressed: [], errorCount: 2, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }],
      rules: RULES,
      color: false,
      version: '0',
    };
    const regions = (JSON.parse(sarif(ctx)) as Log).runs[0].results.map((r) => r.locations[0].physicalLocation.region);
    expect(regions).toEqual([
      { startLine: 3, startColumn: 5, endLine: 6, endColumn: 2 },
      { startLine: 9, startColumn: 7, endLine: 9, endColumn: 12 },
    ]);
  });

});
