// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __VERSIE__: JSON.stringify('test') },
  // One graphql in tests as in production: Node loads its CommonJS build for every importer, where
  // Vite would give our own files its ES build and graphql-js would refuse types from the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
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
