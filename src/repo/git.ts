/**
 * Reading declarations at a git revision without a checkout (`--base`, `diff --base`, `export --base`). All
 * plumbing is NUL-separated: paths come from `ls-tree -z`, and `cat-file --batch` is fed object ids, never paths, so
 * a path holding a newline cannot shift one file's content onto another.
 */
import { createRequire } from 'node:module';
import type { InputFile } from '../types.js';
import { decodeDeclaration } from './files.js';
import { git, GitError } from './git-exec.js';
import { youngGenerationCheckpoint } from './heap.js';

export { GitError } from './git-exec.js';

// Loaded when a blob id is first needed (`--base`): node:crypto is ~20 modules, a few milliseconds of start-up that a
// plain lint does not pay.
const load = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;

/** A revision that does not exist (a usage error), as opposed to one a shallow clone lacks (a notice). */
export class UnknownRevision extends GitError {}

/** A revision that exists but names no commit (a tree, a blob): a usage error too. */
export class NotACommit extends UnknownRevision {}

/**
 * The commit `ref` names. Throws UnknownRevision for a name that does not exist; GitError when a shallow clone
 * lacks it (a commit id, or `~`/`^` reaching below the shallow boundary) or git cannot run.
 */
export function resolveCommit(root: string, ref: string): string {
  let commit = '';
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString().trim();
  } catch (err) {
    // `--quiet` exits 1 with nothing on stderr for an unknown revision; other failures (not a repository) say why.
    // A tree or a blob (`HEAD^{tree}`, a blob id) peels to no commit: git says "expected commit type".
    if (err instanceof GitError && /expected commit type/.test(err.message)) throw new NotACommit(`${ref} names no commit`);
    if (!(err instanceof GitError) || !err.message.startsWith('Command failed')) throw err;
  }
  if (commit) return commit;
  let shallow = false;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
  } catch {
    shallow = false;
  }
  if (shallow && (/^[0-9a-f]{4,64}$/i.test(ref) || /[~^]/.test(ref))) throw new GitError(`this shallow clone does not hold ${ref}`);
  throw new UnknownRevision(`unknown revision ${ref}`);
}

/** The object id git gives a blob with this content (SHA-1, or SHA-256 in a repository that uses it). */
export function blobId(text: string, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  crypto ??= load('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm).update(`blob ${Buffer.byteLength(text, 'utf8')}\0`).update(text, 'utf8').digest('hex');
}

/**
 * Up to this many characters of working-tree text (about 2,500 partners), the files that are the same at the base are
 * found by reading every base blob and comparing texts; above it, by their git blob ids (SHA-1 of the working-tree
 * text), so that only the changed blobs are read. Loading node:crypto for the ids costs ~3 ms on Node 20 and ~10 ms on
 * Node 24; git inflates 1 MB of blobs in ~3 ms.
 */
export const COMPARE_TEXTS_UP_TO = 1024 * 1024;

/**
 * The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch` fed object ids.
 * `known`: files already read (the working tree's), by path: where one's content is the blob at the base, that
 * InputFile itself stands for the base file (the engine then reads the file once for both sides). Which are the same
 * is decided by comparing texts for a small repository (`compareTextsUpTo`, every blob read) and by blob ids for a
 * larger one (a blob read only where the ids differ). Decoding keeps every byte (fatal UTF-8, BOM kept), so equal
 * texts and equal ids both mean equal bytes.
 */
export function readFilesAtRevision(
  root: string,
  ref: string,
  select: (repoPath: string) => boolean,
  known?: ReadonlyMap<string, InputFile>,
  compareTextsUpTo = COMPARE_TEXTS_UP_TO,
): InputFile[] {
  // The commit's tree, listed in one call (`<ref>^{commit}`: a revision that names no commit fails). When it fails,
  // resolveCommit says why (no such revision, not a commit, beyond a shallow clone's history).
  let listing: Buffer;
  try {
    listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', `${ref}^{commit}`]);
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    resolveCommit(root, ref);
    throw err;
  }
  // `<mode> SP <type> SP <object> TAB <path> NUL`: the path is everything after the tab, newlines included.
  const entries: Array<{ path: string; oid: string }> = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    // Blobs only: a symlink (mode 120000) at the base is not followed, a submodule is not read.
    if (type !== 'blob' || mode === '120000' || !/^[0-9a-f]+$/.test(oid ?? '')) continue;
    if (/\.xtap\.ya?ml$/.test(path) && select(path)) entries.push({ path, oid });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = new Map<string, InputFile>();
  // The working tree's reading of a path, when it has a text to compare.
  const readable = (path: string): InputFile | undefined => {
    const same = known?.get(path);
    return same?.text !== undefined && !same.problem ? same : undefined;
  };
  let size = 0;
  for (const e of entries) size += readable(e.path)?.text?.length ?? 0;
  const byText = size <= compareTextsUpTo;
  const toRead: Array<{ path: string; oid: string }> = [];
  for (const e of entries) {
    const same = byText ? undefined : readable(e.path);
    const algorithm = e.oid.length === 64 ? 'sha256' : e.oid.length === 40 ? 'sha1' : undefined;
    if (same?.text !== undefined && algorithm && blobId(same.text, algorithm) === e.oid) files.set(e.path, same);
    else toRead.push(e);
  }
  if (toRead.length) {
    const out = git(root, ['cat-file', '--batch'], toRead.map((e) => e.oid).join('\n') + '\n');
    let pos = 0;
    for (const e of toRead) {
      const nl = out.indexOf(10, pos);
      if (nl < 0) break;
      const header = out.subarray(pos, nl).toString();
      const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
      if (!m || m[1] !== e.oid) {
        // `<oid> missing` (a partial clone): that file is not at the base as far as we can tell.
        pos = nl + 1;
        continue;
      }
      const length = Number(m[2]);
      const blob = decodeDeclaration(e.path, out.subarray(nl + 1, nl + 1 + length));
      const same = byText ? readable(e.path) : undefined;
      files.set(e.path, same && blob.text === same.text ? same : blob);
      youngGenerationCheckpoint();
      pos = nl + 1 + length + 1;
    }
  }
  return entries.filter((e) => files.has(e.path)).map((e) => files.get(e.path) as InputFile);
}
