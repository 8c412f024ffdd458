import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Tests spawn the real CLI and a real Bolt app: give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
