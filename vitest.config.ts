import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
