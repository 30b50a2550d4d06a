import type { ImportResult } from '../graph/import.js';
import type { Io } from '../cli/io.js';
import type { GraphEndpoint } from './endpoint.js';
import type { LiveTenant } from './read.js';
import type { GraphClient } from './types.js';
export declare const GRAPH_OPTION_HELP = "      --graph-endpoint <e>   Microsoft Graph: global (default, https://graph.microsoft.com), usGovernment,\n                             usGovernmentDoD, china, or an https URL\n";
export declare const TOKEN_HELP = "The token comes from XTAP_GRAPH_TOKEN when set, else from DefaultAzureCredential (environment service\nprincipal, workload identity federation as azure/login sets it up, managed identity, Azure CLI).\nXTAP_GRAPH_TIMEOUT bounds the whole command, waits for throttling included (seconds, default 300).";
export declare function endpointOf(value: string | undefined): GraphEndpoint;
/** Run `fn` with a Graph client; a Graph failure becomes one line on stderr and exit 2. */
export declare function withGraph<T>(io: Io, endpoint: GraphEndpoint, fn: (graph: GraphClient) => Promise<T>): Promise<T>;
export interface LiveDeclarations {
    live: LiveTenant;
    result: ImportResult;
}
/** The live tenant, read and turned into declarations as `import` writes them. */
export declare function liveDeclarations(graph: GraphClient, endpoint: GraphEndpoint): Promise<LiveDeclarations>;
