/** `xtap-lint explain`: allowed or blocked, and the chain of settings that decided it (a thin adapter). */
import { buildModel } from '../../engine/lint.js';
import { explainAccess, ExplainError, renderExplanation, resolveApp } from '../../intel/explain.js';
import type { ExplainDirection, ExplainKind, ExplainQuery } from '../../intel/explain.js';
import { isGuid } from '../../resolve/knowledge.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { openRepository, parseCommandArgs, readDeclarations } from '../repository.js';
import { terminalWidth } from '../terminal.js';
import { youngGenerationCheckpoint } from '../../repo/heap.js';

export const EXPLAIN_HELP = `Usage: xtap-lint explain [--tenant <id|name>] --partner <id|name>
         --direction inbound|outbound --kind b2bCollaboration|b2bDirectConnect
         [--user <id>] [--group <id>]... [--app <id|name>]

Say whether a user may use an app across two tenants, and which settings
decided it: each with its level (partner, default, Microsoft's service
default) and file:line, and the row of the access table that applied.
Inbound: the partner's users use the tenant's apps. Outbound: the tenant's
users use the partner's apps. When the repository also declares the partner,
its side is explained too.

Options:
      --tenant <id|name>   a tenant declared in the repository (may be left
                           out when the repository declares one)
      --partner <id|name>  the other organization (a partner, a declared
                           tenant, or any tenant ID)
      --direction <d>      inbound or outbound
      --kind <k>           b2bCollaboration or b2bDirectConnect
      --user <id>          the user's object ID (omit: every user)
      --group <id>         a group the user is in; repeatable
      --app <id|name>      the application's ID, or a Microsoft app's name:
                           Teams, Exchange Online, Outlook, SharePoint Online,
                           OneDrive, My Sign-ins, … (omit: every app)
  -f, --format <name>      text (default) or json
  -c, --config <file>      configuration file (its files/ignore choose the
                           declarations)
  -h, --help               show this help
`;

interface ExplainOptions {
  tenant?: string;
  partner?: string;
  direction?: string;
  kind?: string;
  user?: string;
  group?: string[];
  app?: string;
  format?: string;
  config?: string;
  help?: boolean;
}

function parse(args: string[]): ExplainOptions {
  return parseCommandArgs<ExplainOptions>(
    'explain',
    args,
    {
      tenant: { type: 'string' },
      partner: { type: 'string' },
      direction: { type: 'string' },
      kind: { type: 'string' },
      user: { type: 'string' },
      group: { type: 'string', multiple: true },
      app: { type: 'string' },
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
    { positionals: false },
  ).values;
}

export async function explainCommand(args: string[], io: Io): Promise<number> {
  const v = parse(args);
  if (v.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  for (const key of ['partner', 'direction', 'kind'] as const) {
    if (!v[key]) throw new CliError(`explain needs --${key} (see xtap-lint explain --help)`);
  }
  if (v.direction !== 'inbound' && v.direction !== 'outbound') throw new CliError(`--direction must be inbound or outbound, got "${v.direction as string}"`);
  if (v.kind !== 'b2bCollaboration' && v.kind !== 'b2bDirectConnect') throw new CliError(`--kind must be b2bCollaboration or b2bDirectConnect, got "${v.kind as string}"`);
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`unknown format "${format}" for explain (one of text, json)`);
  if (v.user !== undefined && !isGuid(v.user)) throw new CliError(`--user expects a user's object ID (GUID), got "${v.user}"`);
  for (const g of v.group ?? []) if (!isGuid(g)) throw new CliError(`--group expects a group's object ID (GUID), got "${g}"`);

  const { root, config, paths } = openRepository(io, v, []);
  const inputs = readDeclarations(root, paths, config);
  const { model } = buildModel(inputs, config.limits, false, youngGenerationCheckpoint);
  const query: ExplainQuery = {
    partner: v.partner as string,
    direction: v.direction as ExplainDirection,
    kind: v.kind as ExplainKind,
    groups: v.group ?? [],
  };
  if (v.tenant !== undefined) query.tenant = v.tenant;
  if (v.user) query.user = v.user;
  let explanation;
  try {
    if (v.app !== undefined) query.app = resolveApp(v.app);
    explanation = explainAccess(model, query);
  } catch (err) {
    if (err instanceof ExplainError) throw new CliError(err.message);
    throw err;
  }
  io.stdout(format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : renderExplanation(explanation, terminalWidth(io)));
  return 0;
}
