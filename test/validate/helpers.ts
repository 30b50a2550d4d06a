import { locRange, parseSource } from '../../src/load/yaml.js';
import type { SourceFile } from '../../src/load/yaml.js';
import { validateFile } from '../../src/validate/validate.js';

export interface Seen {
  ruleId: string;
  line: number;
  column: number;
  what: string;
  why: string;
  fix: string;
}

export function parse(text: string, path = 'test.xtap.yaml'): SourceFile {
  const { file, problems } = parseSource(path, text);
  if (problems.length > 0) throw new Error(`fixture does not parse: ${problems.map((p) => p.message).join('; ')}`);
  return file;
}

/** Validate YAML text; findings as plain objects with 1-based positions. */
export function check(text: string, kind: 'tenant' | 'partner'): Seen[] {
  const file = parse(text);
  return validateFile(file, kind).map((r) => {
    const range = r.range ?? locRange(r.at);
    return { ruleId: r.ruleId, line: range.line, column: range.column, ...r.message };
  });
}

/** Join lines: keeps fixtures readable and their line numbers countable. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export const TENANT_HEAD = ['tenant:', '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', '  license: p1'];
