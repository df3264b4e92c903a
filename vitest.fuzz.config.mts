import { defineConfig } from 'vitest/config';

// `npm run fuzz` only: the fuzz shards, with no time limit.
export default defineConfig({
  test: {
    include: ['tests/**/*.fuzz.ts'],
    testTimeout: 0,
  },
});
