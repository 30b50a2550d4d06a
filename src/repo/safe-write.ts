/**
 * Writing output files without following links (SPEC §5: outputs never follow a symlink). A pull request can commit
 * a link where a report, a baseline or an export is written (`results.sarif -> ~/.bashrc`, `out -> /etc`); every
 * write of xtap-lint goes through here: each component of the path, from the working directory (or the nearest
 * folder it shares with the path) down, must be a real folder, the file itself is opened with O_NOFOLLOW, and
 * missing folders are made one at a time and checked again.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CliError as PlainCliError } from './errors.js';
import { visible } from '../report/inert.js';

/** Messages name paths that may come from a pull request (a committed link's name): made inert. */
class CliError extends PlainCliError {
  constructor(message: string) {
    super(visible(message));
  }
}

export interface WriteOptions {
  /** The folder paths are relative to; components above what it shares with the path are the user's own. */
  cwd: string;
  /** How to name the path in a message (`--output results.sarif`). */
  what: string;
  /** Make missing folders (each checked after it is made). */
  createDirs?: boolean;
}

function under(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The components to check: from the deepest folder holding both `cwd` and the target, down to the target. */
function components(cwd: string, target: string): { anchor: string; parts: string[] } {
  let anchor = resolve(cwd);
  while (!under(anchor, target) && dirname(anchor) !== anchor) anchor = dirname(anchor);
  const rel = relative(anchor, target);
  return { anchor, parts: rel === '' ? [] : rel.split(sep) };
}

/**
 * Refuse a path that is a symbolic link or lies under one (one line, exit 2 in the CLI). `kind` says what the last
 * component must be when it exists. With `createDirs`, missing folders on the way are made.
 */
export function assertWritablePath(path: string, opts: WriteOptions & { kind?: 'file' | 'dir' }): string {
  const target = resolve(opts.cwd, path);
  const { anchor, parts } = components(opts.cwd, target);
  let cur = anchor;
  for (let i = 0; i < parts.length; i++) {
    cur = join(cur, parts[i]);
    const last = i === parts.length - 1;
    let st;
    try {
      st = lstatSync(cur);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot write ${opts.what}: ${(err as NodeJS.ErrnoException).code ?? 'error'} at ${relative(opts.cwd, cur) || cur}`);
      // Nothing below a missing component exists, so nothing there can be a link; make folders only when asked.
      if ((last && opts.kind !== 'dir') || !opts.createDirs) return target;
      try {
        mkdirSync(cur);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot write ${opts.what}: cannot make the folder ${relative(opts.cwd, cur) || cur} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      st = lstatSync(cur);
    }
    if (st.isSymbolicLink()) {
      throw new CliError(`refusing to write ${opts.what}: ${relative(opts.cwd, cur) || cur} is a symbolic link (outputs never follow links; remove the link or choose another path)`);
    }
    if (!last && !st.isDirectory()) throw new CliError(`cannot write ${opts.what}: ${relative(opts.cwd, cur) || cur} is not a folder`);
    if (last && opts.kind === 'dir' && !st.isDirectory()) throw new CliError(`cannot write ${opts.what}: ${relative(opts.cwd, cur) || cur} is not a folder`);
    if (last && opts.kind !== 'dir' && !st.isFile()) throw new CliError(`refusing to write ${opts.what}: ${relative(opts.cwd, cur) || cur} is not a regular file`);
  }
  return target;
}

/**
 * Write a file safely: the path checked (and its folders made with `createDirs`), then opened with O_NOFOLLOW (a
 * link put there after the check is not followed) and `exclusive` refusing an existing file. `data` may come in
 * pieces (strings written one after the other), so that a large report is never one string in memory.
 */
export function safeWriteFile(path: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions & { exclusive?: boolean }): void {
  const target = assertWritablePath(path, { ...opts, kind: 'file' });
  const flags = constants.O_WRONLY | constants.O_CREAT | (opts.exclusive ? constants.O_EXCL : constants.O_TRUNC) | (constants.O_NOFOLLOW ?? 0);
  let fd: number | undefined;
  try {
    fd = openSync(target, flags, 0o666);
    const pieces: Iterable<string | Uint8Array> = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    for (const piece of pieces) {
      const buf = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new CliError(`refusing to write ${opts.what}: it is a symbolic link (outputs never follow links)`);
    if (code === 'EEXIST') throw new CliError(`cannot write ${opts.what}: it exists`);
    throw new CliError(`cannot write ${opts.what}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message.split('\n')[0]}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Remove a file an earlier run wrote: never through a link (a link itself is refused, not removed or followed). */
export function safeRemoveFile(path: string, opts: WriteOptions): void {
  const target = assertWritablePath(path, { ...opts, kind: 'file' });
  try {
    unlinkSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot remove ${opts.what}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** `--output`/`-o` and the Action's `sarif-file`: missing folders are made (ESLint's -o does), links refused. */
export function writeOutputFile(cwd: string, path: string, text: string | Iterable<string>, what = path): void {
  safeWriteFile(path, text, { cwd, what, createDirs: true });
}
