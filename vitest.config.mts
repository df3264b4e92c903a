import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The server tests spawn the built server; give a loaded machine room without hiding hangs.
    testTimeout: 30_000,
  },
});
