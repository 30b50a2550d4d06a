/** JSON values and the comparisons import and export share: OData annotations, nulls, targets as sets. */
// The ES module build: esbuild cannot bundle the UMD one (it requires its parts at run time).
import { parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import type { ParseError } from 'jsonc-parser/lib/esm/main.js';
import { normalizeTarget } from '../resolve/knowledge.js';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/**
 * Set a key read from a file as an own property: plain assignment of `__proto__` would replace the object's
 * prototype (and drop the key) instead.
 */
export function setOwn(o: JsonObject, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An OData annotation: `@odata.context`, `@odata.type`, `b2bCollaborationInbound@odata.type`, … */
export function isAnnotation(key: string): boolean {
  return key.includes('@');
}

/** Drop OData annotations at every depth. */
export function dropAnnotations(v: Json): Json {
  if (Array.isArray(v)) return v.map(dropAnnotations);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (!isAnnotation(k)) setOwn(out, k, dropAnnotations(x));
  return out;
}

/** Drop `null`s at every depth, and objects left empty by it; undefined when nothing is left. */
export function dropNulls(v: Json): Json | undefined {
  if (v === null) return undefined;
  if (Array.isArray(v)) return v.map(dropNulls).filter((x): x is Json => x !== undefined);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) {
    const y = dropNulls(x);
    if (y !== undefined) setOwn(out, k, y);
  }
  return Object.keys(out).length || !Object.keys(v).length ? out : undefined;
}

/**
 * A canonical form for comparing settings the way Graph reads them: keys sorted, target GUIDs lower-cased,
 * `label`s dropped, target lists and `allowedCloudEndpoints` compared as sets, nulls dropped.
 */
export function canonical(v: Json | undefined): string {
  return JSON.stringify(canon(v === undefined ? null : (dropNulls(v) ?? null), ''));
}

function canon(v: Json, key: string): Json {
  if (Array.isArray(v)) {
    const items = v.map((x) => canon(x, ''));
    if (key === 'targets' || key === 'allowedCloudEndpoints') return items.map((x) => JSON.stringify(x)).sort().map((s) => JSON.parse(s) as Json);
    return items;
  }
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) {
    if (k === 'label') continue;
    const x = v[k];
    setOwn(out, k, k === 'target' && typeof x === 'string' ? normalizeTarget(x) : canon(x, k));
  }
  return out;
}

export function sameSetting(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** A JSON syntax error at a 1-based line and column (JSON.parse only gives a character offset, when it gives one). */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${line}:${column}: ${reason}`);
  }
}

/**
 * JSON.parse, with a syntax error's position as line:column: V8 gives a character offset for some errors and none
 * for others ("Unexpected token"), so on failure jsonc-parser (Microsoft's, as VS Code uses it) finds where.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? Math.min(first.offset, text.length) : 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    let reason = first ? REASONS[printParseErrorCode(first.error)] ?? 'not valid JSON' : 'not valid JSON';
    if (first && /^\s*[}\]]/.test(text.slice(offset)) && text.slice(0, offset).trimEnd().endsWith(',')) {
      reason = 'a trailing comma before the closing bracket (Microsoft\'s documentation examples have some): remove it';
    }
    throw new JsonSyntaxError(line, offset - lineStart + 1, reason);
  }
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'comments are not JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character in a string (escape it)',
};
