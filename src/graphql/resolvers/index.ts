import type { GraphQLContext } from '../context';

export const resolvers = {
  Query: {
    apiVersion: (_: unknown, __: unknown, _ctx: GraphQLContext) => '1',
  },
};
