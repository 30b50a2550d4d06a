/** Mutations of a declaration file's text, shared by the engine fuzzer and the parse-path differential test. */
import fc from 'fast-check';

/** A marker the mutations put into files: a `syntax` message must never show it (issue 11 item 1). */
export const SECRET = 'eC1hY2Nlc3MtdG9rZW4';

/** A mutation of one example file's text. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('swap-type' as const), at: fc.nat(), value: fc.constantFrom('[]', '{}', '42', 'null', '"x"', 'true', '[1, {a: b}]', '&a x', '*a', '!!binary AA==', '~') }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  // The shapes of issue 11: an unterminated quote before a blank line, aliases and merge keys, keys named like
  // Object.prototype members, brace globs, a secret in broken YAML.
  fc.record({ kind: fc.constant('unterminated-quote' as const), at: fc.nat(), value: fc.constantFrom("'", '"', "'it''s", '"a\\"') }),
  fc.record({ kind: fc.constant('insert-line' as const), at: fc.nat(), value: fc.constantFrom(
    '  <<: *a', '    <<: [*a, *b]', '  - &a', '    x: &b {}', '  - *a', '<<: *a', '  constructor: unknownFutureValue', '    __proto__: { isMfaAccepted: true }',
    '    toString: x', '  - target: hasOwnProperty', '  - p1/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', `  token: ${SECRET}`, `[http] extraheader = AUTHORIZATION: basic ${SECRET}`,
    `\t${SECRET}`, '', '# xtap-lint-disable', '  label: |', '    # xtap-lint-disable-next-line', '---', '%YAML 1.1', '? [a, b]', `"${SECRET}`, `!${SECRET} x`, `&${SECRET} x`, `*${SECRET}`) }),
);

export interface Mutation {
  kind: string;
  at: number;
  text?: string;
  value?: string;
}

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + (m.text ?? '') + text.slice(at);
    }
    case 'unterminated-quote': {
      // A quote that never closes, then a blank line: positions after it were on the wrong line (issue 11 item 13).
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      lines[i] = (colon === -1 ? line + ' ' : line.slice(0, colon + 2)) + (m.value ?? "'") + ' ' + SECRET;
      lines.splice(i + 1, 0, '');
      return lines.join('\n');
    }
    case 'insert-line':
      lines.splice(i, 0, m.value ?? '');
      return lines.join('\n');
    default: {
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      lines[i] = colon === -1 ? `${line} ${m.value}` : `${line.slice(0, colon + 2)}${m.value}`;
      return lines.join('\n');
    }
  }
}

