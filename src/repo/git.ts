/**
 * Reading declarations at a git revision without a checkout (`--base`, `diff --base`, `export --base`). All
 * plumbing is NUL-separated: paths come from `ls-tree -z`, and `cat-file --batch` is fed object ids, never paths, so
 * a path holding a newline cannot shift one file's content onto another.
 */
import type { InputFile } from '../types.js';
import { decodeDeclaration } from './files.js';
import { git, GitError } from './git-exec.js';

export { GitError } from './git-exec.js';

/** A revision that does not exist (a usage error), as opposed to one a shallow clone lacks (a notice). */
export class UnknownRevision extends GitError {}

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

/** The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch` fed object ids. */
export function readFilesAtRevision(root: string, ref: string, select: (repoPath: string) => boolean): InputFile[] {
  const commit = resolveCommit(root, ref);
  // `<mode> SP <type> SP <object> TAB <path> NUL`: the path is everything after the tab, newlines included.
  const entries: Array<{ path: string; oid: string }> = [];
  for (const record of git(root, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    // Blobs only: a symlink (mode 120000) at the base is not followed, a submodule is not read.
    if (type !== 'blob' || mode === '120000' || !/^[0-9a-f]+$/.test(oid ?? '')) continue;
    if (/\.xtap\.ya?ml$/.test(path) && select(path)) entries.push({ path, oid });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (entries.length === 0) return [];
  const out = git(root, ['cat-file', '--batch'], entries.map((e) => e.oid).join('\n') + '\n');
  const files: InputFile[] = [];
  let pos = 0;
  for (const e of entries) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString();
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== e.oid) {
      // `<oid> missing` (a partial clone): that file is not at the base as far as we can tell.
      pos = nl + 1;
      continue;
    }
    const size = Number(m[2]);
    files.push(decodeDeclaration(e.path, out.subarray(nl + 1, nl + 1 + size)));
    pos = nl + 1 + size + 1;
  }
  return files;
}
