/**
 * What pull, drift and apply share: the `--graph-endpoint` option, the Graph client (loaded only here), the live
 * tenant as declarations (import's code), and one line on stderr (exit 2) for every failure.
 */
import { importTenant, ImportError } from '../graph/import.js';
import type { ImportResult } from '../graph/import.js';
import { visible } from '../report/inert.js';
import { CliError } from '../cli/io.js';
import type { Io } from '../cli/io.js';
import { EndpointError, resolveEndpoint } from './endpoint.js';
import type { GraphEndpoint } from './endpoint.js';
import { isGraphFailure } from './failure.js';
import { loadLive } from './load.js';
import { readLiveTenant } from './read.js';
import type { LiveTenant } from './read.js';
import type { GraphClient } from './types.js';

export const GRAPH_OPTION_HELP = `      --graph-endpoint <e>   Microsoft Graph: global (default, https://graph.microsoft.com), usGovernment,
                             usGovernmentDoD, china, or an https URL
`;

export const TOKEN_HELP = `The token comes from XTAP_GRAPH_TOKEN when set, else from DefaultAzureCredential (environment service
principal, workload identity federation as azure/login sets it up, managed identity, Azure CLI).
XTAP_GRAPH_TIMEOUT bounds the whole command, waits for throttling included (seconds, default 300).`;

/** The whole command's time budget: XTAP_GRAPH_TIMEOUT seconds, default 300. */
function timeoutMs(io: Io): number {
  const raw = io.env.XTAP_GRAPH_TIMEOUT;
  if (raw === undefined || raw === '') return 300_000;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0 || Number(raw) > 86_400) throw new CliError('XTAP_GRAPH_TIMEOUT must be a number of seconds between 0 and 86400');
  return Math.round(Number(raw) * 1000);
}

export function endpointOf(value: string | undefined): GraphEndpoint {
  try {
    return resolveEndpoint(value);
  } catch (err) {
    if (err instanceof EndpointError) throw new CliError(err.message);
    throw err;
  }
}

/** Run `fn` with a Graph client; a Graph failure becomes one line on stderr and exit 2. */
export async function withGraph<T>(io: Io, endpoint: GraphEndpoint, fn: (graph: GraphClient) => Promise<T>): Promise<T> {
  const budget = timeoutMs(io);
  let graph: GraphClient | undefined;
  try {
    const live = await loadLive();
    graph = live.createGraphClient({ endpoint, env: io.env, timeoutMs: budget });
    return await fn(graph);
  } catch (err) {
    if (isGraphFailure(err)) throw new CliError(visible(err.message));
    throw err;
  } finally {
    graph?.close();
  }
}

export interface LiveDeclarations {
  live: LiveTenant;
  result: ImportResult;
}

/** The live tenant, read and turned into declarations as `import` writes them. */
export async function liveDeclarations(graph: GraphClient, endpoint: GraphEndpoint): Promise<LiveDeclarations> {
  const live = await readLiveTenant(graph);
  if (endpoint.cloud) live.options.cloud = endpoint.cloud;
  try {
    return { live, result: importTenant(live.sources, live.options) };
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`the live tenant's settings cannot be read as declarations: ${visible(err.message)}`);
    throw err;
  }
}
