import type { GraphQLResolveInfo } from 'graphql';
import { RELATIONSHIP_TYPES } from '../../graph/model';
import type { GraphQLContext } from '../context';
import { userError } from '../errors';
import { compilerFor, readRows, selectionsAt, type Args } from './support';
import { resolveEntity } from './lookup';

/** Every fact relationship; MENTIONED_IN is left out, or every path would run through the source. */
const TRAVERSABLE = RELATIONSHIP_TYPES.join('|');
const MAX_PATHS = 10;

function boundedInt(value: unknown, field: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw userError(`${field} must be a whole number from ${min} to ${max}`, field);
  return n;
}

/** Cypher for one edge of a path or subgraph, as a GraphEdge map. */
const edgeMap = (r: string) =>
  `{type: type(${r}), from: labels(startNode(${r}))[0] + ':' + startNode(${r}).id, to: labels(endNode(${r}))[0] + ':' + endNode(${r}).id,
    source: ${r}.source, location: ${r}.location, label: coalesce(${r}.title, ${r}.point, ${r}.context)}`;

export async function connectionResolver(
  _: unknown,
  args: Args,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const maxHops = boundedInt(args.maxHops ?? 4, 'maxHops', 1, 6);
  const from = await resolveEntity(ctx.db, String(args.from), 'from');
  const to = await resolveEntity(ctx.db, String(args.to), 'to');
  if (from.label === to.label && from.id === to.id) throw userError('from and to are the same entity', 'to');
  const c = compilerFor(info);
  const nodeSets = selectionsAt(info, ['nodes']) ?? [];
  const nodeProjection = c.project(info.schema.getType('GraphNode')!, { n: 'pn' }, nodeSets);
  const cypher = `
    MATCH (a:${from.label} {id: ${c.q.param(from.id)}}), (b:${to.label} {id: ${c.q.param(to.id)}})
    MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${maxHops}]-(b))
    WITH p LIMIT ${MAX_PATHS}
    RETURN {length: length(p), nodes: [pn IN nodes(p) | ${nodeProjection}], edges: [pr IN relationships(p) | ${edgeMap('pr')}]} AS path`;
  const rows = await readRows<{ path: unknown }>(ctx, cypher, c.q.params);
  return rows.map((r) => r.path);
}

export async function neighbourhoodResolver(
  _: unknown,
  args: Args,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const depth = boundedInt(args.depth ?? 1, 'depth', 1, 3);
  const limit = boundedInt(args.limit ?? 100, 'limit', 1, 500);
  const center = await resolveEntity(ctx.db, String(args.id), 'id');
  const c = compilerFor(info);
  const nodeSets = selectionsAt(info, ['nodes']) ?? [];
  const nodeProjection = c.project(info.schema.getType('GraphNode')!, { n: 'gn' }, nodeSets);
  // Nearest first, so a limit keeps the closest part of the picture.
  const cypher = `
    MATCH (c:${center.label} {id: ${c.q.param(center.id)}})
    CALL (c) {
      MATCH path = (c)-[:${TRAVERSABLE}*1..${depth}]-(m)
      WHERE m <> c
      WITH m, min(length(path)) AS d
      ORDER BY d, m.name, m.id
      RETURN collect(m) AS around
    }
    WITH [c] + around[0..${c.q.param(limit - 1)}] AS ns, size(around) > ${c.q.param(limit - 1)} AS truncated
    CALL (ns) {
      UNWIND ns AS a
      MATCH (a)-[r:${TRAVERSABLE}]->(b)
      WHERE b IN ns
      RETURN collect(DISTINCT ${edgeMap('r')}) AS edges
    }
    RETURN {nodes: [gn IN ns | ${nodeProjection}], edges: edges, truncated: truncated} AS graph`;
  const rows = await readRows<{ graph: unknown }>(ctx, cypher, c.q.params);
  return rows[0]?.graph;
}
