import { defineConfig } from 'vitest/config';

/** Journeys in Chromium against the built app served by `npm start`'s own code path. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/server.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
