// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __VERSIE__: JSON.stringify('test') },
  test: {
    include: [
      'client/**/*.test.ts',
      'server/**/*.test.ts',
      'seed/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
