// SPDX-License-Identifier: EUPL-1.2
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      'server/graphql/generated/',
      'client/shared/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
    },
  },
  // The layer rules of DESIGN.md, enforced (issue 15): dependencies point inward.
  {
    files: ['server/**/*.ts'],
    ignores: ['server/store/neo4j/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver'],
              message: 'Only the Neo4j adapter (server/store/neo4j) talks to Neo4j.',
            },
            {
              group: ['**/seed/**'],
              message: 'The server does not depend on the example data loader.',
            },
          ],
        },
      ],
      // Cypher lives only in server/store/neo4j, as named statements.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/\\b(MATCH|MERGE|UNWIND)\\b[\\s\\S]*\\(/]',
          message: 'Cypher belongs in server/store/neo4j/statements.ts.',
        },
        {
          selector: 'TemplateElement[value.raw=/\\b(MATCH|MERGE|UNWIND)\\b[\\s\\S]*\\(/]',
          message: 'Cypher belongs in server/store/neo4j/statements.ts.',
        },
      ],
    },
  },
  {
    // After the server-wide block: a file's rule options replace the earlier ones, so this lists all.
    files: ['server/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message:
                'The domain is pure: it imports only its own modules (DESIGN.md, Architecture).',
            },
            {
              group: [
                '**/seed/**',
                'neo4j-driver',
                'node:sqlite',
                'node:fs',
                'node:fs/*',
                'express',
                'graphql',
                'graphql-yoga',
                '@graphql-*/*',
                'pino',
              ],
              message: 'The domain does no I/O and knows no GraphQL.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/server/(?!domain/)',
              message:
                'The client uses only the pure domain modules of the server, never routes or services.',
            },
            {
              group: ['**/seed/**', 'neo4j-driver'],
              message: 'The client does not load data or talk to the store.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
