/** The entry of dist/live.cjs: the Graph client, loaded only by pull, drift and apply (src/live/load.ts). */
export { createGraphClient } from './client.js';
