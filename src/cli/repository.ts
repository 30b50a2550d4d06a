/**
 * What every command does before its own work: parse its arguments (a bad option is one line on stderr, exit 2),
 * load the configuration, find the repository root, select the paths given, and read the declarations.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config/config.js';
import type { InputFile, SeveritySetting } from '../types.js';
import { CliError } from './io.js';
import type { Io } from './io.js';
import { findRepoRoot, listDeclarations, pathSelector, readDeclaration, UsageError } from './files.js';
import { loadConfig } from './commands/lint.js';
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

export interface Repository {
  root: string;
  config: Config;
  /** `--rule id=severity` overrides. */
  cliRules: Record<string, SeveritySetting>;
  /** Files (not folders) named among the paths, repository-relative. */
  explicitFiles: string[];
  /** Whether a repository path is under the paths given; undefined when no path was given and `defaultPath` is off. */
  select: ((repoPath: string) => boolean) | undefined;
  /** Every declaration file the configuration selects, repository-relative. */
  paths: string[];
}

/**
 * Load the configuration (`--config`, else `.xtap-lint.yaml` upwards) and list the repository's declarations.
 * With `defaultPath`, no path given means `.` (the working directory); otherwise it means no selection.
 */
export function openRepository(
  io: Io,
  values: { config?: string; preset?: string; rule?: string[] },
  positionals: readonly string[],
  opts: { defaultPath?: boolean; config?: Config } = {},
): Repository {
  // A configuration given as an object (the Action's, from the base commit) replaces the file lookup.
  const { config, cliRules } = opts.config ? { config: opts.config, cliRules: {} } : loadConfig(io, values);
  const root = findRepoRoot(io.cwd);
  let select: Repository['select'];
  let explicitFiles: string[] = [];
  const given = positionals.length ? positionals : opts.defaultPath ? ['.'] : [];
  if (given.length) {
    try {
      ({ select, explicitFiles } = pathSelector(root, io.cwd, given));
    } catch (err) {
      if (err instanceof UsageError) throw new CliError(err.message);
      throw err;
    }
  }
  return { root, config, cliRules, explicitFiles, select, paths: listDeclarations(root, config) };
}

/** Read declaration files (never throws: a file that cannot be read becomes a problem the engine reports). */
export function readDeclarations(dir: string, paths: readonly string[], config: Config): InputFile[] {
  return paths.map((p) => readDeclaration(dir, p, config.limits.maxFileBytes));
}
