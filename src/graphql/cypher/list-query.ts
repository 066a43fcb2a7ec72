import { READ_GRAPH_VERSION } from '../../neo4j/graph-version';
import type { QueryBuilder } from './projection';

/**
 * The Cypher of a paginated root list (resolvers/support.ts, connection): one query that returns the page
 * and, when asked, the list's counts. Counting is work in proportion to the list, so the counts are kept
 * per data version by the caller; the query is told which version they were kept for and counts again
 * only when the graph moved on (it reads the version itself, so a kept count costs no extra round trip).
 */

/** What a list's counts hold: its size, how many members lack the walked property, the label's size. */
export interface ListCounts {
  total: number;
  /** Members whose order property is null (undated talks): they sort after the others ascending, first descending. */
  missing?: number;
  /** Nodes of the label, dated or not (the walk's estimate): read from Neo4j's count store. */
  labelled?: number;
}

/**
 * Reading the list by walking the index of its order property, in order, and keeping the members until
 * the page is full: the cost follows the page, not the list. Talks on a topic (with narrower topics)
 * are many, and the ordered walk reads about (page end) × (talks ÷ talks on the topic) index entries.
 */
export interface IndexWalk {
  /** The indexed property the list is ordered by first, e.g. `date` for `n.date` (index `label(property)`). */
  property: string;
  descending: boolean;
  /** Clauses binding what `condition` needs, ending with a WITH (run once, before the walk). */
  prelude: string;
  /** Condition that `n` is a member: replaces the anchor of the ordinary query. */
  condition: string;
}

export interface ListQueryParts {
  label: string;
  /** MATCH ... [WHERE ...] binding `n` to every member (the anchor or a label scan, with the filter). */
  match: string;
  /** The filter's conditions on `n`, without the anchor (for the walk). */
  where: string[];
  anchored: boolean;
  /** ORDER BY on `n`, before the id that makes the order total. */
  orderBy: string;
  /** The map returned per row. */
  projection: string;
  offset: number;
  /** Rows to read: the page size plus one, to tell whether there is a next page. */
  limit: number;
  wantTotal: boolean;
  walk?: IndexWalk;
}

/** Counts kept for a data version, and the graph version they were computed for. */
export interface KeptCounts {
  graph: number;
  counts: ListCounts;
}

/** The query's one row: the graph version it read (when it counts), the counts and the page. */
export interface ListRow {
  version: number | null;
  total: number | null;
  missing: number | null;
  labelled: number | null;
  rows: { edge?: unknown; node?: unknown }[];
}

/** Counts only when the kept ones are for another graph version (or there are none: -1 never matches). */
const keptGraph = (q: QueryBuilder, kept: KeptCounts | undefined) => q.param(kept ? kept.graph : -1);

/**
 * Where the walk starts in the property's order (members without it excluded), or undefined when the
 * ordinary query is cheaper or the page reaches members without the property (they are not in the index).
 */
export function walkSkip(counts: ListCounts, offset: number, limit: number, descending: boolean) {
  const { total, missing = 0, labelled = 0 } = counts;
  const present = total - missing;
  const skip = descending ? offset - missing : offset;
  if (skip < 0 || present <= 0) return undefined; // descending: the page starts among the undated ones
  if (!descending && missing > 0 && offset + limit > present) return undefined; // ascending: it reaches them
  // Members are taken as spread evenly over the index; to the end of it when the page outruns them.
  const reads = skip + limit >= present ? labelled : ((skip + limit) * labelled) / present;
  // A walked entry costs about twice a member reached from the anchor (its topics are checked), plus no sort.
  return reads * 2 <= total ? skip : undefined;
}

/** The list query; `kept` are the counts kept for this list's filter, if any. */
export function listQuery(p: ListQueryParts, q: QueryBuilder, kept: KeptCounts | undefined): string {
  const page = (skip: number) =>
    `WITH n ORDER BY ${p.orderBy}, n.id SKIP ${q.param(skip)} LIMIT ${q.param(p.limit)} RETURN collect(${p.projection}) AS rows`;
  if (p.walk) return walkingQuery(p, p.walk, q, kept);
  if (!p.wantTotal)
    return `CALL () { ${p.match} ${page(p.offset)} } RETURN null AS version, null AS total, rows`;
  if (p.anchored)
    // An anchored set is bounded by its anchor: walk it once, then count and page the same list.
    return [
      `${p.match} WITH n ORDER BY ${p.orderBy}, n.id WITH collect(n) AS matched`,
      `CALL (matched) { UNWIND matched[${q.param(p.offset)}..${q.param(p.offset + p.limit)}] AS n RETURN collect(${p.projection}) AS rows }`,
      'RETURN null AS version, size(matched) AS total, rows',
    ].join('\n');
  const kg = keptGraph(q, kept);
  return [
    `CALL () { ${READ_GRAPH_VERSION} }`,
    `CALL (v) {`,
    `  WITH v WHERE v = ${kg} RETURN ${q.param(kept?.counts.total ?? 0)} AS total`,
    `  UNION ALL`,
    `  WITH v WHERE v <> ${kg} CALL () { ${p.match} RETURN count(n) AS total } RETURN total`,
    `}`,
    `CALL () { ${p.match} ${page(p.offset)} }`,
    'RETURN v AS version, total, rows',
  ].join('\n');
}

/**
 * Two branches, one of which runs: with counts kept for the graph version the query reads, the index
 * walk (when walkSkip finds it cheaper); otherwise the anchored list is read whole, sorted, sliced and
 * counted, which the next requests then reuse.
 */
function walkingQuery(p: ListQueryParts, walk: IndexWalk, q: QueryBuilder, kept: KeptCounts | undefined) {
  const skip = kept && walkSkip(kept.counts, p.offset, p.limit, walk.descending);
  const walking = skip === undefined ? undefined : kept;
  const kg = keptGraph(q, walking);
  const n = `n.${walk.property}`;
  const conditions = [`${n} IS NOT NULL`, walk.condition, ...p.where].join(' AND ');
  // The branches return the page's nodes; the projection is stated once, after them (planning a large
  // projection twice doubled the planning time, paid by the first request after Neo4j starts).
  return [
    `CALL () { ${READ_GRAPH_VERSION} }`,
    `CALL (v) {`,
    `  WITH v WHERE v = ${kg}`,
    `  CALL () { ${walk.prelude} MATCH (n:${p.label}) USING INDEX n:${p.label}(${walk.property}) WHERE ${conditions}`,
    `    WITH n ORDER BY ${p.orderBy}, n.id SKIP ${q.param(skip ?? 0)} LIMIT ${q.param(p.limit)} RETURN collect(n) AS page }`,
    `  RETURN ${q.param(walking?.counts.total ?? 0)} AS total, ${q.param(walking?.counts.missing ?? 0)} AS missing,`,
    `    ${q.param(walking?.counts.labelled ?? 0)} AS labelled, page`,
    `  UNION ALL`,
    `  WITH v WHERE v <> ${kg}`,
    // The key is read once, for the sort and for counting the members that have it.
    `  CALL () { ${p.match} WITH n, n.${walk.property} AS key ORDER BY key ${walk.descending ? 'DESC' : 'ASC'}, n.id`,
    `    WITH collect(n) AS matched, count(key) AS present`,
    `    RETURN size(matched) AS total, size(matched) - present AS missing,`,
    `      COUNT { (:${p.label}) } AS labelled, matched[${q.param(p.offset)}..${q.param(p.offset + p.limit)}] AS page }`,
    `  RETURN total, missing, labelled, page`,
    `}`,
    `CALL (page) { UNWIND page AS n RETURN collect(${p.projection}) AS rows }`,
    'RETURN v AS version, total, missing, labelled, rows',
  ].join('\n');
}
