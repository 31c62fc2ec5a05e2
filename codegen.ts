import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', Date: 'string', Money: 'string' };

/**
 * Typed documents from the committed schema. The tests write their operations with `graphql(...)`
 * from `test/gql`, so an API change that breaks a client breaks `npm test` (codegen and typecheck run
 * first). The console (console/src) is a client like any other: its documents are typed the same way,
 * as plain strings (`documentMode: 'string'`) so the browser bundle carries no GraphQL parser.
 * Third-party clients can point the same config at their own documents.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  importExtension: '.js',
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'console/src/gql/': {
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string', scalars },
    },
  },
};

export default config;
