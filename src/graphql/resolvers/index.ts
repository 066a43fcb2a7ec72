import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLContext } from '../context';
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import type { QueryResolvers, Resolvers } from '../generated/types';
import { DateScalar } from '../scalars';
import { curationMutationResolvers, curationQueryResolvers } from './curation';
import { connectionResolver, neighbourhoodResolver } from './graph';
import { ingestMutationResolvers } from './ingest';
import { listResolvers } from './lists';
import { matrixResolvers } from './matrix';
import { mutationResolvers } from './mutations';
import { searchResolver } from './search';
import { statsResolvers, statsRoot } from './stats';
import { byId, nestedConnection } from './support';

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

/** Projections of abstract types carry their concrete type (a label of the model), computed in Cypher. */
const byTypename = (obj: unknown) => ((obj as { __typename?: NodeLabel }).__typename ?? null) as never;

/** `event(id)`, `person(id)`, ...: one lookup field per label, named after it. */
const lookups = Object.fromEntries(
  NODE_LABELS.map((label) => [label.charAt(0).toLowerCase() + label.slice(1), byId(label)]),
) as Pick<QueryResolvers, Uncapitalize<NodeLabel>>;

/** Checked against the types generated from the SDL (npm run codegen), so the two cannot drift apart. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    ...listResolvers,
    ...matrixResolvers,
    ...lookups,
    search: searchResolver,
    connection: connectionResolver,
    neighbourhood: neighbourhoodResolver,
    // Stats' fields each run their own aggregate, only if selected, kept per data version.
    stats: statsRoot,
    ...curationQueryResolvers,
  },
  Stats: statsResolvers,
  Mutation: { ...mutationResolvers, ...curationMutationResolvers, ...ingestMutationResolvers },
  Source: { facts: nestedConnection },
  Entity: { __resolveType: byTypename },
  Issuer: { __resolveType: byTypename },
};
