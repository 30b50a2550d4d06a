/**
 * The file-system side of linting a repository: its root (found from the paths given, SPEC §4.1), the declaration
 * files in it (through git where there is a repository), and reading each file into an InputFile — or a problem the
 * engine turns into a located `syntax` finding. Never follows a link out of what xtap-lint reads.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFile } from '../types.js';
import type { Config } from '../config/config.js';
import { configSelects } from '../config/config.js';
import { git, GitError, splitNul } from './git-exec.js';
import { youngGenerationCheckpoint } from './heap.js';

export class UsageError extends Error {}

const CONFIG_NAMES = ['.xtap-lint.yaml', '.xtap-lint.yml'];
const DECLARATION_RE = /\.xtap\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** What a declaration file must be called, for messages. */
export const NAMING_RULE = 'declaration files end in .xtap.yaml or .xtap.yml';

/** Whether a file name is a declaration file's (`*.xtap.yaml`, `*.xtap.yml`). */
export function isDeclarationName(name: string): boolean {
  return DECLARATION_RE.test(name);
}

/** Where a run's files come from: the root folder, and whether git lists them (a repository) or a walk does. */
export interface RootInfo {
  root: string;
  git: boolean;
}

/**
 * The repository root of an existing path (SPEC §4.1): the nearest folder upwards holding `.git` (a folder or a
 * worktree's file: git's top level); outside git, the nearest folder upwards holding `.xtap-lint.yaml`, else the
 * path itself (its folder for a file).
 */
export function findRoot(path: string): RootInfo {
  const abs = resolve(path);
  let start = abs;
  try {
    if (!statSync(abs).isDirectory()) start = dirname(abs);
  } catch {
    start = dirname(abs);
  }
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { root: dir, git: true };
    if (dirname(dir) === dir) break;
  }
  for (let dir = start; ; dir = dirname(dir)) {
    if (CONFIG_NAMES.some((n) => existsSync(join(dir, n)))) return { root: dir, git: false };
    if (dirname(dir) === dir) break;
  }
  return { root: start, git: false };
}

/** The git top level above `cwd` (a `.git` folder or file), else `cwd` itself. Kept for older callers. */
export function findRepoRoot(cwd: string): string {
  const r = findRoot(cwd);
  return r.git ? r.root : resolve(cwd);
}

/** Repository-relative path with `/` separators. */
export function toRepoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/** Whether a repository-relative path leaves the repository (`..`, `../x`, another drive); `..drafts/x` does not. */
export function outsideRepo(repoPath: string): boolean {
  return repoPath === '..' || repoPath.startsWith('../') || isAbsolute(repoPath);
}

/** Why a repository path is never read (`.git`, `node_modules`), or undefined. */
function skippedFolder(repoPath: string): string | undefined {
  const parts = repoPath.split('/');
  return parts.slice(0, -1).find((p) => SKIP_DIRS.has(p));
}

/**
 * Whether a repository path is a declaration the run reads: a `*.xtap.yaml`/`*.xtap.yml` file outside `node_modules`
 * and `.git` that the config's `files` and `ignore` select. The listing and paths named on the command line both use it.
 */
export function readsDeclaration(config: Config, repoPath: string): boolean {
  if (skippedFolder(repoPath)) return false;
  return isDeclarationName(basename(repoPath)) && configSelects(config, repoPath);
}

/** The declaration files of a root, before the configuration's `files`/`ignore`: through git, else a walk. */
export interface Listing {
  /** Repository paths of every `*.xtap.yaml`/`*.xtap.yml` file git lists (or the walk finds), sorted. */
  all: string[];
  /** Whether git listed them (git-ignored files left out) or a walk did (git missing or no repository). */
  git: boolean;
}

/**
 * List the declaration files of a root. Where the root holds `.git`, `git ls-files` lists tracked and untracked
 * files that git does not ignore (nested repositories stay out); otherwise, or when git cannot run, a walk that
 * skips `.git`, `node_modules`, folders holding a `.git` (nested repositories) and never follows a linked folder.
 */
export function listFiles(root: string, opts: { git?: boolean } = {}): Listing {
  const useGit = opts.git ?? existsSync(join(root, '.git'));
  if (useGit) {
    try {
      const out = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.xtap.yaml', '*.xtap.yml']);
      const seen = new Set<string>();
      for (const p of splitNul(out)) {
        if (seen.has(p) || skippedFolder(p) || !isDeclarationName(basename(p))) continue;
        // The index may list a file deleted from the working tree: it is not there to read.
        try {
          lstatSync(join(root, ...p.split('/')));
        } catch {
          continue;
        }
        seen.add(p);
      }
      return { all: [...seen].sort(), git: true };
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
    }
  }
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
        if (!SKIP_DIRS.has(e.name) && !existsSync(join(abs, '.git'))) walk(abs);
      } else if ((e.isFile() || e.isSymbolicLink()) && isDeclarationName(e.name)) out.push(toRepoPath(root, abs));
    }
  };
  walk(root);
  return { all: out.sort(), git: false };
}

/** Every declaration file under the root the config selects, repository-relative, sorted. */
export function listDeclarations(root: string, config: Config, opts: { git?: boolean } = {}): string[] {
  return listFiles(root, opts).all.filter((p) => configSelects(config, p));
}

/**
 * A buffer reused for reading one file after another (its text is decoded into a string right away). A buffer per
 * file leaves its memory to the C heap once it is collected, and the C heap does not give it back to the system: at
 * 50,000 partners, ~20 MB of resident memory the run no longer used (bench/README.md).
 */
export class ReadBuffer {
  #buf: Buffer = Buffer.allocUnsafe(0);
  /** A buffer of at least `size` bytes (its old content is overwritten by the next read). */
  take(size: number): Buffer {
    if (this.#buf.length < size) this.#buf = Buffer.allocUnsafe(Math.max(size, Math.min(2 * this.#buf.length, 1 << 20)));
    return this.#buf;
  }
}

/** Read up to `size` bytes of an open file, into `scratch` when given. */
function readAllFd(fd: number, size: number, scratch?: ReadBuffer): Buffer {
  const buf = scratch ? scratch.take(size) : Buffer.alloc(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, null);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}

function problem(path: string, kind: NonNullable<InputFile['problem']>['kind'], message: string): InputFile {
  return { path, problem: { kind, message } };
}

/**
 * Where a link (or a linked folder on the way) leads, repository-relative, when xtap-lint may read it there; else
 * why not. Refused: a target outside the root, inside `.git` or `node_modules`, or in a nested repository. Git-ignored
 * targets are refused by `readDeclarations`, which asks git about every linked target at once. Messages never name
 * a place outside the repository.
 */
function linkTarget(root: string, abs: string): { target: string } | { refused: string; kind: 'symlink-outside' | 'unreadable' } {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync.native(abs);
    realRoot = realpathSync.native(root);
  } catch {
    return { refused: 'the link points to nothing', kind: 'unreadable' };
  }
  const rel = toRepoPath(realRoot, real);
  if (rel === '' || outsideRepo(rel)) return { refused: 'xtap-lint never follows a link out of the repository', kind: 'symlink-outside' };
  const skipped = rel.split('/').find((p) => SKIP_DIRS.has(p));
  if (skipped) return { refused: `its target is inside ${skipped}, which counts as outside: xtap-lint never reads it`, kind: 'symlink-outside' };
  const parts = rel.split('/');
  for (let i = parts.length - 1; i > 0; i--) {
    if (existsSync(join(realRoot, ...parts.slice(0, i), '.git'))) return { refused: 'its target is inside a nested git repository, which counts as outside: xtap-lint never reads it', kind: 'symlink-outside' };
  }
  return { target: rel };
}

/**
 * Read one declaration file; never throws. A file reached through a link (the file itself or a folder on the way)
 * is read only where the link leads inside the repository and outside `.git`, `node_modules` and nested
 * repositories; `allowedTarget` may refuse more (targets git ignores). The final component is opened with
 * O_NOFOLLOW, so a file swapped for a link after these checks is not followed either.
 */
export function readDeclaration(root: string, repoPath: string, maxBytes: number, allowedTarget?: (target: string) => boolean, scratch?: ReadBuffer): InputFile {
  const abs = join(root, ...repoPath.split('/'));
  let readPath = abs;
  try {
    lstatSync(abs);
  } catch (err) {
    return problem(repoPath, 'unreadable', (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it cannot be examined');
  }
  let linked = false;
  try {
    linked = realpathSync.native(abs) !== join(realpathSync.native(root), ...repoPath.split('/'));
  } catch {
    return problem(repoPath, 'unreadable', 'the link points to nothing');
  }
  if (linked) {
    const t = linkTarget(root, abs);
    if ('refused' in t) return problem(repoPath, t.kind, t.refused);
    if (allowedTarget && !allowedTarget(t.target)) return problem(repoPath, 'symlink-outside', 'its target is a file git ignores, which counts as outside: xtap-lint never reads it');
    readPath = join(realpathSync.native(root), ...t.target.split('/'));
  }
  let fd: number | undefined;
  try {
    fd = openSync(readPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return problem(repoPath, 'unreadable', 'it is not a regular file');
    if (st.size > maxBytes) return problem(repoPath, 'too-large', `${st.size} bytes, over the limit of ${maxBytes} bytes (limits.maxFileBytes)`);
    return decodeDeclaration(repoPath, readAllFd(fd, st.size, scratch));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return problem(repoPath, 'unreadable', code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'it changed into a link while being read' : `it cannot be read (${code ?? 'error'})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read declaration files of a root (never throws). Where git lists the files, linked targets must be files git lists
 * too (not ignored): one `git ls-files` for all of them, only when there are links.
 */
export function readDeclarationFiles(root: string, paths: readonly string[], maxBytes: number, useGit = existsSync(join(root, '.git'))): InputFile[] {
  let allowed: ((t: string) => boolean) | undefined;
  if (useGit) {
    const targets: string[] = [];
    let realRoot = root;
    try {
      realRoot = realpathSync.native(root);
    } catch {
      /* reported per file */
    }
    for (const p of paths) {
      try {
        const abs = join(root, ...p.split('/'));
        const real = realpathSync.native(abs);
        if (real !== join(realRoot, ...p.split('/'))) {
          const rel = toRepoPath(realRoot, real);
          if (rel && !outsideRepo(rel)) targets.push(rel);
        }
      } catch {
        /* reported per file */
      }
    }
    if (targets.length) {
      let listed: Set<string> | undefined;
      try {
        listed = new Set(splitNul(git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...targets.map((t) => `:(literal)${t}`)])));
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
      }
      if (listed) {
        const ok = listed;
        allowed = (t) => ok.has(t);
      }
    }
  }
  // One buffer for every file (each file's text is a string of its own once decoded).
  const scratch = new ReadBuffer();
  return paths.map((p) => {
    const input = readDeclaration(root, p, maxBytes, allowed, scratch);
    youngGenerationCheckpoint();
    return input;
  });
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


