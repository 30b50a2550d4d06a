/**
 * The file-system side of the CLI: the repository root, the declaration files under it, and reading each file
 * into an InputFile (or a problem the engine turns into a located `syntax` finding).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFile } from '../types.js';
import type { Config } from '../config/config.js';
import { configSelects } from '../config/config.js';

export class UsageError extends Error {}

/** The git top level above `cwd` (a `.git` folder or file), else `cwd` itself. */
export function findRepoRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/** Repository-relative path with `/` separators. */
export function toRepoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/** Whether a repository-relative path leaves the repository (`..`, `../x`, another drive); `..drafts/x` does not. */
export function outsideRepo(repoPath: string): boolean {
  return repoPath === '..' || repoPath.startsWith('../') || isAbsolute(repoPath);
}

const DECLARATION_RE = /\.xtap\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Whether a repository path is a declaration the run reads: a `*.xtap.yaml`/`*.xtap.yml` file outside `node_modules`
 * and `.git` that the config's `files` and `ignore` select. The walk and paths named on the command line both use it.
 */
export function readsDeclaration(config: Config, repoPath: string): boolean {
  const parts = repoPath.split('/');
  if (parts.slice(0, -1).some((p) => SKIP_DIRS.has(p))) return false;
  return DECLARATION_RE.test(parts[parts.length - 1]) && configSelects(config, repoPath);
}

/** Every declaration file under the root the config selects, repository-relative, sorted. */
export function listDeclarations(root: string, config: Config): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs);
      } else if ((e.isFile() || e.isSymbolicLink()) && DECLARATION_RE.test(e.name)) {
        const rel = toRepoPath(root, abs);
        if (configSelects(config, rel)) out.push(rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Read one declaration file; never throws. */
export function readDeclaration(root: string, repoPath: string, maxBytes: number): InputFile {
  const abs = join(root, ...repoPath.split('/'));
  try {
    const lst = lstatSync(abs);
    if (lst.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch {
        return { path: repoPath, problem: { kind: 'unreadable', message: 'the link points to nothing' } };
      }
      const realRoot = realpathSync(root);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) {
        return { path: repoPath, problem: { kind: 'symlink-outside', message: `it points to ${real}` } };
      }
    }
    const st = statSync(abs);
    if (!st.isFile()) return { path: repoPath, problem: { kind: 'unreadable', message: 'it is not a regular file' } };
    if (st.size > maxBytes) {
      return { path: repoPath, problem: { kind: 'too-large', message: `${st.size} bytes, over the limit of ${maxBytes} bytes (limits.maxFileBytes)` } };
    }
    const buf = readFileSync(abs);
    return decodeDeclaration(repoPath, buf);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path: repoPath, problem: { kind: 'unreadable', message: code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : String((err as Error).message) } };
  }
}

/** Turn bytes into an InputFile: binary and non-UTF-8 content become problems. */
export function decodeDeclaration(repoPath: string, buf: Uint8Array): InputFile {
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return { path: repoPath, problem: { kind: 'binary', message: 'it contains NUL bytes' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    return { path: repoPath, text };
  } catch {
    return { path: repoPath, problem: { kind: 'encoding', message: invalidUtf8Place(buf) } };
  }
}

/** "the byte 0xE9 on line 3, column 15 is not UTF-8": where decoding first fails (a Latin-1 or Windows-1252 file). */
function invalidUtf8Place(buf: Uint8Array): string {
  const fails = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  // The shortest failing prefix ends at the first bad byte (a prefix that fails stays failing when it grows).
  let lo = 1;
  let hi = buf.length;
  if (!fails(hi)) return 'the file ends in the middle of a UTF-8 character';
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  // The decoder fails at the byte that breaks a sequence; the sequence, and so the culprit, starts at its lead byte.
  let bad = hi - 1;
  let lead = bad;
  while (lead > 0 && lead > bad - 3 && (buf[lead - 1] & 0xc0) === 0x80) lead--;
  lead--;
  if (lead >= 0 && buf[lead] >= 0xc0) {
    const size = buf[lead] >= 0xf0 ? 4 : buf[lead] >= 0xe0 ? 3 : 2;
    if (bad - lead < size) bad = lead;
  }
  const before = new TextDecoder('utf-8').decode(buf.subarray(0, bad)).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  const column = lines[lines.length - 1].replace(/\r$/, '').length + 1;
  return `the byte 0x${buf[bad].toString(16).toUpperCase().padStart(2, '0')} on line ${lines.length}, column ${column} is not UTF-8`;
}


/** Resolve the paths given on the command line to a selector of repository paths. */
export function pathSelector(root: string, cwd: string, paths: readonly string[]): { select: (repoPath: string) => boolean; explicitFiles: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`no such file or directory: ${p}`);
    const rel = toRepoPath(root, abs);
    if (outsideRepo(rel) || resolve(root, rel) !== abs) throw new UsageError(`path is outside the repository root ${root}: ${p}`);
    if (statSync(abs).isDirectory()) dirs.push(rel === '' ? '' : rel + '/');
    else files.push(rel);
  }
  const fileSet = new Set(files);
  return {
    select: (rp) => fileSet.has(rp) || dirs.some((d) => d === '' || rp.startsWith(d)),
    explicitFiles: files,
  };
}

/** Find `.xtap-lint.yaml` (or `.yml`) from `cwd` upwards. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of ['.xtap-lint.yaml', '.xtap-lint.yml']) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
