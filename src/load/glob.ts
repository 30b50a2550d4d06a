/**
 * Glob matching for `include:` and the configuration's `files`, `ignore` and `overrides[].files`, all of which may
 * come from a pull request. Braces multiply: `p1/{a,b}{a,b}…` with 17 groups is 131,072 patterns, which minimatch
 * would compile one by one (32 s and 2.6 GB for a 2.9 KB file). So the expansion is counted before anything is
 * compiled, and a pattern over MAX_BRACE_EXPANSION is refused with a located finding (declaration files) or a
 * configuration error. Compiled patterns are cached, at most GLOB_CACHE_SIZE of them.
 */
import { Minimatch } from 'minimatch';

/** Patterns one glob may expand to through braces; real includes need a handful. */
export const MAX_BRACE_EXPANSION = 256;
/** Compiled patterns kept (least recently used dropped first). */
export const GLOB_CACHE_SIZE = 256;

const compiled = new Map<string, Minimatch | null>();

/** Counters for tests that bound the work (test/security/glob-bomb.test.ts). */
export const GLOB_WORK = { compiled: 0 };

/**
 * An upper bound of the number of patterns a glob's braces expand to, in one pass over the pattern: each brace
 * group multiplies by its number of alternatives (commas at its own level, plus one) or by the length of a range
 * `{1..9}`. Nested groups are multiplied too (an overestimate, never an underestimate). Saturates at `cap`.
 */
export function braceExpansionBound(pattern: string, cap = MAX_BRACE_EXPANSION + 1): number {
  let bound = 1;
  const stack: Array<{ start: number; commas: number }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') stack.push({ start: i, commas: 0 });
    else if (c === ',' && stack.length) stack[stack.length - 1].commas++;
    else if (c === '}' && stack.length) {
      const g = stack.pop() as { start: number; commas: number };
      let n = g.commas + 1;
      if (g.commas === 0) {
        const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.-?\d+)?$/.exec(pattern.slice(g.start + 1, i));
        if (range) {
          const a = /\d/.test(range[1]) ? Number(range[1]) : range[1].charCodeAt(0);
          const b = /\d/.test(range[2]) ? Number(range[2]) : range[2].charCodeAt(0);
          n = Math.abs(b - a) + 1;
        }
      }
      bound = Math.min(cap, bound * n);
    }
  }
  return bound;
}

/** Why a glob is refused, or undefined when it may be used. */
export function globProblem(pattern: string): string | undefined {
  if (braceExpansionBound(pattern) > MAX_BRACE_EXPANSION) {
    return `its braces expand to more than ${MAX_BRACE_EXPANSION} patterns`;
  }
  return undefined;
}

function compile(pattern: string): Minimatch | null {
  let m = compiled.get(pattern);
  if (m !== undefined) {
    // Most recently used last.
    compiled.delete(pattern);
    compiled.set(pattern, m);
    return m;
  }
  GLOB_WORK.compiled++;
  m = globProblem(pattern) === undefined ? new Minimatch(pattern, { dot: true, braceExpandMax: MAX_BRACE_EXPANSION }) : null;
  compiled.set(pattern, m);
  if (compiled.size > GLOB_CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
  return m;
}

/**
 * Whether a `/`-separated path matches a glob; dot files and folders match too. A refused glob (see globProblem)
 * matches nothing: its callers report it before matching.
 */
export function globMatch(path: string, pattern: string): boolean {
  return compile(pattern)?.match(path) ?? false;
}

/** How many compiled patterns are cached (tests). */
export function globCacheSize(): number {
  return compiled.size;
}
