import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { RELATIONSHIP_TYPES } from '../../graph/model';
import type { GraphQLContext } from '../context';
import { collectFields, selectionContext } from '../cypher/selection';
import { userError } from '../errors';
import { compilerFor, readRows, selectionsAt, type Args } from './support';
import { checkEntity, matchEntity, parseEntityRef } from './lookup';

/** Every fact relationship; MENTIONED_IN is left out, or every path would run through the source. */
const TRAVERSABLE = RELATIONSHIP_TYPES.join('|');
const MAX_PATHS = 10;

function boundedInt(value: unknown, field: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw userError(`${field} must be a whole number from ${min} to ${max}`, field);
  return n;
}

/** Cypher for each field of a GraphEdge, from a relationship variable. */
const EDGE_FIELDS: Record<string, (r: string) => string> = {
  type: (r) => `type(${r})`,
  from: (r) => `labels(startNode(${r}))[0] + ':' + startNode(${r}).id`,
  to: (r) => `labels(endNode(${r}))[0] + ':' + endNode(${r}).id`,
  source: (r) => `${r}.source`,
  location: (r) => `${r}.location`,
  quote: (r) => `${r}.quote`,
  label: (r) => `coalesce(${r}.title, ${r}.point, ${r}.context)`,
};

/**
 * An edge of a path or subgraph as a map of the GraphEdge fields asked for (by field name: they take no
 * arguments), so quotes and provenance are read only when wanted. Edges that agree on every asked field
 * are one edge to the client, as the subgraph's DISTINCT makes them.
 */
function edgeMap(info: GraphQLResolveInfo, path: string[], r: string): string {
  const edgeType = info.schema.getType('GraphEdge') as GraphQLObjectType;
  const selected = collectFields(selectionContext(info), edgeType, selectionsAt(info, path) ?? []);
  const names = [...new Set([...selected.values()].map((f) => f.name))].filter((n) => n in EDGE_FIELDS);
  if (names.length === 0) names.push('type');
  return `{${names.map((n) => `\`${n}\`: ${EDGE_FIELDS[n]!(r)}`).join(', ')}}`;
}

export async function connectionResolver(
  _: unknown,
  args: Args,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const maxHops = boundedInt(args.maxHops ?? 4, 'maxHops', 1, 6);
  const from = parseEntityRef(String(args.from), 'from');
  const to = parseEntityRef(String(args.to), 'to');
  const c = compilerFor(info);
  const nodeSets = selectionsAt(info, ['nodes']) ?? [];
  const nodeProjection = c.project(info.schema.getType('GraphNode')!, { n: 'pn' }, nodeSets);
  // The ends are looked up in the same query; the paths are searched only if each names one entity.
  const cypher = `
    ${matchEntity(from, 'froms', c.q)}
    ${matchEntity(to, 'tos', c.q)}
    CALL (froms, tos) {
      WITH froms, tos WHERE size(froms) = 1 AND size(tos) = 1 AND froms[0] <> tos[0]
      WITH froms[0] AS a, tos[0] AS b
      MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${maxHops}]-(b))
      WITH p LIMIT ${MAX_PATHS}
      RETURN collect({length: length(p), nodes: [pn IN nodes(p) | ${nodeProjection}], edges: [pr IN relationships(p) | ${edgeMap(info, ['edges'], 'pr')}]}) AS paths
    }
    RETURN [x IN froms | labels(x)[0]] AS fromLabels, [x IN tos | labels(x)[0]] AS toLabels,
           size(froms) = 1 AND froms = tos AS same, paths`;
  const [row] = await readRows<{ fromLabels: string[]; toLabels: string[]; same: boolean; paths: unknown[] }>(
    ctx,
    cypher,
    c.q.params,
  );
  checkEntity(from, row!.fromLabels);
  checkEntity(to, row!.toLabels);
  if (row!.same) throw userError('from and to are the same entity', 'to');
  return row!.paths;
}

export async function neighbourhoodResolver(
  _: unknown,
  args: Args,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const depth = boundedInt(args.depth ?? 1, 'depth', 1, 3);
  const limit = boundedInt(args.limit ?? 100, 'limit', 1, 500);
  const center = parseEntityRef(String(args.id), 'id');
  const c = compilerFor(info);
  const nodeSets = selectionsAt(info, ['nodes']) ?? [];
  const nodeProjection = c.project(info.schema.getType('GraphNode')!, { n: 'gn' }, nodeSets);
  // Nearest first, so a limit keeps the closest part of the picture. The centre is looked up in the
  // same query; the subgraph is built only if the id names one entity.
  const cypher = `
    ${matchEntity(center, 'found', c.q)}
    CALL (found) {
      WITH found WHERE size(found) = 1
      WITH found[0] AS c
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
        RETURN collect(DISTINCT ${edgeMap(info, ['edges'], 'r')}) AS edges
      }
      RETURN collect({nodes: [gn IN ns | ${nodeProjection}], edges: edges, truncated: truncated}) AS graphs
    }
    RETURN [x IN found | labels(x)[0]] AS labels, graphs[0] AS graph`;
  const [row] = await readRows<{ labels: string[]; graph: unknown }>(ctx, cypher, c.q.params);
  checkEntity(center, row!.labels);
  return row!.graph;
}
