import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Tests spawn the real CLI and a real Bolt app: give slow machines room.
    testTimeout: 30_000,
    // Two files at a time even on two cores (vitest's default there is one): most tests wait on
    // HTTP, SQLite or a child process, so the suite takes about 60 s instead of 100 s.
    maxWorkers: 2,
    // Test files share each worker's module cache (no file mutates module state; every test
    // owns its database, fake Slack and app, and the suite passes shuffled): importing Bolt,
    // zod schemas and the knowledge base once per worker instead of once per file takes the
    // suite from about 60 s to about 43 s on this 2-core machine.
    isolate: false,
    hookTimeout: 30_000,
  },
});
