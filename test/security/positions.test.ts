/**
 * Issue 11 item 13: after an unterminated `'` and a blank line, syntax positions were on a wrong line, past its end
 * ("unexpected alias" at 53:106 on a 104-character line): yaml's LineCounter misses the line breaks inside a scalar
 * it cannot close. Positions come from the text's own lines now, and always lie inside the file.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { exampleInputs } from '../helpers/cli.js';
import { expectInside } from '../helpers/positions.js';

describe('positions after an unterminated quote', () => {
  it('point at the real line, inside it', () => {
    const text = "tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: 'Contoso\n\n  license: p1\ndefault:\n  inboundTrust: *t\n";
    const f = lintFiles([{ path: 'a.xtap.yaml', text }]).result.files[0].findings;
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expectInside(text, x.range, x.message);
  });

  it('every finding of every example file with a quote inserted anywhere lies inside the file', () => {
    for (const input of exampleInputs()) {
      const text = input.text ?? '';
      for (let at = 0; at < text.length; at += 11) {
        for (const quote of ["'", '"']) {
          const broken = text.slice(0, at) + quote + '\n' + text.slice(at);
          const files = lintFiles([{ path: input.path, text: broken }]).result.files;
          for (const x of files[0].findings) expectInside(broken, x.range, `${input.path} with ${quote} at ${at}: ${x.ruleId}`);
        }
      }
    }
  });
});
