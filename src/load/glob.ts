/** Glob matching with each pattern compiled once (minimatch compiles a pattern on every call otherwise). */
import { Minimatch } from 'minimatch';

const compiled = new Map<string, Minimatch>();

/** Whether a `/`-separated path matches a glob; dot files and folders match too. */
export function globMatch(path: string, pattern: string): boolean {
  let m = compiled.get(pattern);
  if (!m) {
    m = new Minimatch(pattern, { dot: true });
    compiled.set(pattern, m);
  }
  return m.match(path);
}
