/** Moved to src/repo/files.ts (below the CLI and the Action); re-exported for existing imports. */
export * from '../repo/files.js';
export { findConfigFile } from '../repo/lint-repo.js';
