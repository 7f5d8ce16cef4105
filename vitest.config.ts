import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    // Rule tests pin the clock themselves; keep the timezone fixed for date arithmetic.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/integration/**'] },
      },
      {
        // The plugin where users meet it: the ESLint CLI, the language server, a git hook,
        // oxlint and a fresh install of the packed tarball. They run the built dist/ (the
        // global setup builds it) in temporary directories, each test spawning processes.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
