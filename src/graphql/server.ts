import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { AppConfig } from '../config/config';
import { readAccessPlugin } from './auth';
import { cachePolicyPlugin } from './cache-policy';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from './context';
import { compiledExecutor, compiledGateway, readArgumentFieldsByResponseKey } from './compiled-executor';
import { createErrorFormatter } from './format-error';
import { queryLimits } from './limits';
import { operationLogPlugin } from './operation-log';
import { projectedFieldResolver, resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

/** The SDL with its resolvers; fields with arguments read projections by response key (compiled-executor.ts). */
export function executableSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  readArgumentFieldsByResponseKey(schema, projectedFieldResolver);
  return schema;
}

export function createApolloServer(config: AppConfig, logger: Logger): ApolloServer<GraphQLContext> {
  const production = config.env === 'production';
  const armor = queryLimits(config.limits);
  const schema = executableSchema();
  return new ApolloServer<GraphQLContext>({
    // Queries run compiled (graphql-jit), mutations on graphql-js: see compiled-executor.ts.
    gateway: compiledGateway(schema, compiledExecutor(schema, projectedFieldResolver)),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: createErrorFormatter(logger, production),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.limits.maxTokens },
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    // Apollo's CSRF prevention is on by default; stated here because production relies on it.
    csrfPrevention: true,
    // main.ts handles SIGINT/SIGTERM and stops Apollo itself; Apollo's own handlers made that stop() wait forever.
    stopOnTerminationSignals: false,
    // Automatic persisted queries (in-memory cache) are on by default; kept explicit for readers.
    persistedQueries: {},
    plugins: [
      ...armor.plugins,
      readAccessPlugin(),
      operationLogPlugin(),
      // The graph changes only through curation, so reads may be cached briefly by clients and CDNs.
      cachePolicyPlugin(30, config.access.readsRequireToken),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads the Sandbox from a CDN; browsers get the offline IDE of src/http/explorer.ts.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
