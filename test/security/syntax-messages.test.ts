/**
 * Issue 11 item 1 (second half): no `syntax` message quotes the file's text. `ln -s .git/config cfg.xtap.yaml`
 * gave a syntax finding that quoted the checkout's credential, which went into every output. Messages now name the
 * token kind and the position. Each input below holds the secret where yaml's own message would have quoted it.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { syntaxMessage } from '../../src/load/yaml.js';

const SECRET = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA';

/** Inputs that make yaml report an error whose own message carries text of the file. */
const CASES: Array<[string, string]> = [
  ['.git/config through a symlink', `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}==\n`],
  ['a bad escape', `a: "\\q${SECRET}"\n`],
  ['an unresolved alias', `a: *${SECRET}\n`],
  ['a bad plain start', `a: @${SECRET}\n`],
  ['an unexpected token in a flow collection', `a: [b, ${SECRET}: c: d]\n`],
  ['a stray flow end', `a: [b]] ${SECRET}\n`],
  ['a block scalar header with extra characters', `a: |${SECRET}\n  x\n`],
  ['a tag on an alias', `a: &x 1\nb: !${SECRET} *x\n`],
  ['an unterminated quote', `a: '${SECRET}\n\nb: *c\n`],
  ['a duplicate key', `${SECRET}: 1\n${SECRET}: 2\n`],
  ['a verbatim tag', `a: !<${SECRET} b\n`],
  ['a document end in a flow', `a: [${SECRET}\n...\n`],
];

describe('syntax messages quote nothing of the file', () => {
  it.each(CASES)('%s', (_name, text) => {
    const { result } = lintFiles([{ path: 'cfg.xtap.yaml', text }]);
    const findings = result.files[0].findings.filter((f) => f.ruleId === 'syntax');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.message).not.toContain(SECRET);
      expect(f.message).not.toContain(SECRET.slice(0, 8));
      expect(f.message).toMatch(/^YAML syntax error: [^.]+ at \d+:\d+\.|^YAML syntax error: the document/);
    }
  });

  it('names the token kind and the position', () => {
    const { result } = lintFiles([{ path: 'a.xtap.yaml', text: 'tenant:\n  id: x\n  license p1: y: z\n' }]);
    expect(result.files[0].findings[0].message).toMatch(/^YAML syntax error: [a-z ,:`]+ at 3:\d+\./);
    expect(syntaxMessage('UNEXPECTED_TOKEN', 'Unexpected scalar at node end')).toBe('unexpected scalar');
    expect(syntaxMessage('UNEXPECTED_TOKEN', 'Unexpected flow-map-end token')).toBe('unexpected flow map end');
    expect(syntaxMessage('UNEXPECTED_TOKEN', `Unexpected ${SECRET} in flow map`)).toBe('unexpected token in a flow map');
    expect(syntaxMessage('TAG_RESOLVE_FAILED', `Unresolved tag: !${SECRET}`)).toBe('an unknown tag');
    expect(syntaxMessage('BAD_DQ_ESCAPE', `Invalid escape sequence \\${SECRET}`)).toBe('an invalid escape sequence in a double-quoted string');
    expect(syntaxMessage('SOMETHING_NEW', `Something about ${SECRET}`)).toBe('a YAML syntax error');
  });
});
