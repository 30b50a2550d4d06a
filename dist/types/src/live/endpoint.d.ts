/**
 * `--graph-endpoint`: Microsoft Graph's root for a cloud, by name or URL (learn.microsoft.com/graph/deployments).
 * Plain http is accepted for loopback hosts only (the tests' local server): a token never travels in clear text.
 */
import type { Cloud } from '../resolve/knowledge.js';
export interface GraphEndpoint {
    /** The origin requests go to, without a trailing slash: `https://graph.microsoft.com`. */
    origin: string;
    /** The cloud the endpoint serves, when it is one of Microsoft's; undefined for another URL (a test server). */
    cloud: Cloud | undefined;
}
export declare const GRAPH_ENDPOINTS: ReadonlyMap<string, GraphEndpoint>;
export declare class EndpointError extends Error {
}
export declare function isLoopback(url: URL): boolean;
/** The endpoint a `--graph-endpoint` value names (default: the global service). */
export declare function resolveEndpoint(value: string | undefined): GraphEndpoint;
