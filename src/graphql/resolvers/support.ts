import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { redirected } from '../../graph/curation/redirects';
import type { NodeLabel } from '../../graph/model';
import type { GraphQLContext } from '../context';
import {
  listQuery,
  walkSkip,
  type IndexWalk,
  type KeptCounts,
  type ListCounts,
  type ListRow,
} from '../cypher/list-query';
import { ProjectionCompiler, QueryBuilder } from '../cypher/projection';
import { collectFields, selectionContext, subSelections } from '../cypher/selection';
import { SPECS } from '../cypher/specs';
import { decodeCursor, pageSize, toConnection } from '../pagination';

export type Args = Record<string, unknown>;

/** A compiler for one root field: its own parameters and variable names. */
export function compilerFor(info: GraphQLResolveInfo): ProjectionCompiler {
  return new ProjectionCompiler(SPECS, selectionContext(info), new QueryBuilder());
}

/** The selection sets of this resolver's own field. */
export function ownSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
}

/** Selection sets under a path of field names inside this resolver's result type, e.g. ['edges','node']. */
export function selectionsAt(info: GraphQLResolveInfo, path: string[]): SelectionSetNode[] | undefined {
  const ctx = selectionContext(info);
  let type = getNamedType(info.returnType);
  let sets = ownSelections(info);
  for (const name of path) {
    if (!isObjectType(type)) return undefined;
    const matching = [...collectFields(ctx, type as GraphQLObjectType, sets).values()].filter(
      (f) => f.name === name,
    );
    if (matching.length === 0) return undefined;
    sets = matching.flatMap(subSelections);
    type = getNamedType(matching[0]!.def.type);
  }
  return sets;
}

export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectionsAt(info, [field]) !== undefined;
}

/** Runs one read query and returns its records as plain objects. */
export async function readRows<T = Record<string, unknown>>(
  ctx: GraphQLContext,
  cypher: string,
  params: Args,
): Promise<T[]> {
  return ctx.db.query(cypher, params) as Promise<T[]>;
}

/** One entity by id, with the whole requested subtree, in one query. */
export function byId(label: NodeLabel) {
  return async (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const c = compilerFor(info);
    const projection = c.project(getNamedType(info.returnType), { n: 'n' }, ownSelections(info));
    const rows = await readRows<{ result: unknown }>(
      ctx,
      // An id merged into another redirects to it (one hop: merges re-point older redirects).
      `${redirected(label, c.q.param(String(args.id)), 'rid')}
       MATCH (n:${label} {id: rid}) RETURN ${projection} AS result LIMIT 1`,
      c.q.params,
    );
    return rows[0]?.result ?? null;
  };
}

export interface ListSpec {
  label: NodeLabel;
  /**
   * A pattern that reaches the candidates from one node found by id (e.g. talks from their topic), ending
   * with `WITH DISTINCT n`. Without it the list scans its label; with it, only what the anchor reaches.
   */
  anchor?: (q: QueryBuilder) => string | undefined;
  /** WHERE conditions on `n` from the filter; values must go through q.param. */
  conditions: (q: QueryBuilder) => string[];
  /** ORDER BY on `n`; the id is appended so pages are stable. */
  orderBy: string;
  /** When the list is ordered by an indexed property, the walk along that index (cypher/list-query.ts). */
  walk?: (q: QueryBuilder) => IndexWalk | undefined;
}

/** Lists at least this long have their counts kept (see connection). */
const KEEP_COUNTS_FROM = 1000;

/** A list's counts depend on its field and filter, not on its order or page. */
const countsKey = (info: GraphQLResolveInfo, args: Args) =>
  ['list counts', info.parentType.name, info.fieldName, JSON.stringify(args.where ?? null)].join('\n');

/** The counts kept for `key` when no write of this process finished since (the graph version is checked in the query). */
async function keptCounts(ctx: GraphQLContext, key: string, local: number): Promise<KeptCounts | undefined> {
  const kept = ctx.aggregates.peek(key);
  if (!kept || kept.version.local !== local) return undefined;
  try {
    return { graph: kept.version.graph, counts: (await kept.value) as ListCounts };
  } catch {
    return undefined;
  }
}

/**
 * A Relay connection in one query: the page (first+1 rows to know about a next page) and, only when
 * asked for, totalCount. Counts are kept per (field, filter, data version) in ctx.aggregates: the query
 * counts only when the graph version it reads is not the one they were kept for.
 */
export async function connection(ctx: GraphQLContext, info: GraphQLResolveInfo, args: Args, spec: ListSpec) {
  const first = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const c = compilerFor(info);
  const anchor = spec.anchor?.(c.q);
  const where = spec.conditions(c.q);
  const match = `${anchor ?? `MATCH (n:${spec.label})`}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const walk = spec.walk?.(c.q);
  const nodeType = info.schema.getType(spec.label)!;
  const edgeSets = selectionsAt(info, ['edges', 'node']);
  const nodeSets = selectionsAt(info, ['nodes']);
  const row = [
    edgeSets ? `edge: ${c.project(nodeType, { n: 'n' }, edgeSets)}` : undefined,
    nodeSets ? `node: ${c.project(nodeType, { n: 'n' }, nodeSets)}` : undefined,
  ].filter(Boolean);
  const wantTotal = selects(info, 'totalCount');
  const key = countsKey(info, args);
  // Read before the query: a write of this process finishing during it leaves these counts unkept.
  const local = ctx.db.writesFinished;
  const kept = walk || (wantTotal && !anchor) ? await keptCounts(ctx, key, local) : undefined;
  const cypher = listQuery(
    {
      label: spec.label,
      match,
      where,
      anchored: !!anchor,
      orderBy: spec.orderBy,
      projection: `{${row.join(', ') || 'id: n.id'}}`,
      offset,
      limit: first + 1,
      wantTotal,
      walk,
    },
    c.q,
    kept,
  );
  const [result] = await readRows<ListRow>(ctx, cypher, c.q.params);
  if (result && result.version !== null && result.total !== null) {
    const counts: ListCounts = { total: result.total };
    if (result.missing !== null && result.missing !== undefined) counts.missing = result.missing;
    if (result.labelled !== null && result.labelled !== undefined) counts.labelled = result.labelled;
    // Kept (or already kept) for the version the query read; a settling cache keeps nothing. Only counts
    // worth keeping take a place in the cache it shares with the dashboard: small ones cost little to redo
    // (free-text filters would otherwise push the dashboard's aggregates out).
    const worthKeeping =
      counts.total >= KEEP_COUNTS_FROM ||
      (walk && walkSkip(counts, 0, first + 1, walk.descending) !== undefined);
    if (worthKeeping)
      void ctx.aggregates.get(key, { graph: result.version, local }, () => Promise.resolve(counts));
  }
  return toConnection(
    result?.rows ?? [],
    offset,
    first,
    wantTotal ? (result?.total ?? undefined) : undefined,
  );
}

/**
 * A connection under an object (a source's facts): the root query fetched `{total, rows}` for it
 * (ProjectionCompiler's connection fields); this turns it into edges, nodes, cursors and page info.
 */
export function nestedConnection(
  source: unknown,
  args: Args,
  _ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const record = (source ?? {}) as Record<string, unknown>;
  const raw = (info.path.key in record ? record[info.path.key as string] : record[info.fieldName]) as
    { total: number; rows: { edge?: unknown; node?: unknown }[] } | undefined;
  return toConnection(raw?.rows ?? [], decodeCursor(args.after), pageSize(args.first), raw?.total ?? 0);
}

/** Case-insensitive substring match on name or any alias. */
export function nameMatches(n: string, text: unknown, q: QueryBuilder): string {
  const p = q.param(String(text).toLowerCase());
  return `(toLower(${n}.name) CONTAINS ${p} OR any(a IN coalesce(${n}.aliases, []) WHERE toLower(a) CONTAINS ${p}))`;
}

export function direction(order: unknown): 'ASC' | 'DESC' {
  return (order as { direction?: string } | undefined)?.direction === 'DESC' ? 'DESC' : 'ASC';
}
