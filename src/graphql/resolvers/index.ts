import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/types';
import { DateScalar } from '../scalars';
import { connectionResolver, neighbourhoodResolver } from './graph';
import { listResolvers } from './lists';
import { mutationResolvers } from './mutations';
import { searchResolver } from './search';
import { statsResolvers } from './stats';
import { byId } from './support';

/** Projected objects are keyed by response key (alias), so nested fields read what the root query fetched. */
export const projectedFieldResolver: GraphQLFieldResolver<unknown, GraphQLContext> = (
  source,
  _args,
  _ctx,
  info,
) => {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  return info.path.key in record ? record[info.path.key as string] : record[info.fieldName];
};

type EntityTypename =
  'Event' | 'Person' | 'Institution' | 'Topic' | 'Place' | 'Talk' | 'Source' | 'Directive';
/** Projections of abstract types carry their concrete type, computed from the node's label. */
const byTypename = (obj: unknown) => ((obj as { __typename?: EntityTypename }).__typename ?? null) as never;

/** Checked against the types generated from the SDL (npm run codegen), so the two cannot drift apart. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    ...listResolvers,
    event: byId('Event'),
    person: byId('Person'),
    institution: byId('Institution'),
    topic: byId('Topic'),
    place: byId('Place'),
    talk: byId('Talk'),
    source: byId('Source'),
    directive: byId('Directive'),
    search: searchResolver,
    connection: connectionResolver,
    neighbourhood: neighbourhoodResolver,
    // Stats' fields each run their own aggregate, only if selected.
    stats: () => ({}),
  },
  Stats: statsResolvers,
  Mutation: mutationResolvers,
  Entity: { __resolveType: byTypename },
  Issuer: { __resolveType: byTypename },
};
