/** `xtap-lint [lint] [paths…]`: the CLI adapter around the engine. */
import { writeFileSync, existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { lintFiles } from '../../engine/lint.js';
import type { LintOptions } from '../../engine/lint.js';
import { ConfigError, defaultConfig, isPreset, parseRuleOption, configuredSeverity } from '../../config/config.js';
import { loadConfigFile } from '../config-files.js';
import type { Config } from '../../config/config.js';
import { RULES, RULES_BY_ID } from '../../../rules/index.js';
import { FORMAT_NAMES, loadFormatter } from '../../report/index.js';
import type { FileResult, InputFile, SeveritySetting } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { decodeDeclaration, findConfigFile, outsideRepo, readsDeclaration, readDeclaration, toRepoPath } from '../files.js';
import { openRepository, parseCommandArgs } from '../repository.js';
import { GitError, readFilesAtRevision } from '../git.js';
import { packageVersion } from '../package-info.js';
import { LINT_HOOKS } from './lint-hooks.js';
import { policyRules } from '../../engine/policies.js';
import type { Rule } from '../../engine/rule.js';
import { colorEnabled, terminalWidth } from '../terminal.js';
import { suggest } from '../../validate/suggest.js';
import { visible } from '../../report/inert.js';

export const LINT_HELP = `Usage: xtap-lint [lint] [paths...] [options]

Lint Microsoft Entra cross-tenant access declarations (*.xtap.yaml). Every declaration file under the repository
root is read (rules span files); the paths choose whose findings are printed (default: .).

Options:
  -f, --format <name>        stylish (default; github when GITHUB_ACTIONS=true), compact, json, sarif, github,
                             junit, markdown
  -o, --output <file>        write the report to a file instead of stdout
  -c, --config <file>        configuration file (default: .xtap-lint.yaml found upwards)
      --preset <name>        recommended (default), strict, all
      --rule <id>=<sev>      set a rule's severity (error, warning, info, off); repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only
      --base <git-ref>       compare with a base revision (change-aware rules)
      --fix                  apply safe fixes to the files
      --fix-dry-run          print the fixes as a unified diff, change nothing
      --baseline <file>      suppress the findings counted in a baseline file
      --baseline-write <file>  write the current findings as a baseline
      --color, --no-color    force colour on or off (default: on in a terminal; FORCE_COLOR, NO_COLOR)
      --print-config         print the configuration in effect and exit
      --stdin                read one file's text from standard input
      --stdin-filename <p>   the path of the text read with --stdin
  -h, --help                 show this help
  -v, --version              show the version

Stylish output is wrapped to the terminal's width (80 when not a terminal; COLUMNS sets another).

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors, too many warnings or a stale baseline,
2 bad usage, bad configuration or an internal error.
`;

export interface LintCliOptions {
  format?: string;
  output?: string;
  config?: string;
  preset?: string;
  rule?: string[];
  'max-warnings'?: string;
  quiet?: boolean;
  base?: string;
  fix?: boolean;
  'fix-dry-run'?: boolean;
  baseline?: string;
  'baseline-write'?: string;
  'no-color'?: boolean;
  color?: boolean;
  'print-config'?: boolean;
  stdin?: boolean;
  'stdin-filename'?: string;
  help?: boolean;
  version?: boolean;
}

export function parseLintArgs(args: string[]): { values: LintCliOptions; positionals: string[] } {
  return parseCommandArgs<LintCliOptions>('', args, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    preset: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    base: { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    baseline: { type: 'string' },
    'baseline-write': { type: 'string' },
    'no-color': { type: 'boolean' },
    color: { type: 'boolean' },
    'print-config': { type: 'boolean' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
}

const KNOWN = new Set(RULES.map((r) => r.id));

/** Load the configuration the way `lint` does: --config, else .xtap-lint.yaml upwards, then --preset and --rule. */
export function loadConfig(io: Io, values: Pick<LintCliOptions, 'config' | 'preset' | 'rule'>): { config: Config; cliRules: Record<string, SeveritySetting>; configPath?: string } {
  let config = defaultConfig();
  let configPath: string | undefined;
  if (values.config) {
    configPath = resolve(io.cwd, values.config);
    if (!existsSync(configPath)) throw new CliError(`config file not found: ${values.config}`);
  } else configPath = findConfigFile(io.cwd);
  if (configPath) {
    try {
      config = loadConfigFile(configPath, io.cwd, KNOWN);
    } catch (err) {
      if (err instanceof ConfigError) throw new CliError(err.message);
      throw err;
    }
  }
  if (values.preset !== undefined) {
    if (!isPreset(values.preset)) throw new CliError(`--preset must be one of recommended, strict, all; got "${values.preset}"`);
    config.preset = values.preset;
  }
  const cliRules: Record<string, SeveritySetting> = {};
  const known = config.policies.length ? new Set([...KNOWN, ...config.policies.map((p) => p.id)]) : KNOWN;
  for (const r of values.rule ?? []) {
    try {
      const [id, sev] = parseRuleOption(r, known);
      cliRules[id] = sev;
    } catch (err) {
      if (err instanceof ConfigError) throw new CliError(err.message);
      throw err;
    }
  }
  const result: { config: Config; cliRules: Record<string, SeveritySetting>; configPath?: string } = { config, cliRules };
  if (configPath) result.configPath = configPath;
  return result;
}

/** The date of the run for date rules: `XTAP_LINT_NOW` (YYYY-MM-DD) when set, else today in UTC. */
export function runDate(io: Pick<Io, 'env'>): string {
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
  const { compilePolicies, PolicyError } = await import('../../policies/compile.js');
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

/**
 * Read the repository and run the engine. Shared by `lint` and the Action. `opts.config` is a configuration to use
 * instead of looking for the file (the Action passes the base commit's on a pull request).
 */
export async function runLint(io: Io, values: LintCliOptions, positionals: string[], opts: { config?: Config } = {}): Promise<LintRun> {
  const repo = openRepository(io, values, positionals, opts.config ? { defaultPath: true, config: opts.config } : { defaultPath: true });
  const { root, config, cliRules } = repo;
  const paths = new Set(repo.paths);
  const notices: string[] = [];
  // A named file is read only when the configuration selects it (`files`, `ignore`): pre-commit names every changed file.
  for (const f of repo.explicitFiles) {
    if (readsDeclaration(config, f)) paths.add(f);
    else notices.push(`${f} was not linted: it is not a declaration file (*.xtap.yaml, *.xtap.yml) that the configuration's \`files\` and \`ignore\` select`);
  }
  let stdinPath: string | undefined;
  let stdinInput: InputFile | undefined;
  if (values.stdin) {
    if (!values['stdin-filename']) throw new CliError('--stdin needs --stdin-filename <path>');
    stdinPath = toRepoPath(root, resolve(io.cwd, values['stdin-filename']));
    if (outsideRepo(stdinPath)) throw new CliError(`--stdin-filename is outside the repository root ${root}`);
    stdinInput = io.readStdinBytes ? decodeDeclaration(stdinPath, await io.readStdinBytes()) : { path: stdinPath, text: await io.readStdin() };
    paths.add(stdinPath);
  } else if (values['stdin-filename']) throw new CliError('--stdin-filename needs --stdin');
  if (paths.size > config.limits.maxFiles) {
    throw new CliError(`found ${paths.size} declaration files, more than the limit of ${config.limits.maxFiles} (limits.maxFiles in .xtap-lint.yaml)`);
  }
  const selected = new Set<string>();
  for (const p of paths) if (stdinPath ? p === stdinPath : repo.select?.(p)) selected.add(p);
  // Naming only folders without a declaration is a usage error, not a silent pass (files named explicitly get a note).
  if (selected.size === 0 && repo.explicitFiles.length === 0) {
    throw new CliError(`no declaration files (*.xtap.yaml, *.xtap.yml) to lint in ${positionals.length ? positionals.join(', ') : 'the working directory'}`);
  }
  const inputs: InputFile[] = [...paths].sort().map((p) => (p === stdinPath && stdinInput ? stdinInput : readDeclaration(root, p, config.limits.maxFileBytes)));
  const options: LintOptions = { config, cliRules, now: runDate(io) };
  if (config.policies.length) options.policies = await loadPolicies(config);
  if (values.base) {
    try {
      options.base = readFilesAtRevision(root, values.base, (p) => paths.has(p) || /\.xtap\.ya?ml$/.test(p));
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      notices.push(`the base revision ${values.base} cannot be read (${err.message}): change-aware rules were skipped`);
    }
  }
  const run = lintFiles(inputs, options);
  return { root, config, cliRules, inputs, options, run, selected, notices };
}

/** Results as the user sees them: selected files, paths relative to the working directory, --quiet applied. */
export function visibleResults(io: Io, lr: LintRun, quiet: boolean): { results: FileResult[]; repoPaths: Map<string, string> } {
  const repoPaths = new Map<string, string>();
  const results: FileResult[] = [];
  for (const r of lr.run.result.files) {
    if (!lr.selected.has(r.file)) continue;
    const shown = relative(io.cwd, resolve(lr.root, ...r.file.split('/'))).split(sep).join('/');
    repoPaths.set(shown, r.file);
    const findings = quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
    results.push({
      ...r,
      file: shown,
      findings,
      warningCount: quiet ? 0 : r.warningCount,
      infoCount: quiet ? 0 : r.infoCount,
      fixableWarningCount: quiet ? 0 : r.fixableWarningCount,
    });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { results, repoPaths };
}

/** The text of each declaration file the run read, by repository path (SARIF fingerprints). */
export function lintSources(lr: LintRun): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of lr.inputs) if (i.text !== undefined) m.set(i.path, i.text);
  return m;
}

export function chooseFormat(io: Io, format: string | undefined): string {
  const name = format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!FORMAT_NAMES.includes(name)) {
    const near = suggest(name, FORMAT_NAMES);
    throw new CliError(`unknown format "${visible(name)}"${near ? `; did you mean \`${near}\`?` : ''} (one of ${FORMAT_NAMES.join(', ')})`);
  }
  return name;
}

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseLintArgs(args);
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(packageVersion() + '\n');
    return 0;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^-?\d+$/.test(values['max-warnings'])) throw new CliError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  const format = chooseFormat(io, values.format);
  if (values['print-config']) {
    const { config, cliRules } = loadConfig(io, values);
    const rules: Record<string, SeveritySetting> = {};
    for (const r of RULES) rules[r.id] = configuredSeverity(config, cliRules, r.id, '') ?? r.meta.severity[config.preset];
    for (const p of config.policies) rules[p.id] = configuredSeverity(config, cliRules, p.id, '') ?? p.severity;
    const printed: Record<string, unknown> = { preset: config.preset, rules, files: config.files, ignore: config.ignore, overrides: config.overrides, limits: config.limits };
    if (config.policies.length) printed.policies = config.policies;
    io.stdout(JSON.stringify(printed, null, 2) + '\n');
    return 0;
  }
  const lr = await runLint(io, values, positionals);
  for (const hook of LINT_HOOKS) {
    const code = await hook(io, values, lr);
    if (code !== undefined) return code;
  }
  const { results, repoPaths } = visibleResults(io, lr, Boolean(values.quiet));
  const color = format === 'stylish' && colorEnabled(io, { color: values.color, noColor: values['no-color'], toFile: values.output !== undefined });
  const shown = (p: string) => relative(io.cwd, resolve(lr.root, ...p.split('/'))).split(sep).join('/');
  const formatter = await loadFormatter(format);
  if (!formatter) throw new CliError(`unknown format "${visible(format)}"`);
  const text = formatter({
    results,
    rules: lr.options.policies?.length ? [...RULES, ...lr.options.policies] : RULES,
    color,
    version: packageVersion(),
    repoPaths,
    notices: lr.notices,
    sources: lintSources(lr),
    displayPath: shown,
    model: lr.run.model,
    ...(lr.options.now ? { now: lr.options.now } : {}),
    ...(format === 'stylish' ? { width: terminalWidth(io) } : {}),
  });
  if (values.output) {
    try {
      writeFileSync(resolve(io.cwd, values.output), text);
    } catch (err) {
      throw new CliError(`cannot write ${values.output}: ${(err as Error).message}`);
    }
  } else io.stdout(text);
  if (format !== 'stylish' && format !== 'github') for (const n of lr.notices) io.stderr(`note: ${visible(n)}\n`);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
  // ESLint's line, on stderr so that a machine-readable report on stdout stays whole.
  if (tooManyWarnings) io.stderr(`xtap-lint found too many warnings (maximum: ${maxWarnings}).\n`);
  return errors > 0 || lr.fail || tooManyWarnings ? 1 : 0;
}

export { RULES_BY_ID };
