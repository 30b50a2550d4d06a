/** `xtap-lint graph [paths] [--format mermaid|dot|json]`: the trust map (a thin adapter). */
import { buildModel } from '../../engine/lint.js';
import { buildGraph, filterGraph, graphDot, graphJson, graphMermaid } from '../../intel/graph.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { openRepository, parseCommandArgs, readDeclarations } from '../repository.js';
import { youngGenerationCheckpoint } from '../../repo/heap.js';

export const GRAPH_HELP = `Usage: xtap-lint graph [paths...] [options]

Print the trust map: declared tenants, their partners and every other tenant (a tenant's default) as nodes;
edges for B2B collaboration, B2B direct connect, automatic redemption, MFA and device trust and user sync,
pointing from the users' home tenant to the tenant whose apps they use. Mutual settings are labelled so;
a setting that the other declared side blocks is one-sided (dashed).

Options:
  -f, --format <name>       mermaid (default), dot or json
  -c, --config <file>       configuration file (its files/ignore choose the declarations)
  -h, --help                show this help

[paths...] limit the map to what is declared in those files or folders.
`;

const RENDER: Record<string, (g: ReturnType<typeof buildGraph>) => string> = { mermaid: graphMermaid, dot: graphDot, json: graphJson };

export async function graphCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<{ format?: string; config?: string; help?: boolean }>('graph', args, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(GRAPH_HELP);
    return 0;
  }
  const format = values.format ?? 'mermaid';
  const render = Object.prototype.hasOwnProperty.call(RENDER, format) ? RENDER[format] : undefined;
  if (!render) throw new CliError(`unknown format "${format}" for graph (one of mermaid, dot, json)`);
  const { root, config, select, paths } = openRepository(io, values, positionals);
  const inputs = readDeclarations(root, paths, config);
  const { model } = buildModel(inputs, config.limits, false, youngGenerationCheckpoint);
  let graph = buildGraph(model);
  if (select) graph = filterGraph(graph, model, select);
  io.stdout(render(graph));
  return 0;
}
