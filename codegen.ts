import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver and schema types generated from schema/*.graphql; `npm run codegen` rewrites them. */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        scalars: { Date: 'string' },
        useTypeImports: true,
        // Resolvers return projected maps keyed by response key, not class instances.
        defaultMapper: 'unknown',
        enumsAsTypes: true,
      },
    },
  },
};
export default config;
