import type { GraphQLResolveInfo } from 'graphql';
import { depth } from '../../graph/model';
import type { QueryBuilder } from '../cypher/projection';
import {
  affiliationOn,
  affiliationsOf,
  heldWithin,
  speakerInstitutionOf,
  speakerOf,
  talksOnTopicBody,
  withinEvent,
} from '../cypher/patterns';
import { userError } from '../errors';
import type { MatrixColumns, QueryResolvers, TalkMatrixFilter } from '../generated/types';
import { keptPerVersion } from './kept-per-version';
import { compilerFor, connection, readRows, selectionsAt, type Args } from './support';

/**
 * "Who spoke on which topic": the topic × institution (or × person) matrix, aggregated in Neo4j so a
 * client gets counts rather than every talk, and the talks behind one of its cells. Both fields select
 * talks, columns and topics with the same pieces, so a cell lists exactly the talks it counts.
 */

const TOPICS = depth('Topic-BROADER-Topic');
const has = <F extends object>(f: F, key: keyof F) => f[key] !== undefined && f[key] !== null;

/** A count argument within 1..max, or a BAD_USER_INPUT error naming it. */
function bounded(value: unknown, field: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw userError(`${field} must be a whole number from 1 to ${max}`, field);
  return n;
}

/** Conditions on talk `t` from the filter's dates, event and place. */
function talkConditions(t: string, f: TalkMatrixFilter, q: QueryBuilder): string[] {
  return [
    has(f, 'from') ? `${t}.date >= date(${q.param(f.from)})` : '',
    has(f, 'to') ? `${t}.date <= date(${q.param(f.to)})` : '',
    has(f, 'event') ? `EXISTS { (${t})-[:AT]->(:Event)${withinEvent(f.event, q)} }` : '',
    has(f, 'place')
      ? `EXISTS { (${t})-[:AT]->(:Event)${heldWithin(`:Place {id: ${q.param(f.place)}}`)} }`
      : '',
  ].filter(Boolean);
}

/** Condition: topic `x` is the filter's topic or under it (always true without one). */
const inScope = (x: string, f: TalkMatrixFilter, q: QueryBuilder) =>
  has(f, 'topic') ? `EXISTS { (${x})-[:BROADER*0..${TOPICS}]->(:Topic {id: ${q.param(f.topic)}}) }` : 'true';

/** Every talk the filter selects, as `t`: from the topic's subtree when there is one. */
function selectedTalks(t: string, f: TalkMatrixFilter, q: QueryBuilder): string {
  const conditions = talkConditions(t, f, q);
  if (has(f, 'topic')) {
    const root = q.fresh('root');
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    return `MATCH (${root}:Topic {id: ${q.param(f.topic)}}) ${talksOnTopicBody(root, true, t, q)} WITH DISTINCT ${t}${where}`;
  }
  return `MATCH (${t}:Talk)${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

/**
 * Talk `t` with its column as `c`. Institutions: each speaker's affiliations are read once for all their
 * talks (a talk has one speaker), then the one holding on each talk's date is picked (affiliationOn).
 */
function withColumn(t: string, by: MatrixColumns, q: QueryBuilder): string {
  if (by === 'PERSON') return `WITH ${t}, ${speakerOf(t, q)} AS c`;
  const [p, ts, affs] = [q.fresh('p'), q.fresh('ts'), q.fresh('affs')];
  return `MATCH (${p}:Person)-[:GAVE]->(${t})
    WITH ${p}, collect(${t}) AS ${ts}
    WITH ${ts}, ${affiliationsOf(p, q)} AS ${affs} WHERE ${affs} <> []
    UNWIND ${ts} AS ${t}
    WITH ${t}, ${affiliationOn(affs, `${t}.date`, q)}.i AS c`;
}

/** The topics talk `t` counts for, as `x`: its own, with rollUp every broader one too, within the filter's scope. */
function topicsOf(t: string, rollUp: boolean, f: TalkMatrixFilter, q: QueryBuilder): string {
  const path = rollUp
    ? `(${t})-[:ABOUT]->(:Topic)-[:BROADER*0..${TOPICS}]->(x:Topic)`
    : `(${t})-[:ABOUT]->(x:Topic)`;
  return `MATCH ${path} WHERE ${inScope('x', f, q)} RETURN DISTINCT x`;
}

interface MatrixResult {
  talkCount: number;
  columnCount: number;
  rowCount: number;
  columns: unknown[];
  rows: { topic: unknown; count: number; cells: { column: number; count: number }[] }[];
}

const talkMatrix: QueryResolvers['talkMatrix'] = async (_parent, args, ctx, info) => {
  const f: TalkMatrixFilter = args.where ?? {};
  const by: MatrixColumns = args.by ?? 'INSTITUTION';
  const rollUp = args.rollUp !== false;
  const columns = bounded(args.columns ?? 30, 'columns', 100);
  const rows = bounded(args.rows ?? 50, 'rows', 200);
  const c = compilerFor(info);
  const q = c.q;
  const key = by === 'PERSON' ? 'person' : 'institution';
  const [cn, x] = [q.fresh('cn'), q.fresh('x')];
  const columnProjection = c.project(
    info.schema.getType(by === 'PERSON' ? 'Person' : 'Institution')!,
    { n: cn },
    selectionsAt(info as GraphQLResolveInfo, ['columns', key]) ?? [],
  );
  const topicProjection = c.project(
    info.schema.getType('Topic')!,
    { n: x },
    selectionsAt(info as GraphQLResolveInfo, ['rows', 'topic']) ?? [],
  );
  const cypher = `${selectedTalks('t', f, q)}
    ${withColumn('t', by, q)} WHERE c IS NOT NULL
    WITH c, collect(t) AS ts
    WITH c, ts ORDER BY size(ts) DESC, c.name, c.id
    WITH collect({c: c, ts: ts}) AS cols
    WITH size(cols) AS columnCount, reduce(n = 0, col IN cols | n + size(col.ts)) AS talkCount,
         cols[0..${q.param(columns)}] AS top
    CALL (top) {
      UNWIND range(0, size(top) - 1) AS ci
      UNWIND top[ci].ts AS t
      CALL (t) { ${topicsOf('t', rollUp, f, q)} }
      WITH x, ci, count(*) AS n
      WITH x, sum(n) AS total, collect({column: ci, count: n}) AS cells
      ORDER BY total DESC, x.name, x.id
      RETURN collect({x: x, count: total, cells: cells}) AS ranked
    }
    CALL (ranked) {
      UNWIND range(0, size(ranked) - 1) AS ri
      WITH ri, ranked[ri] AS r WHERE ri < ${q.param(rows)}
      WITH ri, r, r.x AS ${x} ORDER BY ri
      RETURN collect({topic: ${topicProjection}, count: r.count, cells: r.cells}) AS rows
    }
    CALL (top) {
      UNWIND range(0, size(top) - 1) AS ci
      WITH ci, top[ci].c AS ${cn}, size(top[ci].ts) AS count ORDER BY ci
      RETURN collect({${key}: ${columnProjection}, count: count}) AS columns
    }
    RETURN {talkCount: talkCount, columnCount: columnCount, rowCount: size(ranked), columns: columns, rows: rows} AS result`;
  const [row] = await readRows<{ result: MatrixResult }>(ctx, cypher, q.params);
  const result = row!.result;
  for (const r of result.rows) r.cells.sort((a, b) => a.column - b.column);
  return result as never;
};

const talkMatrixTalks: QueryResolvers['talkMatrixTalks'] = (_parent, args, ctx, info) => {
  const f: TalkMatrixFilter = args.where ?? {};
  const rollUp = args.rollUp !== false;
  return connection(ctx, info, args as Args, {
    label: 'Talk',
    orderBy: 'n.date ASC',
    // From the column, an institution's or person's talks being far fewer than a broad topic's; the
    // topic's subtree is collected first, so the planner does not walk it again for every talk.
    anchor: (q) => {
      const [topic, sub, subs, s2] = [q.fresh('topic'), q.fresh('sub'), q.fresh('subs'), q.fresh('s')];
      const talks =
        args.by === 'PERSON'
          ? `(:Person {id: ${q.param(args.column)}})-[:GAVE]->(n:Talk)`
          : `(:Institution {id: ${q.param(args.column)}})<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(n:Talk)`;
      return `MATCH (${topic}:Topic {id: ${q.param(args.topic)}})
        MATCH (${sub}:Topic)-[:BROADER*0..${rollUp ? TOPICS : 0}]->(${topic}) WITH collect(${sub}) AS ${subs}
        MATCH ${talks} WHERE EXISTS { MATCH (n)-[:ABOUT]->(${s2}:Topic) WHERE ${s2} IN ${subs} }
        WITH DISTINCT n`;
    },
    conditions: (q) => {
      const column = args.by === 'PERSON' ? speakerOf('n', q) : speakerInstitutionOf('n', q);
      const cellTopic = q.fresh('cell');
      return [
        ...talkConditions('n', f, q),
        has(f, 'topic')
          ? `EXISTS { MATCH (${cellTopic}:Topic {id: ${q.param(args.topic)}}) WHERE ${inScope(cellTopic, f, q)} }`
          : '',
        `${column}.id = ${q.param(args.column)}`,
      ].filter(Boolean);
    },
  }) as never;
};

export const matrixResolvers: Required<Pick<QueryResolvers, 'talkMatrix' | 'talkMatrixTalks'>> = {
  // Counting every talk the filters select is the explorer's heaviest read; it changes only with the data.
  talkMatrix: keptPerVersion(talkMatrix as never) as never,
  talkMatrixTalks,
};
