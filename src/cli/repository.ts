/**
 * What every command does before its own work: parse its arguments (a bad option is one line on stderr, exit 2).
 * Finding the root, loading the configuration and reading the declarations live in src/repo/lint-repo.ts, shared
 * with the Action; re-exported here for the commands.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError } from './io.js';
import { suggest } from '../validate/suggest.js';
import { visible } from '../report/inert.js';

/** Options whose value is a number, so that a negative one may follow as a separate argument. */
const NUMERIC_OPTIONS: ReadonlySet<string> = new Set(['max-warnings']);

/** `parseArgs` for a command, strict; a bad option or argument names the command's help. */
export function parseCommandArgs<V>(
  command: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  opts: { positionals?: boolean } = {},
): { values: V; positionals: string[] } {
  // `--max-warnings -1`: node's parseArgs takes a value that starts with `-` for an option and refuses it as
  // ambiguous; a negative number after an option that takes a number is that option's value. Other options keep
  // refusing it (`--output -1` is more likely a mistake than a file name), and nothing after `--` is touched.
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const name = /^--([^=]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    if (name !== undefined && NUMERIC_OPTIONS.has(name) && options[name]?.type === 'string' && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else joined.push(args[i]);
  }
  try {
    const { values, positionals } = parseArgs({ args: joined, allowPositionals: opts.positionals ?? true, strict: true, options });
    return { values: values as V, positionals };
  } catch (err) {
    const unknown = unknownOption(err);
    const what = unknown !== undefined ? `Unknown option '${visible(unknown)}'${didYouMean(unknown, options)}` : (err as Error).message.split('\n')[0];
    throw new CliError(`${what} (see xtap-lint ${command ? `${command} ` : ''}--help)`);
  }
}

/** The option node's parseArgs refused as unknown, if that was the error. */
function unknownOption(err: unknown): string | undefined {
  if ((err as { code?: unknown }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  return /Unknown option '([^']*)'/.exec((err as Error).message)?.[1];
}

/** `; did you mean `--max-warnings`?` for an unknown option close to a known one (ESLint, git). */
function didYouMean(given: string, options: NonNullable<ParseArgsConfig['options']>): string {
  // A one-letter option is too short to guess from.
  if (!given.startsWith('--')) return '';
  const near = suggest(given.split('=')[0], Object.keys(options).map((name) => `--${name}`));
  return near ? `; did you mean \`${near}\`?` : '';
}

export { openRepository, readDeclarations } from '../repo/lint-repo.js';
export type { Repository } from '../repo/lint-repo.js';
