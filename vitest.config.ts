import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Rule tests pin the clock themselves; keep the timezone fixed for date arithmetic.
    env: { TZ: 'UTC' },
  },
});
