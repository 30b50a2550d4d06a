import type { GraphClient, GraphClientOptions } from './types.js';
export declare function createGraphClient(options: GraphClientOptions): GraphClient;
