/**
 * Linting a repository, shared by the CLI and the GitHub Action (both thin adapters around it): find the root from
 * the paths given, load the configuration, list and read the declaration files, read the base revision, run the
 * pure engine, and choose what is shown. The engine itself (src/engine) stays free of files, git and processes.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lintFiles, fileResult } from '../engine/lint.js';
import type { LintOptions } from '../engine/lint.js';
import { ConfigError, configSelects, defaultConfig, isPreset, parseRuleOption } from '../config/config.js';
import { loadConfigFile } from '../cli/config-files.js';
import { policyRules } from '../engine/policies.js';
import type { Rule } from '../engine/rule.js';
import type { Config } from '../config/config.js';
import { RULES } from '../../rules/index.js';
import type { FileResult, InputFile, SeveritySetting } from '../types.js';
import { CliError } from './errors.js';
import { visible } from '../report/inert.js';
import { decodeDeclaration, isDeclarationName, listFiles, NAMING_RULE, outsideRepo, readDeclarationFiles, toRepoPath, UsageError } from './files.js';
import type { RootInfo } from './files.js';
import { classifyTargets, commonRoot, targetMatcher, targetStart } from './targets.js';
import type { Target } from './targets.js';
import { GitError, NotACommit, readFilesAtRevision, UnknownRevision } from './git.js';
import { collectAfterPhase, youngGenerationCheckpoint } from './heap.js';

/** What linting a repository needs of the process (the CLI's Io and the Action's both have it). */
export interface RepoIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<string>;
  readStdinBytes?(maxBytes?: number): Promise<Uint8Array>;
}

export interface ConfigOptions {
  config?: string;
  preset?: string;
  rule?: string[];
}

/** The options of `lint` that linting a repository reads (the CLI's option object has them). */
export interface LintRepoOptions extends ConfigOptions {
  base?: string;
  stdin?: boolean;
  'stdin-filename'?: string;
  /** ESLint's `--no-error-on-unmatched-pattern`: a path or glob that matches nothing is no error. */
  'no-error-on-unmatched-pattern'?: boolean;
}

const KNOWN = new Set(RULES.map((r) => r.id));
const CONFIG_NAMES = ['.xtap-lint.yaml', '.xtap-lint.yml'];
const MAX_CONFIG_BYTES = 1024 * 1024;

function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof UsageError) throw new CliError(visible(err.message));
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  }
}

/**
 * `.xtap-lint.yaml` (or `.yml`): the nearest one from `start` upwards, never above the repository root (a
 * configuration outside the repository is not the repository's).
 */
export function findConfigFile(start: string, root?: string): string | undefined {
  let dir = resolve(start);
  const top = root ? resolve(root) : undefined;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      try {
        lstatSync(p);
        return p;
      } catch {
        /* not here */
      }
    }
    const parent = dirname(dir);
    if (dir === top || parent === dir) return undefined;
    if (top && outsideRepo(toRepoPath(top, parent))) return undefined;
    dir = parent;
  }
}

/** Read a configuration file: never through a link, at most 1 MB, one line on failure, no content quoted. */
function readConfigText(path: string, shown: string): string {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new CliError(`config file not found: ${shown}`);
  }
  if (st.isSymbolicLink()) throw new CliError(`config file ${shown} is a symbolic link: xtap-lint never reads its configuration through a link (replace the link with the file itself)`);
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const fst = fstatSync(fd);
    if (!fst.isFile()) throw new CliError(`config file ${shown} is not a regular file`);
    if (fst.size > MAX_CONFIG_BYTES) throw new CliError(`config file ${shown} is larger than ${MAX_CONFIG_BYTES} bytes`);
    const buf = Buffer.alloc(fst.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, null);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read config file ${shown}: ${code === 'ELOOP' ? 'it is a symbolic link' : code === 'EACCES' ? 'permission denied' : (code ?? 'error')}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The configuration in force: `--config <file>`, else `.xtap-lint.yaml` found upwards from `where.start` (the folder
 * of the paths given) up to the repository root; then `--preset` and `--rule`.
 */
export function loadConfig(
  io: Pick<RepoIo, 'cwd'>,
  values: ConfigOptions,
  where?: { start: string; root: string },
): { config: Config; cliRules: Record<string, SeveritySetting>; configPath?: string } {
  let config = defaultConfig();
  let configPath: string | undefined;
  if (values.config) configPath = resolve(io.cwd, values.config);
  else {
    const w = where ?? rootOf(io, []);
    configPath = findConfigFile(w.start, w.root);
  }
  if (configPath) {
    const shown = relative(io.cwd, configPath) || configPath;
    // Refused through a link, too large or unreadable before anything is parsed (nothing of it is ever quoted).
    readConfigText(configPath, visible(values.config ?? shown));
    config = usage(() => loadConfigFile(configPath as string, io.cwd, KNOWN));
  }
  if (values.preset !== undefined) {
    if (!isPreset(values.preset)) throw new CliError(`--preset must be one of recommended, strict, all, cisa, zero-trust; got "${values.preset}"`);
    config.preset = values.preset;
  }
  const cliRules: Record<string, SeveritySetting> = {};
  const known = config.policies.length ? new Set([...KNOWN, ...config.policies.map((p) => p.id)]) : KNOWN;
  for (const r of values.rule ?? []) {
    const [id, sev] = usage(() => parseRuleOption(r, known));
    cliRules[id] = sev;
  }
  const result: { config: Config; cliRules: Record<string, SeveritySetting>; configPath?: string } = { config, cliRules };
  if (configPath) result.configPath = configPath;
  return result;
}

/** The deepest folder that holds every start folder (all lie under one root). */
function commonFolder(dirs: readonly string[]): string {
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && outsideRepo(toRepoPath(common, d))) common = dirname(common);
  }
  return common;
}

/** The root and where to start looking for the configuration, for the paths given (none: the working directory). */
export function rootOf(io: Pick<RepoIo, 'cwd'>, given: readonly string[]): RootInfo & { start: string } {
  const { targets } = usage(() => classifyTargets(io.cwd, given.length ? given : ['.']));
  if (!targets.length) return { root: resolve(io.cwd), git: false, start: resolve(io.cwd) };
  const root = usage(() => commonRoot(targets));
  return { ...root, start: commonFolder(targets.map(targetStart)) };
}

export interface Repository {
  root: string;
  /** Whether git lists the files (a repository) or a walk does. */
  git: boolean;
  config: Config;
  /** `--rule id=severity` overrides. */
  cliRules: Record<string, SeveritySetting>;
  /** Files (not folders or globs) named among the paths, repository-relative. */
  explicitFiles: string[];
  /** Whether a repository path is under the paths given; undefined when no path was given and `defaultPath` is off. */
  select: ((repoPath: string) => boolean) | undefined;
  /** Every declaration file the configuration selects, repository-relative, sorted. */
  paths: string[];
  /** Every declaration file listed (git-ignored files, `.git`, `node_modules` and nested repositories left out). */
  listed: ReadonlySet<string>;
  /** The paths given that are folders or globs, with their test. */
  scopes: Array<{ given: string; kind: 'dir' | 'pattern'; match: (repoPath: string) => boolean }>;
  /** Paths given that match nothing (kept only with `--no-error-on-unmatched-pattern`). */
  unmatched: string[];
}

/**
 * Find the root from the paths given (SPEC §4.1), load the configuration and list the declarations. With
 * `defaultPath`, no path given means `.`; otherwise it means no selection. A path that does not exist (or a glob
 * that matches no folder) is a usage error unless `allowUnmatched`.
 */
export function openRepository(
  io: Pick<RepoIo, 'cwd'>,
  values: ConfigOptions,
  positionals: readonly string[],
  opts: { defaultPath?: boolean; allowUnmatched?: boolean; stdinFilename?: string; config?: Config } = {},
): Repository {
  let given = positionals.length ? [...positionals] : opts.defaultPath ? ['.'] : [];
  if (!positionals.length && opts.stdinFilename !== undefined) given = [dirname(resolve(io.cwd, opts.stdinFilename))];
  const { targets, unmatched } = usage(() => classifyTargets(io.cwd, given.length ? given : ['.']));
  if (unmatched.length && !opts.allowUnmatched) {
    const p = unmatched[0];
    throw new CliError(/[*?[\]{}]/.test(p) ? `no files match the pattern "${visible(p)}"` : `no such file or directory: ${visible(p)}`);
  }
  const noTargets = targets.length === 0;
  const rootInfo: RootInfo & { start: string } = noTargets ? { root: resolve(io.cwd), git: false, start: resolve(io.cwd) } : { ...usage(() => commonRoot(targets)), start: commonFolder(targets.map(targetStart)) };
  const { root } = rootInfo;
  // A configuration given as an object (the Action's, from the base commit) replaces the file lookup.
  const { config, cliRules } = opts.config ? { config: opts.config, cliRules: {} } : loadConfig(io, values, { start: rootInfo.start, root });
  if (noTargets) {
    return { root, git: false, config, cliRules, explicitFiles: [], select: () => false, paths: [], listed: new Set(), scopes: [], unmatched };
  }
  const listing = listFiles(root, { git: rootInfo.git });
  const paths = listing.all.filter((p) => configSelects(config, p));
  let select: Repository['select'];
  const explicitFiles: string[] = [];
  const scopes: Repository['scopes'] = [];
  if (given.length) {
    const matchers = targets.map((t: Target) => usage(() => targetMatcher(root, t)));
    select = (p) => matchers.some((m) => m(p));
    targets.forEach((t, i) => {
      if (t.kind === 'file') explicitFiles.push(toRepoPath(root, t.abs));
      else scopes.push({ given: t.given, kind: t.kind, match: matchers[i] });
    });
  }
  return { root, git: listing.git, config, cliRules, explicitFiles, select, paths, listed: new Set(listing.all), scopes, unmatched };
}

/** Read declaration files (never throws: a file that cannot be read becomes a problem the engine reports). */
export function readDeclarations(dir: string, paths: readonly string[], config: Config): InputFile[] {
  return readDeclarationFiles(dir, paths, config.limits.maxFileBytes);
}

/** The date of the run for date rules: `XTAP_LINT_NOW` (YYYY-MM-DD) when set, else today in UTC. */
export function runDate(io: Pick<RepoIo, 'env'>): string {
  const fixed = io.env.XTAP_LINT_NOW;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(fixed) && !Number.isNaN(Date.parse(`${fixed}T00:00:00Z`)) && new Date(`${fixed}T00:00:00Z`).toISOString().slice(0, 10) === fixed;
  if (!ok) throw new CliError(`XTAP_LINT_NOW must be a date written YYYY-MM-DD, got "${visible(fixed.slice(0, 40))}"`);
  return fixed;
}

/**
 * Compile the configuration's organization policies into rules. ajv's compiler is loaded only here, only when there
 * are policies (in dist/ it is a bundle of its own, dist/policies.cjs).
 */
export async function loadPolicies(config: Config): Promise<Rule[]> {
  const { compilePolicies, PolicyError } = await import('../policies/compile.js');
  try {
    return policyRules(compilePolicies(config.policies));
  } catch (err) {
    if (err instanceof PolicyError) throw new CliError(err.message);
    throw err;
  }
}

/** Everything a lint run produced, for the hooks (fix, baseline) and the Action. */
export interface LintRun {
  root: string;
  config: Config;
  cliRules: Record<string, SeveritySetting>;
  inputs: InputFile[];
  options: LintOptions;
  run: ReturnType<typeof lintFiles>;
  /** Repository paths whose findings are printed. */
  selected: Set<string>;
  notices: string[];
  /** Set by a hook to make the run exit 1 without an error finding (stale baseline entries). */
  fail?: boolean;
}

/** Why a file named explicitly is not linted (a note), or undefined when it is; a name that is no declaration's throws. */
function explicitFileNote(repo: Repository, f: string, shown: string): string | undefined {
  if (!isDeclarationName(basename(f))) {
    throw new CliError(`${shown} is not a declaration file: ${NAMING_RULE} (the paths given name such files or the folders that hold them)`);
  }
  const skipped = f.split('/').slice(0, -1).find((p) => p === '.git' || p === 'node_modules');
  if (skipped) return `${shown} was not linted: it is inside ${skipped}, which xtap-lint never reads`;
  if (!repo.listed.has(f)) {
    return repo.git ? `${shown} was not linted: git ignores it (or it lies in a linked folder or a nested repository)` : `${shown} was not linted: it lies in a linked folder or a nested repository`;
  }
  if (!repo.paths.includes(f)) return `${shown} was not linted: the configuration's \`files\` and \`ignore\` leave it out`;
  return undefined;
}

/**
 * Read the repository and run the engine. Shared by `lint` and the Action. `opts.config` is a configuration to use
 * instead of looking for the file (the Action passes the base commit's on a pull request). `opts.fixes: false`: the
 * run's fixes are not kept (nothing will apply them: LintOptions.fixes).
 */
export async function runLint(io: RepoIo, values: LintRepoOptions, positionals: string[], opts: { config?: Config; fixes?: boolean } = {}): Promise<LintRun> {
  const allowUnmatched = Boolean(values['no-error-on-unmatched-pattern']);
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new CliError('--stdin-filename needs --stdin');
  if (values.stdin && !values['stdin-filename']) throw new CliError('--stdin needs --stdin-filename <path>');
  if (values.base !== undefined && (values.base === '' || values.base.startsWith('-'))) throw new CliError(`--base expects a git revision, got "${values.base}"`);
  const repo = openRepository(io, values, positionals, {
    defaultPath: true,
    allowUnmatched,
    ...(values.stdin ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(opts.config ? { config: opts.config } : {}),
  });
  const { root, config, cliRules } = repo;
  const paths = new Set(repo.paths);
  const notices: string[] = [];
  // Names from the command line (pre-commit passes a pull request's file names): made inert in every message.
  const shownPath = (p: string) => visible(relative(io.cwd, join(root, ...p.split('/'))).split(sep).join('/') || p);
  for (const f of repo.explicitFiles) {
    const note = explicitFileNote(repo, f, shownPath(f));
    if (note) notices.push(note);
  }
  let stdinPath: string | undefined;
  let stdinInput: InputFile | undefined;
  if (values.stdin) {
    stdinPath = toRepoPath(root, resolve(io.cwd, values['stdin-filename'] as string));
    if (outsideRepo(stdinPath)) throw new CliError(`--stdin-filename is outside the repository root ${visible(root)}`);
    // At most limits.maxFileBytes, as for a file on disk: more is a located problem, and the rest is never read.
    const max = config.limits.maxFileBytes;
    const bytes = io.readStdinBytes ? await io.readStdinBytes(max) : undefined;
    stdinInput =
      bytes === undefined
        ? { path: stdinPath, text: await io.readStdin() }
        : bytes.length > max
          ? { path: stdinPath, problem: { kind: 'too-large', message: `more than ${max} bytes on standard input, over the limit of ${max} bytes (limits.maxFileBytes)` } }
          : decodeDeclaration(stdinPath, bytes);
    paths.add(stdinPath);
  }
  if (paths.size > config.limits.maxFiles) {
    throw new CliError(`found ${paths.size} declaration files, more than the limit of ${config.limits.maxFiles} (limits.maxFiles in .xtap-lint.yaml)`);
  }
  const selected = new Set<string>();
  for (const p of paths) if (stdinPath ? p === stdinPath : repo.select?.(p)) selected.add(p);
  // A folder or glob that selects no declaration is a usage error (ESLint's "no files matching"), not a silent pass.
  if (!values.stdin && !allowUnmatched) {
    for (const s of repo.scopes) {
      if ([...paths].some((p) => s.match(p))) continue;
      throw new CliError(s.kind === 'pattern' ? `no declaration files (*.xtap.yaml, *.xtap.yml) match the pattern "${visible(s.given)}"` : `no declaration files (*.xtap.yaml, *.xtap.yml) to lint in ${positionals.length ? visible(s.given) : 'the working directory'}`);
    }
  }
  const sorted = [...paths].sort();
  const onDisk = sorted.filter((p) => p !== stdinPath);
  const read = new Map(readDeclarationFiles(root, onDisk, config.limits.maxFileBytes, repo.git).map((i) => [i.path, i]));
  const inputs: InputFile[] = sorted.map((p) => (p === stdinPath && stdinInput ? stdinInput : (read.get(p) as InputFile)));
  const options: LintOptions = { config, cliRules, now: runDate(io), afterFile: youngGenerationCheckpoint, afterPhase: collectAfterPhase };
  if (opts.fixes === false) options.fixes = false;
  if (config.policies.length) options.policies = await loadPolicies(config);
  if (values.base !== undefined) {
    if (!repo.git) throw new CliError(`--base needs a git repository: ${visible(root)} is not in one`);
    try {
      // A base file whose content is the working tree's is that very input: not read from git, not parsed again.
      options.base = readFilesAtRevision(root, values.base, (p) => paths.has(p) || (isDeclarationName(basename(p)) && configSelects(config, p)), new Map(inputs.map((i) => [i.path, i])));
    } catch (err) {
      if (err instanceof NotACommit) throw new CliError(`--base: ${visible(err.message)} (a tree or a file, not a commit)`);
      if (err instanceof UnknownRevision) throw new CliError(`--base: ${visible(err.message)} (no branch, tag or commit has that name)`);
      if (!(err instanceof GitError)) throw err;
      notices.push(`the base revision ${visible(values.base)} cannot be read (${visible(err.message)}): change-aware rules were skipped`);
    }
  }
  const run = lintFiles(inputs, options);
  return { root, config, cliRules, inputs, options, run, selected, notices };
}

/**
 * Results as the user sees them, paths relative to the working directory, --quiet applied. A finding is shown when
 * its own file **or one of its related locations** is selected (SPEC §4.1), under its own file; findings left out
 * are counted in a notice added to `lr.notices`.
 */
export function visibleResults(io: Pick<RepoIo, 'cwd'>, lr: LintRun, quiet: boolean): { results: FileResult[]; repoPaths: Map<string, string>; leftOut: number } {
  const repoPaths = new Map<string, string>();
  const results: FileResult[] = [];
  let leftOut = 0;
  const touches = (f: { related?: Array<{ file: string }> }) => f.related?.some((r) => lr.selected.has(r.file)) ?? false;
  for (const r of lr.run.result.files) {
    const own = lr.selected.has(r.file);
    const keep = (f: { severity: string }) => !quiet || f.severity === 'error';
    const findings = (own ? r.findings : r.findings.filter(touches)).filter(keep);
    if (!own) leftOut += r.findings.filter(keep).length - findings.length;
    if (!own && findings.length === 0) continue;
    const suppressed = own ? r.suppressed : r.suppressed.filter(touches);
    const shown = relative(io.cwd, resolve(lr.root, ...r.file.split('/'))).split(sep).join('/');
    repoPaths.set(shown, r.file);
    results.push({ ...fileResult(shown, findings, suppressed), file: shown });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const note = `${leftOut} finding${leftOut === 1 ? '' : 's'} in files not named ${leftOut === 1 ? 'was' : 'were'} left out (lint the whole repository to see ${leftOut === 1 ? 'it' : 'them'})`;
  if (leftOut > 0 && !lr.notices.includes(note)) lr.notices.push(note);
  return { results, repoPaths, leftOut };
}

/** The text of each declaration file the run read, by repository path (SARIF fingerprints). */
export function lintSources(lr: LintRun): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of lr.inputs) if (i.text !== undefined) m.set(i.path, i.text);
  return m;
}
