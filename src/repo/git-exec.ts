/**
 * Running git, the one way every part of xtap-lint does it: argument lists (never a shell), NUL-separated output
 * where paths come back, `core.fsmonitor` off (a repository's own configuration must not start a program when we
 * only list or read files), and no search above the folder we name (GIT_CEILING_DIRECTORIES), so that a folder
 * with a stray `.git` never borrows the index of a repository around it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export class GitError extends Error {}

// Loaded when git is first needed: node:child_process brings the networking modules with it, a few milliseconds of
// start-up that a run that never spawns git does not pay.
const load = createRequire(import.meta.url);
let childProcess: typeof import('node:child_process') | undefined;

/**
 * Run `git -C <dir> <args>`; throws GitError with git's first line of stderr. `dir` is a repository's top level
 * (git looks no higher) unless `opts.search` lets git look upwards from it as usual.
 */
export function git(dir: string, args: readonly string[], input?: string | Buffer, opts: { search?: boolean } = {}): Buffer {
  try {
    childProcess ??= load('node:child_process') as typeof import('node:child_process');
    return childProcess.execFileSync('git', ['-c', 'core.fsmonitor=false', '-C', dir, ...args], {
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, ...(opts.search ? {} : { GIT_CEILING_DIRECTORIES: dirname(dir) }), GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    const code = (err as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed' : stderr || (err as Error).message.split('\n')[0]);
  }
}

/** Split NUL-separated git output into its (non-empty) items. */
export function splitNul(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter(Boolean);
}
