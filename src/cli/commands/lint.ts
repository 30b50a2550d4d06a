/** `xtap-lint [lint] [paths…]`: the CLI adapter around the engine. */
import { configuredSeverity } from '../../config/config.js';
import { RULES, RULES_BY_ID } from '../../../rules/index.js';
import { relative, resolve, sep } from 'node:path';
import { CHUNKED_FORMATTERS, FORMAT_NAMES, loadFormatter } from '../../report/index.js';
import type { FormatContext } from '../../report/index.js';
import type { SeveritySetting } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { parseCommandArgs } from '../repository.js';
import { loadConfig, rootOf, runLint, visibleResults, lintSources } from '../../repo/lint-repo.js';
import { writeOutputFile } from '../../repo/safe-write.js';
import { packageVersion } from '../package-info.js';
import { LINT_HOOKS } from './lint-hooks.js';
import { presetSeverity } from '../../engine/rule.js';
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
      --preset <name>        recommended (default), strict, all; cisa, zero-trust (the rules mapped to
                             that framework's checks: docs/compliance.md)
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
      --no-error-on-unmatched-pattern
                             a path or quoted glob that matches nothing is no error
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
  'no-error-on-unmatched-pattern'?: boolean;
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
    'no-error-on-unmatched-pattern': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
}

// Linting a repository (root, configuration, files, base revision, engine, what is shown) is shared with the
// Action: src/repo/lint-repo.ts. Re-exported here for the hooks and older imports.
export { loadConfig, runLint, visibleResults, lintSources, runDate, loadPolicies } from '../../repo/lint-repo.js';
export type { LintRun } from '../../repo/lint-repo.js';

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
    const { config, cliRules } = loadConfig(io, values, rootOf(io, positionals));
    const rules: Record<string, SeveritySetting> = {};
    for (const r of RULES) rules[r.id] = configuredSeverity(config, cliRules, r.id, '') ?? presetSeverity(r, config.preset);
    for (const p of config.policies) rules[p.id] = configuredSeverity(config, cliRules, p.id, '') ?? p.severity;
    const printed: Record<string, unknown> = { preset: config.preset, rules, files: config.files, ignore: config.ignore, overrides: config.overrides, limits: config.limits };
    if (config.policies.length) printed.policies = config.policies;
    io.stdout(JSON.stringify(printed, null, 2) + '\n');
    return 0;
  }
  // Only --fix and --fix-dry-run apply the fixes: any other lint lets them go (LintOptions.fixes).
  const lr = await runLint(io, values, positionals, { fixes: Boolean(values.fix || values['fix-dry-run']) });
  for (const hook of LINT_HOOKS) {
    const code = await hook(io, values, lr);
    if (code !== undefined) return code;
  }
  const { results, repoPaths } = visibleResults(io, lr, Boolean(values.quiet));
  const color = format === 'stylish' && colorEnabled(io, { color: values.color, noColor: values['no-color'], toFile: values.output !== undefined });
  const shown = (p: string) => relative(io.cwd, resolve(lr.root, ...p.split('/'))).split(sep).join('/');
  const formatter = await loadFormatter(format);
  if (!formatter) throw new CliError(`unknown format "${visible(format)}"`);
  const ctx: FormatContext = {
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
  };
  // A format that comes in pieces is written to a file piece by piece: the same bytes, never the whole report in memory.
  const chunked = Object.hasOwn(CHUNKED_FORMATTERS, format) ? CHUNKED_FORMATTERS[format] : undefined;
  if (values.output) writeOutputFile(io.cwd, values.output, chunked ? chunked(ctx) : formatter(ctx), `--output ${visible(values.output)}`);
  else io.stdout(formatter(ctx));
  if (format !== 'stylish' && format !== 'github') for (const n of lr.notices) io.stderr(`note: ${visible(n)}\n`);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
  // ESLint's line, on stderr so that a machine-readable report on stdout stays whole.
  if (tooManyWarnings) io.stderr(`xtap-lint found too many warnings (maximum: ${maxWarnings}).\n`);
  return errors > 0 || lr.fail || tooManyWarnings ? 1 : 0;
}

export { RULES_BY_ID };
