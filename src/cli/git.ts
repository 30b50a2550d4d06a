/** Reading declarations at a git revision without a checkout (`--base`, `diff --base`). */
import { createRequire } from 'node:module';
import type { InputFile } from '../types.js';
import { decodeDeclaration } from './files.js';

export class GitError extends Error {}

// Loaded when git is first needed (`--base`, `diff`): node:child_process brings the networking modules with it, a few
// milliseconds of start-up that a plain lint does not need.
const load = createRequire(import.meta.url);
let childProcess: typeof import('node:child_process') | undefined;

function git(root: string, args: string[], input?: string): Buffer {
  try {
    childProcess ??= load('node:child_process') as typeof import('node:child_process');
    return childProcess.execFileSync('git', ['-C', root, ...args], { input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new GitError(stderr || (err as Error).message.split('\n')[0]);
  }
}

/** The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch`. */
export function readFilesAtRevision(root: string, ref: string, select: (repoPath: string) => boolean): InputFile[] {
  let commit = '';
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch (err) {
    // `--quiet` exits 1 with nothing on stderr for an unknown revision; other failures (not a repository) say why.
    if (!(err instanceof GitError) || !err.message.startsWith('Command failed')) throw err;
  }
  if (!commit) throw new GitError(`unknown revision ${ref}`);
  const paths = git(root, ['ls-tree', '-r', '-z', '--name-only', commit])
    .toString()
    .split('\0')
    .filter((p) => p && /\.xtap\.ya?ml$/.test(p) && select(p))
    .sort();
  if (paths.length === 0) return [];
  const out = git(root, ['cat-file', '--batch'], paths.map((p) => `${commit}:${p}`).join('\n') + '\n');
  const files: InputFile[] = [];
  let pos = 0;
  for (const p of paths) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString();
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) {
      pos = nl + 1;
      continue;
    }
    const size = Number(m[1]);
    files.push(decodeDeclaration(p, out.subarray(nl + 1, nl + 1 + size)));
    pos = nl + 1 + size + 1;
  }
  return files;
}
