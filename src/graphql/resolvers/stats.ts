import { print, type GraphQLResolveInfo } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { graphCounts } from '../../graph/counts';
import { dataVersion } from '../../graph/curation/history';
import { kindOf, MENTIONED_IN, NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model';
import type { GraphQLContext } from '../context';
import { ROLLED_UP_TOPIC_TALKS } from '../cypher/patterns';
import { pageSize } from '../pagination';
import { VersionedCache } from '../../util/versioned-cache';
import { compilerFor, readRows, selectionsAt, type Args } from './support';

/**
 * Dashboards poll the same aggregates; they change only when the data does. Each answer is kept per data
 * version (bumped in the same transaction as every write, see graph/curation/history.ts), so a warm
 * request costs one O(1) version read and a write makes the next request recompute: never stale.
 * One cache per driver, i.e. per database (tests run several services in one process).
 */
const caches = new WeakMap<Driver, VersionedCache<unknown>>();
const cacheOf = (ctx: GraphQLContext) => {
  let cache = caches.get(ctx.db.driver);
  if (!cache) caches.set(ctx.db.driver, (cache = new VersionedCache()));
  return cache;
};

interface StatsParent {
  version: Promise<string>;
}

/** `stats`: reads the data version once per request; its fields answer from the cache for it. */
export const statsRoot = (_: unknown, __: unknown, ctx: GraphQLContext): StatsParent => {
  const version = dataVersion(ctx.db);
  version.catch(() => {}); // a failure surfaces in the fields that await it
  return { version };
};

/** The answer depends on the field, its arguments and the selection (what the projection returns). */
const cacheKey = (info: GraphQLResolveInfo, args: Args) =>
  [
    info.fieldName,
    JSON.stringify(args),
    info.fieldNodes.map((n) => (n.selectionSet ? print(n.selectionSet) : '')).join('|'),
    Object.values(info.fragments)
      .map((f) => print(f))
      .sort()
      .join('|'),
  ].join('\n');

function cached<R>(
  compute: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => Promise<R>,
) {
  return async (parent: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    cacheOf(ctx).get(cacheKey(info, args), await (parent as StatsParent).version, () =>
      compute(parent, args, ctx, info),
    ) as Promise<R>;
}

/** A ranked count of talks per entity of `type`; `match` binds `x` (the entity) and `t` (a talk). */
async function rankedTalkCounts(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: Args,
  type: 'Topic' | 'Institution' | 'Event',
  key: 'topic' | 'institution' | 'event',
  match: string,
) {
  const c = compilerFor(info);
  const sets = selectionsAt(info, [key]) ?? [];
  const projection = c.project(info.schema.getType(type)!, { n: 'x' }, sets);
  const cypher = `${match}
    WITH x, count(DISTINCT t) AS count
    ORDER BY count DESC, x.name
    LIMIT ${c.q.param(pageSize(args.first))}
    RETURN {${key}: ${projection}, count: count} AS row`;
  return (await readRows<{ row: unknown }>(ctx, cypher, c.q.params)).map((r) => r.row);
}

/** Each aggregate is its own query, run only when the dashboard asks for it and not cached for the version. */
const aggregates = {
  talksPerTopic: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(
      ctx,
      info,
      args,
      'Topic',
      'topic',
      args.rollUp ? ROLLED_UP_TOPIC_TALKS : 'MATCH (t:Talk)-[:ABOUT]->(x:Topic)',
    ),
  talksPerInstitution: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(
      ctx,
      info,
      args,
      'Institution',
      'institution',
      'MATCH (x:Institution)<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(t:Talk)',
    ),
  talksPerEvent: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(ctx, info, args, 'Event', 'event', 'MATCH (x:Event)<-[:AT]-(t:Talk)'),
  eventsPerYear: async (_: unknown, __: Args, ctx: GraphQLContext) =>
    readRows(ctx, 'MATCH (e:Event) RETURN e.startDate.year AS year, count(*) AS count ORDER BY year', {}),
  nodesPerKind: async (_: unknown, __: Args, ctx: GraphQLContext) => {
    // Labels are the model's own, written as literals so each count comes from Neo4j's count store.
    const counts = await readRows<{ label: string; count: number }>(
      ctx,
      NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`).join(' UNION ALL '),
      {},
    );
    return counts.map((c) => ({ kind: kindOf(c.label), count: c.count }));
  },
  relationshipsPerType: async (_: unknown, __: Args, ctx: GraphQLContext) => {
    const counts = await graphCounts(ctx.db);
    return [...RELATIONSHIP_TYPES, MENTIONED_IN].map((t) => ({
      type: t,
      count: counts.relationships[t] ?? 0,
    }));
  },
};

export const statsResolvers = Object.fromEntries(
  Object.entries(aggregates).map(([field, compute]) => [field, cached(compute)]),
) as {
  [F in keyof typeof aggregates]: (
    parent: unknown,
    args: Args,
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => ReturnType<(typeof aggregates)[F]>;
};
