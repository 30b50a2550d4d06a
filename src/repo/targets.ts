/**
 * The paths given on the command line (or the Action's `paths`): files, folders and quoted globs. They decide the
 * repository root (SPEC §4.1: from the paths, not the working directory) and which files' findings are shown.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { findRoot, outsideRepo, toRepoPath, UsageError } from './files.js';
import type { RootInfo } from './files.js';

/** One path given: an existing file or folder, or a glob pattern (minimatch, relative to the working directory). */
export type Target =
  | { kind: 'file' | 'dir'; given: string; abs: string }
  | { kind: 'pattern'; given: string; base: string; pattern: string };

/** The most paths a glob's braces may expand to (`{a,b}{a,b}…` doubles with every pair). */
export const MAX_BRACE_EXPANSION = 256;
/** The longest glob accepted as a path. */
export const MAX_PATTERN_LENGTH = 1024;

const MAGIC = /[*?[\]{}]|[!+@]\(/;

/** An upper bound of the number of patterns brace expansion makes of `p` (stops counting above `limit`). */
export function braceExpansionCount(p: string, limit = MAX_BRACE_EXPANSION): number {
  let total = 1;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] !== '{') continue;
    // The matching brace, and the alternatives at this level.
    let depth = 0;
    let j = i;
    const alts: string[] = [];
    let from = i + 1;
    for (; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
      else if (c === ',' && depth === 1) {
        alts.push(p.slice(from, j));
        from = j + 1;
      }
    }
    if (j >= p.length) break; // unbalanced: minimatch reads it literally
    alts.push(p.slice(from, j));
    let n = 0;
    if (alts.length === 1) {
      const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.-?\d+)?$/.exec(alts[0]);
      if (range) {
        const num = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : s.charCodeAt(0));
        n = Math.abs(num(range[2]) - num(range[1])) + 1;
      } else n = braceExpansionCount(alts[0], limit);
    } else for (const a of alts) n += braceExpansionCount(a, limit);
    total *= Math.max(n, 1);
    if (total > limit) return total;
    i = j;
  }
  return total;
}

/** Classify the paths given. A path that does not exist and holds no glob character is left unmatched. */
export function classifyTargets(cwd: string, given: readonly string[]): { targets: Target[]; unmatched: string[] } {
  const targets: Target[] = [];
  const unmatched: string[] = [];
  for (const p of given) {
    const abs = resolve(cwd, p);
    let exists = false;
    try {
      lstatSync(abs);
      exists = true;
    } catch {
      exists = false;
    }
    if (exists) {
      let dir = false;
      try {
        dir = statSync(abs).isDirectory();
      } catch {
        dir = false;
      }
      targets.push({ kind: dir ? 'dir' : 'file', given: p, abs });
      continue;
    }
    const slashed = p.split(sep).join('/');
    if (!MAGIC.test(slashed)) {
      unmatched.push(p);
      continue;
    }
    if (slashed.length > MAX_PATTERN_LENGTH) throw new UsageError(`the pattern ${JSON.stringify(p.slice(0, 40))}… is longer than ${MAX_PATTERN_LENGTH} characters`);
    if (braceExpansionCount(slashed) > MAX_BRACE_EXPANSION) {
      throw new UsageError(`the pattern ${JSON.stringify(p.length > 60 ? p.slice(0, 60) + '…' : p)} expands to more than ${MAX_BRACE_EXPANSION} patterns; name fewer alternatives`);
    }
    // The folder part before the first glob character is where the pattern starts.
    const parts = slashed.split('/');
    let k = 0;
    while (k < parts.length - 1 && !MAGIC.test(parts[k])) k++;
    const baseRel = parts.slice(0, k).join('/');
    const base = resolve(cwd, baseRel === '' && slashed.startsWith('/') ? '/' : baseRel || '.');
    if (!existsSync(base) || !statSync(base).isDirectory()) {
      unmatched.push(p);
      continue;
    }
    targets.push({ kind: 'pattern', given: p, base, pattern: parts.slice(k).join('/') });
  }
  return { targets, unmatched };
}

/** Where a target starts: a file's folder, a folder, a pattern's base. */
export function targetStart(t: Target): string {
  return t.kind === 'pattern' ? t.base : t.kind === 'dir' ? t.abs : dirname(t.abs);
}

/**
 * The one root of all targets. Paths in two git repositories (or one in a repository, one outside) are a usage
 * error; outside git, the root that holds all the others is taken.
 */
export function commonRoot(targets: readonly Target[]): RootInfo {
  let chosen: (RootInfo & { given: string }) | undefined;
  for (const t of targets) {
    const r = { ...findRoot(t.kind === 'pattern' ? t.base : t.abs), given: t.given };
    if (!chosen) {
      chosen = r;
      continue;
    }
    if (r.root === chosen.root && r.git === chosen.git) continue;
    const holds = (outer: string, inner: string) => {
      const rel = toRepoPath(outer, inner);
      return rel === '' || !outsideRepo(rel);
    };
    if (!r.git && !chosen.git && holds(chosen.root, r.root)) continue;
    if (!r.git && !chosen.git && holds(r.root, chosen.root)) {
      chosen = r;
      continue;
    }
    throw new UsageError(`${chosen.given} and ${r.given} are in different repositories (${chosen.root}, ${r.root}): lint each repository on its own`);
  }
  if (!chosen) throw new UsageError('no path to lint');
  return { root: chosen.root, git: chosen.git };
}

/** A target as a test on repository paths. */
export function targetMatcher(root: string, t: Target): (repoPath: string) => boolean {
  if (t.kind !== 'pattern') {
    const rel = toRepoPath(root, t.abs);
    if (t.kind === 'file') return (p) => p === rel;
    return rel === '' ? () => true : (p) => p.startsWith(rel + '/');
  }
  const baseRel = toRepoPath(root, t.base);
  const m = new Minimatch(t.pattern, { dot: true });
  return (p) => {
    if (baseRel !== '' && !p.startsWith(baseRel + '/')) return false;
    return m.match(baseRel === '' ? p : p.slice(baseRel.length + 1));
  };
}
