import type { GraphQLResolveInfo } from 'graphql';
import { graphCounts } from '../../graph/counts';
import { readDataVersionAndTallies } from '../../graph/data-version';
import { kindOf, MENTIONED_IN, NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model';
import type { GraphQLContext } from '../context';
import { tallyKind, type TallyKindName } from '../../graph/tallies/kinds';
import { rankedByTalks } from '../../graph/tallies/read';
import { pageSize } from '../pagination';
import type { DataVersion } from '../../util/versioned-cache';
import { keptPerVersion } from './kept-per-version';
import { compilerFor, readRows, selectionsAt, type Args } from './support';

/**
 * Dashboards poll the same aggregates, which change only when the data does. `stats` reads the data
 * version once per request (one cheap query, which also says whether the talk tallies are exact); each
 * field then answers from ctx.aggregates for that version, or computes and keeps it. Every write bumps
 * the version, so an answer is never stale.
 */
interface StatsParent {
  state: Promise<{ version: DataVersion; talliesExact: boolean }>;
}

export const statsRoot = (_: unknown, __: unknown, ctx: GraphQLContext): StatsParent => {
  const state = readDataVersionAndTallies(ctx.db);
  state.catch(() => {}); // a failure surfaces in the fields that await it
  return { state };
};

type Aggregate = (
  parent: unknown,
  args: Args,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<unknown[]>;

/**
 * A ranked count of distinct talks per entity, read from the talk tallies kept on write (exact; counted
 * from the talks instead while a bulk load has left them behind, see src/graph/tallies).
 */
async function rankedTalkCounts(
  parent: unknown,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: Args,
  tally: TallyKindName,
  key: 'topic' | 'institution' | 'event',
) {
  const { talliesExact } = await (parent as StatsParent).state;
  const c = compilerFor(info);
  const sets = selectionsAt(info, [key]) ?? [];
  const projection = c.project(info.schema.getType(tallyKind(tally).label)!, { n: 'x' }, sets);
  const first = c.q.param(pageSize(args.first));
  const cypher = `${rankedByTalks(tally, first, talliesExact)}
    ORDER BY count DESC, x.name
    LIMIT ${first}
    RETURN {${key}: ${projection}, count: count} AS row`;
  return (await readRows<{ row: unknown }>(ctx, cypher, c.q.params)).map((r) => r.row);
}

/** Each aggregate is its own query, run only when the dashboard asks for it and not kept for the version. */
const aggregates = {
  talksPerTopic: (parent: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(parent, ctx, info, args, args.rollUp ? 'TopicUp' : 'Topic', 'topic'),
  talksPerInstitution: (parent: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(parent, ctx, info, args, 'Institution', 'institution'),
  talksPerEvent: (parent: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    rankedTalkCounts(parent, ctx, info, args, 'Event', 'event'),
  eventsPerYear: async (_: unknown, __: Args, ctx: GraphQLContext) =>
    readRows(ctx, 'MATCH (e:Event) RETURN e.startDate.year AS year, count(*) AS count ORDER BY year', {}),
  nodesPerKind: async (_: unknown, __: Args, ctx: GraphQLContext) => {
    // Labels are the model's own, written as literals so each count comes from Neo4j's count store.
    const counts = await readRows<{ label: string; count: number }>(
      ctx,
      // count() alone in its WITH: next to a literal in RETURN it would group by it and scan the label.
      NODE_LABELS.map((l) => `MATCH (n:${l}) WITH count(n) AS count RETURN '${l}' AS label, count`).join(
        ' UNION ALL ',
      ),
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
  Object.entries(aggregates).map(([field, compute]) => [
    field,
    keptPerVersion(compute as Aggregate, async (parent) => (await (parent as StatsParent).state).version),
  ]),
) as Record<keyof typeof aggregates, Aggregate>;
