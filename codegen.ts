import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema. The tests write their operations with `graphql(...)`
 * from `test/gql`, so an API change that breaks a client breaks `npm test` (codegen and typecheck run
 * first). Third-party clients can point the same config at their own documents.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: false,
  importExtension: '.js',
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', Money: 'string' },
      },
    },
  },
};

export default config;
