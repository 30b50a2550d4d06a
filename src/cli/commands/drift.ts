/**
 * `xtap-lint drift`: the declarations against the live tenant, through the access function (the semantic diff of
 * `xtap-lint diff`); exit 1 when they differ.
 */
import { buildModel } from '../../engine/lint.js';
import { diffModels, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../intel/diff.js';
import type { TenantModel } from '../../resolve/model.js';
import type { InputFile } from '../../types.js';
import { visible } from '../../report/inert.js';
import { endpointOf, GRAPH_OPTION_HELP, liveDeclarations, TOKEN_HELP, withGraph } from '../../live/session.js';
import type { LiveDeclarations } from '../../live/session.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { openRepository, parseCommandArgs, readDeclarations } from '../repository.js';
import type { Config } from '../../config/config.js';

export const DRIFT_HELP = `Usage: xtap-lint drift [paths...] [options]

Compare the declarations with the live tenant's settings, read from Microsoft Graph, through the access function:
who can reach which apps, trust, sync and automatic redemption, partners added or removed. The tenant compared is
the one the token signs in to; its tenant file and the partner files it includes are the declarations.

Options:
  -f, --format <name>        stylish (default), markdown or json, as xtap-lint diff prints them
  -c, --config <file>        configuration file (its files/ignore choose the declarations)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All and Organization.Read.All (docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 no drift, 1 the live tenant differs from the declarations, 2 bad usage or a failure talking to
Microsoft Graph.
`;

/** The declared tenant the live one is, and only its files (its tenant file and the partner files it includes). */
export function declaredTenant(io: Io, config: Config, root: string, paths: readonly string[], liveId: string, liveName: string | undefined): { tenant: TenantModel; inputs: InputFile[] } {
  const inputs = readDeclarations(root, paths, config);
  const { model } = buildModel(inputs, config.limits);
  const matches = model.tenants.filter((t) => t.id.toLowerCase() === liveId.toLowerCase());
  const who = liveName ? `${visible(liveName)} (${liveId})` : liveId;
  if (matches.length === 0) throw new CliError(`no tenant file declares the tenant the token signs in to, ${who}: pull it first (xtap-lint pull --out <dir>)`);
  if (matches.length > 1) throw new CliError(`tenant ${who} is declared in ${matches.map((t) => t.file.path).join(' and ')}: keep one tenant file for it (a pull kept inside the repository? ignore it in .xtap-lint.yaml)`);
  const t = matches[0];
  const files = new Set([t.file.path, ...t.includedFiles.map((f) => f.path)]);
  return { tenant: t, inputs: inputs.filter((f) => files.has(f.path)) };
}

/** The live declarations as engine inputs, under a folder no repository path uses. */
export function liveInputs(live: LiveDeclarations): InputFile[] {
  return live.result.files.map((f) => ({ path: `(live tenant)/${f.path}`, text: f.text }));
}

export async function driftCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<{ format?: string; config?: string; 'graph-endpoint'?: string; help?: boolean }>('drift', args, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'graph-endpoint': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(DRIFT_HELP);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'markdown' && format !== 'json') throw new CliError(`unknown format "${visible(format)}" for drift (one of stylish, markdown, json)`);
  const endpoint = endpointOf(values['graph-endpoint']);
  const { root, config, paths } = openRepository(io, values, positionals);

  const live = await withGraph(io, endpoint, (graph) => liveDeclarations(graph, endpoint));
  for (const n of live.live.notes) io.stderr(`drift: ${visible(n)}\n`);
  const declared = declaredTenant(io, config, root, paths, live.live.tenantId, live.live.options.name);
  const before = buildModel(declared.inputs, config.limits);
  const after = buildModel(liveInputs(live), config.limits);
  const changes = diffModels(before.model, after.model);
  if (format === 'json') io.stdout(renderDiffJson(changes, { against: endpoint.origin }));
  else {
    const render = format === 'markdown' ? renderDiffMarkdown : renderDiffText;
    io.stdout(render(changes, { before: 'the declarations', after: `the live tenant (${endpoint.origin})` }));
  }
  return changes.length ? 1 : 0;
}
