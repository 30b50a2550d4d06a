import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    // Node 24 and Node 20 for the tests that need them, a temporary TMPDIR and HOME for the run, and the guard that
    // fails the run when a test leaves a temporary folder or writes into the user's cache (test/setup/global.ts).
    globalSetup: ['test/setup/global.ts'],
    // Removes the temporary folders of test/helpers/temp.ts after each test file.
    setupFiles: ['test/setup/cleanup.ts'],
  },
});
