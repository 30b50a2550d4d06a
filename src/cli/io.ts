import { createRequire } from 'node:module';

/** What a CLI command may touch of the process: injected so that tests run commands in-process. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /**
   * Standard input as bytes, so that `--stdin` can report binary or non-UTF-8 text as a file on disk would be. With
   * `maxBytes`, reading stops once more than that has come (`--stdin < /dev/zero` never ends): the result is then
   * longer than `maxBytes`, and the rest is left unread.
   */
  readStdinBytes?(maxBytes?: number): Promise<Uint8Array>;
  stdoutIsTTY: boolean;
  /** The terminal's width in columns when standard output is a terminal. */
  columns?: number;
  /** Ask a yes/no question on the terminal; absent where no terminal can answer (CI, pipes). */
  confirm?(question: string): Promise<boolean>;
}

/** A usage, configuration or internal problem: one line on stderr, exit code 2 (defined below the adapters). */
export { CliError } from '../repo/errors.js';

/** Whether the process's standard output or error has been written to (and so the stream exists). */
const written = { stdout: false, stderr: false };
/** Whether the reader of standard output or error went away (EPIPE: `xtap-lint | head`): what follows is dropped. */
const gone = { stdout: false, stderr: false };

/**
 * The first write to a stream gives it an error listener. A reader that went away (`xtap-lint | head -1`) is no error
 * of the run: the rest of the output is dropped and the process ends with the lint's own exit code, never with
 * Node's "Unhandled 'error' event" and its stack. Any other failure to write (a full disk) is one line on stderr and
 * exit 2: a report that was not written is never a pass.
 */
function writeTo(name: 'stdout' | 'stderr', text: string): void {
  if (gone[name]) return;
  const stream = process[name];
  if (!written[name]) {
    written[name] = true;
    stream.on('error', (err: NodeJS.ErrnoException) => streamFailed(name, err));
  }
  stream.write(text);
}

/** A stream that failed: a reader gone (EPIPE) drops what follows; anything else ends the run (writeFailed). */
function streamFailed(name: 'stdout' | 'stderr', err: NodeJS.ErrnoException): void {
  gone[name] = true;
  if (err.code !== 'EPIPE') writeFailed(name, err);
}

function writeFailed(name: 'stdout' | 'stderr', err: NodeJS.ErrnoException): never {
  if (name === 'stdout' && !gone.stderr) {
    try {
      process.stderr.write(`xtap-lint: cannot write the report to standard output (${err.code ?? 'error'})\n`);
    } catch {
      /* nowhere left to say it */
    }
  }
  process.exit(2);
}

/**
 * Called when the run is over. A write that failed at once (a file or device: the stream knows already, its 'error'
 * event comes later) ends the process with exit 2, as above. Then: whether everything written has reached the
 * operating system (or its reader went away). Writes to files, and on Linux to pipes and terminals, are synchronous;
 * elsewhere a pipe may still hold a queue, and then the process must end on its own rather than by process.exit(),
 * which would cut the output short.
 */
export function outputFlushed(): boolean {
  for (const name of ['stdout', 'stderr'] as const) {
    const err = written[name] && !gone[name] ? (process[name].errored as NodeJS.ErrnoException | null) : null;
    if (err) streamFailed(name, err);
  }
  const flushed = (name: 'stdout' | 'stderr') => !written[name] || gone[name] || process[name].writableLength === 0;
  return flushed('stdout') && flushed('stderr');
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => writeTo('stdout', t),
    stderr: (t) => writeTo('stderr', t),
    readStdin: async () => Buffer.from(await readAll()).toString('utf8'),
    readStdinBytes: (maxBytes) => readAll(maxBytes),
    // Asked only when colour is in question (not with --output or --no-color). node:tty, like process.stdout,
    // loads the stream and networking modules: a few milliseconds of start-up a run that writes a file does not need.
    get stdoutIsTTY() {
      return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(1);
    },
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    get confirm() {
      const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
      if (!tty.isatty(0) || !tty.isatty(1)) return undefined;
      return async (question: string): Promise<boolean> => {
        const readline = createRequire(import.meta.url)('node:readline/promises') as typeof import('node:readline/promises');
        const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
        try {
          return /^y(es)?$/i.test((await rl.question(question)).trim());
        } finally {
          rl.close();
        }
      };
    },
  };
}

async function readAll(maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
