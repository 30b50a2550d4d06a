/** `xtap-lint rules [id]`: the rule list, or one rule's documentation page. */
import { RULES, RULES_BY_ID } from '../../../rules/index.js';
import { docsUrl } from '../../engine/rule.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { ruleDoc } from '../package-info.js';
import { renderMarkdown } from '../render-markdown.js';

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout('Usage: xtap-lint rules [rule-id]\n\nList the rules, or show one rule\'s documentation.\n');
    return 0;
  }
  const option = args.find((a) => a.startsWith('-'));
  if (option) throw new CliError(`Unknown option '${option}' (see xtap-lint rules --help)`);
  if (args.length > 1) throw new CliError(`xtap-lint rules takes one rule id, got ${args.length} (see xtap-lint rules --help)`);
  const id = args[0];
  if (!id) {
    const w = Math.max(...RULES.map((r) => r.id.length));
    const sev = (r: (typeof RULES)[number], x: string) => (r.meta.variants && x !== 'off' ? r.meta.variants.join('/') : x);
    const cw = Math.max(11, ...RULES.map((r) => sev(r, r.meta.severity.recommended).length));
    const lines = [`${'Rule'.padEnd(w)}  ${'recommended'.padEnd(cw)}  ${'strict'.padEnd(cw)}  ${'all'.padEnd(cw)}  description`];
    for (const r of RULES) {
      const s = r.meta.severity;
      lines.push(`${r.id.padEnd(w)}  ${sev(r, s.recommended).padEnd(cw)}  ${sev(r, s.strict).padEnd(cw)}  ${sev(r, s.all).padEnd(cw)}  ${r.meta.description}`);
    }
    io.stdout(lines.join('\n') + '\n');
    return 0;
  }
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new CliError(`unknown rule "${id}" (run \`xtap-lint rules\` for the list)`);
  const doc = ruleDoc(id);
  io.stdout(doc ? renderMarkdown(doc, io.stdoutIsTTY && !io.env.NO_COLOR) : `${rule.id}: ${rule.meta.description}\n${docsUrl(rule.id)}\n`);
  return 0;
}
