import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLContext } from './context';
import { projectedFieldResolver, resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export function createApolloServer(options: { production: boolean }): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    fieldResolver: projectedFieldResolver,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    plugins: options.production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
}
