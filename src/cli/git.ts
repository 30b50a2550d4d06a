/** Moved to src/repo/git.ts (below the CLI and the Action); re-exported for existing imports. */
export * from '../repo/git.js';
