/**
 * Loads the Graph client. In the built CLI, `./entry.js` is dist/live.cjs, required only here and only by pull,
 * drift and apply (scripts/build.mjs keeps it out of dist/cli-main.cjs), so a plain lint never loads
 * @azure/identity. Under vitest it is the TypeScript source.
 */
import type { LiveModule } from './types.js';
export declare function loadLive(): Promise<LiveModule>;
