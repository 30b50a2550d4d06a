/** xtap-lint's own package: its version and where its files (rule docs) are, found from this module's location. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module with xtap-lint's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        if ((JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === 'xtap-lint') return (root = dir);
      } catch {
        /* keep looking */
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the xtap-lint package root');
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** A rule's documentation page, or undefined. */
export function ruleDoc(id: string): string | undefined {
  const p = join(packageRoot(), 'rules', `${id}.md`);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
