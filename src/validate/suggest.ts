/**
 * "Did you mean …?" for misspelled property names and enumeration values.
 */

/**
 * The candidate closest to `word`, or undefined when none is close enough.
 *
 * 1. A candidate equal to `word` ignoring case and surrounding white space (`B2BCollaborationInbound`,
 *    `"ExternalFederation "`) wins outright.
 * 2. Otherwise the candidate with the smallest Levenshtein distance (compared case-insensitively), when that
 *    distance is at most 2 or at most a third of the word's length, and smaller than both lengths (so that a
 *    short word is not "corrected" into an unrelated one). Ties go to the earlier candidate.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = normalize(word);
  if (w.length === 0) return undefined;
  for (const c of candidates) {
    if (normalize(c) === w) return c;
  }
  const limit = Math.max(2, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const n = normalize(c);
    if (n.length === 0 || Math.abs(n.length - w.length) > limit) continue;
    const d = levenshtein(w, n, Math.min(limit, bestDistance - 1));
    if (d < bestDistance && d <= limit && d < w.length && d < n.length) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function normalize(s: string): string {
  return s.trim().toLowerCase();
}

/** Levenshtein distance of a and b; returns `max + 1` as soon as it must exceed `max`. */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[b.length];
}
