/** The Graph client's interface, shared by the commands (dist/cli-main.cjs) and the client (dist/live.cjs). */
import type { GraphEndpoint } from './endpoint.js';
export interface GraphRequestOptions {
    /** The least-privileged permission the request needs: named when Graph answers 403. */
    permission: string;
    /** A 404 means "none" (a partner's identity synchronization): get/list return undefined. */
    allow404?: boolean;
}
export interface GraphClientOptions {
    endpoint: GraphEndpoint;
    env: Readonly<Record<string, string | undefined>>;
    /** The whole command's time budget, waits for throttling included. */
    timeoutMs: number;
    /** Retries of a throttled request (429/503 with Retry-After). */
    maxRetries?: number;
    /** Tests only: another transport. */
    httpClient?: import('@azure/core-rest-pipeline').HttpClient;
}
export interface GraphClient {
    readonly origin: string;
    /** GET a path under the origin (`/v1.0/…`); the parsed JSON, or undefined on an allowed 404. */
    get(path: string, opts: GraphRequestOptions): Promise<unknown>;
    /** GET a collection, following `@odata.nextLink` on the same origin; every page's `value` items. */
    list(path: string, opts: GraphRequestOptions): Promise<unknown[] | undefined>;
    /** A write (POST, PATCH, PUT, DELETE) to an absolute URL on the origin. */
    send(method: string, url: string, body: unknown, opts: GraphRequestOptions): Promise<void>;
    /** Stop the time budget's timer. */
    close(): void;
}
/** What dist/live.cjs exports. */
export interface LiveModule {
    createGraphClient(options: GraphClientOptions): GraphClient;
}
