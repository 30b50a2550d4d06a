/**
 * The configuration: `.xtap-lint.yaml` (preset, rules, files/ignore, overrides, limits) and `--rule` overrides,
 * and the severity every rule runs at for a given file. Pure: the CLI reads the file, this module judges it.
 */
import { globMatch, globProblem } from '../load/glob.js';
import { parseSource, position } from '../load/yaml.js';
import { validateConfigData } from '../validate/validate.js';
import { suggest } from '../validate/suggest.js';
import type { Preset, SeveritySetting } from '../types.js';
import type { PolicySpec } from '../engine/policies.js';
import { PRESETS, SEVERITY_SETTINGS } from '../types.js';

export interface Limits {
  /** Largest declaration file read, in bytes (default 10 MB). */
  maxFileBytes: number;
  /** Most declaration files read in one run. */
  maxFiles: number;
  /** Aliases one document may expand. */
  maxAliasCount: number;
  /** Deepest nesting of maps and sequences. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 20_000, maxAliasCount: 100, maxDepth: 64 };

export interface Override {
  files: string[];
  rules: Record<string, SeveritySetting>;
}

export interface Config {
  preset: Preset;
  rules: Record<string, SeveritySetting>;
  files: string[];
  ignore: string[];
  overrides: Override[];
  limits: Limits;
  /** Organization policies (SPEC §3.9), from this file and the files it extends; compiled by src/policies/compile.ts. */
  policies: PolicySpec[];
}

export const DEFAULT_FILES = ['**/*.xtap.yaml', '**/*.xtap.yml'];

export function defaultConfig(): Config {
  return { preset: 'recommended', rules: {}, files: [...DEFAULT_FILES], ignore: [], overrides: [], limits: { ...DEFAULT_LIMITS }, policies: [] };
}

export class ConfigError extends Error {}

/** One configuration file, parsed and validated against schemas/config.schema.json, before `extends` is followed. */
export interface ConfigLayer {
  /** The file's path as messages show it. */
  path: string;
  data: RawConfig;
}

/** A configuration file's data as the schema allows it. */
export interface RawConfig {
  extends?: string | string[];
  preset?: Preset;
  rules?: Record<string, SeveritySetting>;
  files?: string[];
  ignore?: string[];
  overrides?: Array<{ files: string[]; rules?: Record<string, SeveritySetting> }>;
  limits?: Partial<Limits>;
  policies?: Array<Omit<PolicySpec, 'source'>>;
}

/** Parse and validate one config file's text. Throws ConfigError with one line naming the problem. */
export function readConfigLayer(text: string, path: string): ConfigLayer {
  // The loader's parser: linear in the file (aliases counted, duplicate keys found with a Set, merge keys merged),
  // and its messages name the token kind and position, never the file's text.
  const parsed = parseSource(path, text);
  const file = parsed.file;
  if (parsed.problems.length) {
    const p = parsed.problems[0];
    const at = p.whole ? '' : ` at ${position(file, p.offset).line}:${position(file, p.offset).column}`;
    throw new ConfigError(`${path}: invalid YAML: ${p.message}${at}`);
  }
  const data: unknown = file.data ?? {};
  // Policies first, so that a problem in one names the policy.
  const policies = (data as { policies?: unknown } | null)?.policies;
  if (Array.isArray(policies)) {
    for (const [i, p] of policies.entries()) {
      const id = (p as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !POLICY_ID.test(id)) {
        throw new ConfigError(`${path}: policy #${i + 1} ${JSON.stringify(id.slice(0, 200))}: the id must be <prefix>/<name> in lower-case kebab-case, e.g. contoso/direct-connect-approved-only`);
      }
    }
  }
  const problems = validateConfigData(data);
  if (problems.length) throw new ConfigError(`${path}: ${problems[0]}`);
  const raw = (data ?? {}) as RawConfig;
  const ids = new Set<string>();
  for (const p of raw.policies ?? []) {
    if (ids.has(p.id)) throw new ConfigError(`${path}: policy ${JSON.stringify(p.id)} is declared twice`);
    ids.add(p.id);
  }
  return { path, data: raw };
}

/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export const POLICY_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** The `extends` entries of a layer, as a list. */
export function extendsOf(layer: ConfigLayer): string[] {
  const e = layer.data.extends;
  return e === undefined ? [] : typeof e === 'string' ? [e] : [...e];
}

/**
 * Merge configuration layers, the base first and the file itself last (ESLint's order): a later `preset`, `files`,
 * `ignore` replaces an earlier one; `rules` and `limits` merge key by key; `overrides` and `policies` add up, a later
 * policy replacing an earlier one of the same id. Rule ids are checked against the built-in rules and the policies.
 */
export function mergeConfigLayers(layers: readonly ConfigLayer[], knownRules: ReadonlySet<string>): Config {
  const config = defaultConfig();
  const policies = new Map<string, PolicySpec>();
  for (const { path, data: raw } of layers) {
    const globs: Array<[string, readonly string[]]> = [['files', raw.files ?? []], ['ignore', raw.ignore ?? []], ...(raw.overrides ?? []).map((o, i): [string, readonly string[]] => [`overrides[${i}].files`, o.files])];
    for (const [where, list] of globs) {
      for (const [i, g] of list.entries()) {
        const problem = globProblem(g);
        if (problem) throw new ConfigError(`${path}: ${where}[${i}]: the glob is refused: ${problem}`);
      }
    }
    if (raw.preset) config.preset = raw.preset;
    if (raw.rules) config.rules = { ...config.rules, ...raw.rules };
    if (raw.files) config.files = [...raw.files];
    if (raw.ignore) config.ignore = [...raw.ignore];
    if (raw.overrides) config.overrides.push(...raw.overrides.map((o) => ({ files: [...o.files], rules: { ...(o.rules ?? {}) } })));
    if (raw.limits) config.limits = { ...config.limits, ...raw.limits };
    for (const p of raw.policies ?? []) {
      policies.delete(p.id);
      policies.set(p.id, { ...p, source: path });
    }
  }
  config.policies = [...policies.values()];
  const last = layers.length ? layers[layers.length - 1].path : '.xtap-lint.yaml';
  const known = new Set([...knownRules, ...policies.keys()]);
  const unknown = [...Object.keys(config.rules), ...config.overrides.flatMap((o) => Object.keys(o.rules))].find((id) => !known.has(id));
  if (unknown) throw new ConfigError(`${last}: unknown rule "${unknown}"${didYouMean(unknown, known)} (run \`xtap-lint rules\` for the list)`);
  if (config.rules.syntax || config.overrides.some((o) => o.rules.syntax)) throw new ConfigError(`${last}: the rule "syntax" cannot be configured`);
  return config;
}

/** Parse and validate a config file's text (without following `extends`). Throws ConfigError with one line naming the problem. */
export function parseConfig(text: string, path: string, knownRules: ReadonlySet<string>): Config {
  return mergeConfigLayers([readConfigLayer(text, path)], knownRules);
}

function didYouMean(id: string, known: ReadonlySet<string>): string {
  const near = suggest(id, [...known]);
  return near ? `; did you mean "${near}"?` : '';
}

/** Parse `--rule id=severity`. Throws ConfigError on a bad value. */
export function parseRuleOption(value: string, knownRules: ReadonlySet<string>): [string, SeveritySetting] {
  const m = /^([a-z0-9-]+(?:\/[a-z0-9-]+)?)=(.+)$/.exec(value.trim());
  if (!m) throw new ConfigError(`--rule expects <rule-id>=<severity>, got "${value}"`);
  const [, id, sev] = m;
  if (!knownRules.has(id)) throw new ConfigError(`--rule: unknown rule "${id}"${didYouMean(id, knownRules)} (run \`xtap-lint rules\` for the list)`);
  if (id === 'syntax') throw new ConfigError('--rule: the rule "syntax" cannot be configured');
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) throw new ConfigError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')}, got "${sev}"`);
  return [id, sev as SeveritySetting];
}

export function isPreset(v: string): v is Preset {
  return (PRESETS as readonly string[]).includes(v);
}

/** The severity a rule is configured to, for a file; undefined when only the preset speaks. */
export function configuredSeverity(config: Config, cliRules: Readonly<Record<string, SeveritySetting>>, ruleId: string, filePath: string): SeveritySetting | undefined {
  let sev: SeveritySetting | undefined = config.rules[ruleId];
  for (const o of config.overrides) {
    if (o.rules[ruleId] !== undefined && o.files.some((g) => globMatch(filePath, g))) sev = o.rules[ruleId];
  }
  if (cliRules[ruleId] !== undefined) sev = cliRules[ruleId];
  return sev;
}

/** Whether a path is selected by the config's `files` and not excluded by `ignore`. */
export function configSelects(config: Config, path: string): boolean {
  return config.files.some((g) => globMatch(path, g)) && !config.ignore.some((g) => globMatch(path, g));
}
