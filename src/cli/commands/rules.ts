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
import { visible } from '../../report/inert.js';
import { displayWidth, urlWords, words, wrap } from '../../report/text.js';

export const RULES_HELP = `Usage: xtap-lint rules [rule-id] [options]

List the rules with their severity in each preset (recommended, strict, all), or show one rule's documentation.

Options:
  -f, --format <name>   text (default) or json: every rule's id, severity per preset, category, description,
                        docsUrl and whether --fix repairs it
      --color, --no-color  force colour on or off (default: on in a terminal)
  -h, --help            show this help
`;

interface RulesOptions {
  format?: string;
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
  let rule: Rule | undefined;
  if (id !== undefined) {
    rule = RULES_BY_ID.get(id);
    if (!rule) {
      const near = suggest(id, RULES.map((r) => r.id));
      throw new CliError(`unknown rule "${visible(id)}"${near ? `; did you mean "${near}"?` : ''} (run \`xtap-lint rules\` for the list)`);
    }
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(rule ? ruleJson(rule) : RULES.map(ruleJson), null, 2) + '\n');
    return 0;
  }
  const color = colorEnabled(io, { color: values.color, noColor: values['no-color'] });
  const width = terminalWidth(io);
  if (!rule) {
    io.stdout(ruleList(width, color));
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
export function ruleList(width: number, color: boolean): string {
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
  out.push('', ...wrap(words(`${RULES.length} rules. \`xtap-lint rules <id>\` shows a rule's page; \`--preset\` and \`--rule <id>=<severity>\` choose what runs.`), width));
  return out.join('\n') + '\n';
}
