import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from './context';
import { createErrorFormatter } from './format-error';
import { projectedFieldResolver, resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ApolloOptions {
  production: boolean;
  logger: Logger;
  /** Introspection is on in development; in production only when asked for. */
  introspection?: boolean;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    fieldResolver: projectedFieldResolver,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.logger, options.production),
    // Automatic persisted queries are on by default (in-memory cache); kept explicit for readers.
    persistedQueries: {},
    plugins: [
      // The graph changes only through curation, so reads may be cached briefly by clients and CDNs.
      ApolloServerPluginCacheControl({ defaultMaxAge: 30, calculateHttpHeaders: true }),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
