/**
 * Writing output files without following links (SPEC §5: outputs never follow a symlink). A pull request can commit
 * a link where a report, a baseline or an export is written (`results.sarif -> ~/.bashrc`, `out -> /etc`); every
 * write of xtap-lint goes through here: each component of the path, from the working directory (or the nearest
 * folder it shares with the path) down, must be a real folder, the file itself is opened with O_NOFOLLOW, and
 * missing folders are made one at a time and checked again.
 */
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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

/** The longest piece (in UTF-16 code units) encoded into the reused buffer. */
const SCRATCH_UNITS = 256 * 1024;

/**
 * Write a file safely: the path checked (and its folders made with `createDirs`), then written whole or not at all.
 * The bytes go to a new temporary file beside the target (created exclusively, O_NOFOLLOW), which is renamed over
 * the target only once every piece is written: a full disk, a failed write or a piece that throws leaves the old file
 * as it was (or no file) and no temporary file behind. A rename replaces a link put at the target after the check
 * rather than following it, and an existing file keeps its permission bits. With `exclusive`, an existing file is
 * refused (O_EXCL) and a file left incomplete by a failure is removed. `data` may come in pieces (strings written one
 * after the other), so that a large report is never one string in memory.
 */
export function safeWriteFile(path: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions & { exclusive?: boolean }): void {
  const target = assertWritablePath(path, { ...opts, kind: 'file' });
  const nofollow = constants.O_NOFOLLOW ?? 0;
  // Written in place only when the file must be new; else into a temporary file renamed over the target. Its name
  // holds nothing of the target's: a name near the 255-byte limit (a declaration's, chosen by whoever wrote it) would
  // make one too long to create.
  let temp = opts.exclusive ? undefined : join(dirname(target), `.xtap-lint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | nofollow;
  let fd: number | undefined;
  let created: string | undefined;
  try {
    try {
      fd = openSync(temp ?? target, flags, 0o666);
      created = temp ?? target;
    } catch (err) {
      // A folder no file may be made in, holding a file that may be written: that file is written in place (not
      // whole-or-nothing, as there is nowhere to put a temporary file), never created and never through a link.
      const code = (err as NodeJS.ErrnoException).code;
      if (temp === undefined || (code !== 'EACCES' && code !== 'EPERM') || !lstatSync(target, { throwIfNoEntry: false })?.isFile()) throw err;
      temp = undefined;
      fd = openSync(target, constants.O_WRONLY | constants.O_TRUNC | nofollow);
    }
    // The existing file's permission bits carry over (a private report stays private).
    const old = temp === undefined ? undefined : lstatSync(target, { throwIfNoEntry: false });
    if (old?.isFile()) fchmodSync(fd, old.mode & 0o7777);
    const pieces: Iterable<string | Uint8Array> = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    // Pieces of a report (tens of kilobytes each) are encoded into one reused buffer rather than a new one each: at
    // 50,000 partners a SARIF log is 20 MB written in ~300 pieces. UTF-8 takes at most 3 bytes per UTF-16 code unit.
    let scratch: Buffer | undefined;
    for (const piece of pieces) {
      let buf: Uint8Array;
      if (typeof piece !== 'string') buf = piece;
      else if (piece.length > SCRATCH_UNITS) buf = Buffer.from(piece, 'utf8');
      else {
        if (!scratch || scratch.length < 3 * piece.length) scratch = Buffer.allocUnsafe(Math.max(3 * piece.length, 3 * 65536));
        buf = scratch.subarray(0, scratch.write(piece, 0, 'utf8'));
      }
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    }
    closeSync(fd);
    fd = undefined;
    if (temp !== undefined) renameSync(temp, target);
    created = undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new CliError(`refusing to write ${opts.what}: it is a symbolic link (outputs never follow links)`);
    if (code === 'EEXIST' && temp === undefined) throw new CliError(`cannot write ${opts.what}: it exists`);
    if (code === 'ENOSPC') throw new CliError(`cannot write ${opts.what}: no space left on the device (nothing was written)`);
    throw new CliError(`cannot write ${opts.what}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message.split('\n')[0]}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
    // What a failure left is removed: the temporary file, or the new file an exclusive write began.
    if (created !== undefined) {
      try {
        unlinkSync(created);
      } catch {
        /* already gone */
      }
    }
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
