import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (node by default; DOM tests opt in with `// @vitest-environment jsdom`) and `e2e`
// (the built extension in real headless Chromium; builds once in its global setup).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          // Property tests run thousands of generated cases: 2–6 s on a quiet 2-core machine, past Vitest's 5 s default
          // when other work shares it. A hung test still fails, after 30 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
