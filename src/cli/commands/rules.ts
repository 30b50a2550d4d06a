/** `xtap-lint rules [id]`: the rule list, or one rule's documentation page; `--format json` for programs. */
import { RULES, RULES_BY_ID } from '../../../rules/index.js';
import { docsUrl } from '../../engine/rule.js';
import type { Rule } from '../../engine/rule.js';
import { RULE_PRESETS as PRESETS } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { ruleDoc } from '../package-info.js';
import { renderMarkdown } from '../render-markdown.js';
import { parseCommandArgs } from '../repository.js';
import { colorEnabled, terminalWidth } from '../terminal.js';
import { suggest } from '../../validate/suggest.js';
import { loadConfig } from '../../repo/lint-repo.js';
import { POLICIES_DOCS, policyDescription } from '../../engine/policies.js';
import type { PolicySpec } from '../../engine/policies.js';
import { visible } from '../../report/inert.js';
import { displayWidth, urlWords, words, wrap } from '../../report/text.js';

export const RULES_HELP = `Usage: xtap-lint rules [rule-id] [options]

List the rules with their severity in each preset (recommended, strict, all), or show one rule's documentation.

The organization policies the configuration declares (.xtap-lint.yaml and the files it extends) follow the
built-in rules, each with the file that declares it; \`xtap-lint rules <policy-id>\` shows one.

Options:
  -f, --format <name>   text (default) or json: every rule's id, severity per preset, category, description,
                        docsUrl and whether --fix repairs it (a policy: category policy, and its source file)
  -c, --config <file>   configuration file whose policies to list (default: .xtap-lint.yaml, found upward)
      --color, --no-color  force colour on or off (default: on in a terminal)
  -h, --help            show this help
`;

interface RulesOptions {
  format?: string;
  config?: string;
  color?: boolean;
  'no-color'?: boolean;
  help?: boolean;
}

/** A rule for `rules --format json`. */
export function ruleJson(r: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: r.id,
    severity: { recommended: r.meta.severity.recommended, strict: r.meta.severity.strict, all: r.meta.severity.all },
  };
  if (r.meta.variants) out.variants = [...r.meta.variants];
  out.category = r.meta.category;
  out.description = r.meta.description;
  out.docsUrl = docsUrl(r.id);
  out.fixable = Boolean(r.meta.fixable);
  return out;
}

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<RulesOptions>('rules', args, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    const near = suggest(format, ['text', 'json']);
    throw new CliError(`rules: unknown format "${visible(format)}"${near ? `; did you mean \`${near}\`?` : ''} (text or json)`);
  }
  if (positionals.length > 1) throw new CliError(`xtap-lint rules takes one rule id, got ${positionals.length} (see xtap-lint rules --help)`);
  const id = positionals[0];
  // The organization policies the configuration loads (no ajv: they are listed, not compiled).
  const policies = loadConfig(io, values.config === undefined ? {} : { config: values.config }).config.policies;
  let rule: Rule | undefined;
  let policy: PolicySpec | undefined;
  if (id !== undefined) {
    rule = RULES_BY_ID.get(id);
    policy = rule ? undefined : policies.find((p) => p.id === id);
    if (!rule && !policy) {
      const near = suggest(id, [...RULES.map((r) => r.id), ...policies.map((p) => p.id)]);
      throw new CliError(`unknown rule "${visible(id)}"${near ? `; did you mean "${near}"?` : ''} (run \`xtap-lint rules\` for the list)`);
    }
  }
  if (format === 'json') {
    const one = rule ? ruleJson(rule) : policy ? { ...policyJson(policy), ...(policy.where === undefined ? {} : { where: policy.where }), assert: policy.assert } : undefined;
    io.stdout(JSON.stringify(one ?? [...RULES.map(ruleJson), ...policies.map(policyJson)], null, 2) + '\n');
    return 0;
  }
  const color = colorEnabled(io, { color: values.color, noColor: values['no-color'] });
  const width = terminalWidth(io);
  if (policy) {
    io.stdout(policyPage(policy, width, color));
    return 0;
  }
  if (!rule) {
    io.stdout(ruleList(width, color, policies));
    return 0;
  }
  const doc = ruleDoc(rule.id);
  io.stdout(doc ? renderMarkdown(doc, color, width) : wrap(urlWords(`${rule.id}: ${rule.meta.description} ${docsUrl(rule.id)}`), width, '', '  ').join('\n') + '\n');
  return 0;
}

/**
 * The rule list: each rule's id and its severity in each preset on one line (a table when it fits the width, else
 * `recommended: …, strict: …, all: …` under the id), then its description, indented and wrapped, under it.
 */
export function ruleList(width: number, color: boolean, policies: readonly PolicySpec[] = []): string {
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[0m` : s);
  const sev = (r: Rule, x: string) => (r.meta.variants && x !== 'off' ? r.meta.variants.join('/') : x);
  const idWidth = Math.max(4, ...RULES.map((r) => r.id.length));
  const cw = Math.max(11, ...RULES.flatMap((r) => PRESETS.map((p) => sev(r, r.meta.severity[p]).length)));
  const table = idWidth + PRESETS.length * (2 + cw) <= width;
  const out: string[] = [];
  if (table) out.push(bold(['rule'.padEnd(idWidth), ...PRESETS.map((p) => p.padEnd(cw))].join('  ').trimEnd()), '');
  for (const r of RULES) {
    const s = PRESETS.map((p) => sev(r, r.meta.severity[p]));
    if (table) out.push((bold(r.id) + ' '.repeat(idWidth - displayWidth(r.id)) + '  ' + s.map((x) => x.padEnd(cw)).join('  ')).trimEnd());
    else out.push(...wrap(words(r.id, bold), width), ...wrap(words(PRESETS.map((p, k) => `${p}: ${s[k]}`).join(', ')), width, '    ', '    '));
    const fixable = r.meta.fixable ? ' (fixable with --fix)' : '';
    out.push(...wrap(words(r.meta.description + fixable), width, '    ', '    '));
  }
  if (policies.length) {
    // Organization policies (SPEC §3.9): the same severity in every preset; each names the file that declares it.
    out.push('', bold('Organization policies (from the configuration)'));
    for (const p of policies) {
      const sevs = PRESETS.map(() => p.severity.padEnd(cw)).join('  ');
      // An id longer than the column stands on its own line, its severities under the columns.
      if (table && p.id.length <= idWidth) out.push((bold(p.id) + ' '.repeat(idWidth - p.id.length) + '  ' + sevs).trimEnd());
      else if (table) out.push(bold(p.id), (' '.repeat(idWidth + 2) + sevs).trimEnd());
      else out.push(...wrap(words(p.id, bold), width), ...wrap(words(PRESETS.map((x) => `${x}: ${p.severity}`).join(', ')), width, '    ', '    '));
      out.push(...wrap(urlWords(`Policy from ${visible(p.source ?? '.xtap-lint.yaml')}: ${visible(policyDescription(p))}`), width, '    ', '    '));
    }
  }
  const counted = policies.length ? `${RULES.length} rules and ${policies.length} organization ${policies.length === 1 ? 'policy' : 'policies'}.` : `${RULES.length} rules.`;
  const page = policies.length ? "a rule's page or a policy's" : "a rule's page";
  out.push('', ...wrap(words(`${counted} \`xtap-lint rules <id>\` shows ${page}; \`--preset\` and \`--rule <id>=<severity>\` choose what runs.`), width));
  return out.join('\n') + '\n';
}

/** A policy for `rules --format json`: the shape of a rule's, with `category: policy` and the file that declares it. */
function policyJson(p: PolicySpec): Record<string, unknown> {
  return {
    id: p.id,
    severity: { recommended: p.severity, strict: p.severity, all: p.severity },
    category: 'policy',
    description: policyDescription(p),
    docsUrl: p.docs ?? POLICIES_DOCS,
    fixable: false,
    source: p.source ?? '.xtap-lint.yaml',
  };
}

/**
 * `xtap-lint rules <policy-id>`: what the policy reports, its severity and source, the levels it applies to (`where`)
 * and what it asserts, as JSON, and its documentation URL. Everything but the labels comes from a configuration
 * file: printed through visible().
 */
export function policyPage(p: PolicySpec, width: number, color: boolean): string {
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[0m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[0m` : s);
  const json = (v: unknown) => JSON.stringify(v, null, 2).split('\n').map((l) => `    ${visible(l)}`);
  const out: string[] = [bold(p.id), ''];
  out.push(...wrap(urlWords(`Organization policy · Severity: ${p.severity} (every preset) · Declared in: ${visible(p.source ?? '.xtap-lint.yaml')}`), width, dim('│ '), dim('│ ')), '');
  out.push(...wrap(urlWords(visible(policyDescription(p))), width), '');
  if (p.where === undefined) out.push(...wrap(words('Applies to: every level (the default and every partner of every tenant).'), width));
  else out.push(...wrap(words('Applies to: the levels whose effective view matches `where`:'), width), ...json(p.where));
  out.push('', ...wrap(words('Asserts: each level it applies to must match `assert`:'), width), ...json(p.assert), '');
  out.push(...wrap(words(p.docs ? 'Documentation:' : 'How organization policies work, and the effective view they read:'), width), ...wrap(urlWords(visible(p.docs ?? POLICIES_DOCS)), width));
  return out.join('\n') + '\n';
}
