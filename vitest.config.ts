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
    hookTimeout: 30_000,
  },
});
