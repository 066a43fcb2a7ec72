/**
 * The floor of the benchmark: for each operation of the query mix, the Cypher it needs, written by hand,
 * one query per operation, returning the same data in the same order as the GraphQL answers. No GraphQL
 * parsing, validation or projection compiling: what is left is the database and a JSON response.
 */
import { FULLTEXT_INDEX, NODE_LABELS, RELATIONSHIP_TYPES, searchKeys } from '../../src/graph/model';
import { luceneQuery, searchWords } from '../../src/graphql/resolvers/search';

/** One operation: fixed Cypher, and its parameters from the operation's GraphQL variables. */
export interface RawQuery {
  cypher: string;
  params: (variables: Record<string, unknown>) => Record<string, unknown>;
}

const TRAVERSABLE = RELATIONSHIP_TYPES.join('|');

/** A node of any label by its bare id, as one UNION subquery (every branch an index seek). */
const anyById = (param: string) =>
  `CALL () { ${NODE_LABELS.map((l) => `MATCH (n:${l} {id: $${param}}) RETURN n`).join(' UNION ALL ')} }`;

const nodeKey = (x: string) => `labels(${x})[0] + ':' + ${x}.id`;
const edgeMap = (r: string) =>
  `{type: type(${r}), from: labels(startNode(${r}))[0] + ':' + startNode(${r}).id, to: labels(endNode(${r}))[0] + ':' + endNode(${r}).id}`;

const eventsByRole = (role: string) =>
  `COLLECT { MATCH (i)-[:${role}]->(e:Event) WITH e ORDER BY e.startDate, e.id RETURN {event: {id: e.id, name: e.name, startDate: toString(e.startDate)}} }`;

/** The search's Lucene query and ranking inputs, computed as the service computes them. */
function searchParams(text: string): Record<string, unknown> {
  const words = searchWords(text);
  const compact = searchKeys(text)[0] ?? words.join('');
  return { lucene: luceneQuery(words, compact), lower: text.trim().toLowerCase(), key: compact, words };
}

const pass = (v: Record<string, unknown>) => v;

/** Keyed by the operation names of bench/query-mix.ts; variables are the same as the GraphQL ones. */
export const RAW_QUERIES: Record<string, RawQuery> = {
  talksOnTopicWithNarrower: {
    cypher: `
        MATCH (root:Topic {id: $topic})<-[:BROADER*0..10]-(:Topic)<-[:ABOUT]-(t:Talk)
        WITH DISTINCT t ORDER BY t.date, t.id
        WITH collect(t) AS talks
        CALL (talks) {
          UNWIND talks[0..20] AS t
          RETURN collect({id: t.id, title: t.title, date: toString(t.date),
            speaker: COLLECT { MATCH (p:Person)-[:GAVE]->(t) RETURN {id: p.id, name: p.name} LIMIT 1 }[0],
            speakerAffiliation: COLLECT { MATCH (p:Person)-[:GAVE]->(t) MATCH (p)-[r:AFFILIATED_WITH]->(i:Institution)
              WITH r, i ORDER BY CASE WHEN r.asOf IS NULL OR t.date IS NULL THEN 1000000
                ELSE abs(duration.inDays(r.asOf, t.date).days) END, r.asOf DESC
              RETURN {title: r.title, institution: {id: i.id, name: i.name}} LIMIT 1 }[0],
            event: COLLECT { MATCH (t)-[:AT]->(e:Event) RETURN {id: e.id, name: e.name} LIMIT 1 }[0],
            topics: COLLECT { MATCH (t)-[:ABOUT]->(x:Topic) WITH x ORDER BY x.name, x.id RETURN {id: x.id, name: x.name} }
          }) AS nodes
        }
        RETURN {totalCount: size(talks), nodes: nodes} AS talks`,
    params: pass,
  },
  personWithTalksAndAffiliations: {
    cypher: `
        MATCH (p:Person {id: $id})
        RETURN {id: p.id, name: p.name, familyName: p.familyName,
          affiliations: COLLECT { MATCH (p)-[r:AFFILIATED_WITH]->(i:Institution) WITH r, i ORDER BY r.asOf DESC, i.name
            RETURN {title: r.title, asOf: toString(r.asOf), institution: {id: i.id, name: i.name},
                    provenance: {location: r.location, source: {id: r.source}}} },
          talks: COLLECT { MATCH (p)-[:GAVE]->(t:Talk) WITH t ORDER BY t.date, t.id
            RETURN {id: t.id, title: t.title, date: toString(t.date),
              event: COLLECT { MATCH (t)-[:AT]->(e:Event) RETURN {id: e.id, name: e.name, startDate: toString(e.startDate)} LIMIT 1 }[0],
              topics: COLLECT { MATCH (t)-[:ABOUT]->(x:Topic) WITH x ORDER BY x.name, x.id RETURN {id: x.id, name: x.name} } } }
        } AS person`,
    params: pass,
  },
  institutionEventsByRole: {
    cypher: `
        MATCH (i:Institution {id: $id})
        RETURN {id: i.id, name: i.name, organised: ${eventsByRole('ORGANISED')},
          sponsored: ${eventsByRole('SPONSORED')}, coOrganised: ${eventsByRole('CO_ORGANISED')}} AS institution`,
    params: pass,
  },
  paginatedFilteredList: {
    cypher: `
        CALL () { MATCH (n:Event) WHERE n.startDate >= date($from) RETURN count(n) AS total }
        CALL () {
          MATCH (n:Event) WHERE n.startDate >= date($from)
          WITH n ORDER BY n.startDate DESC, n.id LIMIT 21
          RETURN collect({id: n.id, name: n.name, startDate: toString(n.startDate),
            place: COLLECT { MATCH (n)-[:HELD_IN]->(pl:Place) RETURN {id: pl.id, name: pl.name} LIMIT 1 }[0]}) AS rows
        }
        RETURN {totalCount: total, nodes: rows[0..20], hasNextPage: size(rows) > 20} AS events`,
    params: pass,
  },
  search: {
    cypher: `
        CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: 70}) YIELD node, score
        WITH node, score, [x IN [node.name] + coalesce(node.aliases, []) WHERE toLower(x) = $lower] AS exact
        WITH node, score + CASE WHEN size(exact) > 0 THEN 100 WHEN $key IN coalesce(node.searchKeys, []) THEN 50 ELSE 0 END AS rank,
             coalesce(exact[0], head([x IN [node.name] + coalesce(node.aliases, []) WHERE any(w IN $words WHERE toLower(x) CONTAINS w)]), node.name) AS matched
        ORDER BY rank DESC, node.name
        LIMIT 10
        RETURN {score: rank, kind: toUpper(labels(node)[0]), matched: matched, entity: {id: node.id, name: node.name}} AS hit`,
    params: (v) => searchParams(String(v.text ?? '')),
  },
  pathBetweenActors: {
    cypher: `
        ${anyById('from')} WITH n AS a
        ${anyById('to')} WITH a, n AS b
        MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..4]-(b))
        WITH p LIMIT 10
        RETURN {length: length(p), nodes: [x IN nodes(p) | {key: ${nodeKey('x')}, name: x.name}],
                edges: [r IN relationships(p) | ${edgeMap('r')}]} AS path`,
    params: pass,
  },
  neighbourhoodDepth2: {
    cypher: `
        ${anyById('id')} WITH n AS c
        CALL (c) {
          MATCH path = (c)-[:${TRAVERSABLE}*1..2]-(m)
          WHERE m <> c
          WITH m, min(length(path)) AS d
          ORDER BY d, m.name, m.id
          RETURN collect(m) AS around
        }
        WITH [c] + around[0..99] AS ns, size(around) > 99 AS truncated
        CALL (ns) {
          UNWIND ns AS a
          MATCH (a)-[r:${TRAVERSABLE}]->(b)
          WHERE b IN ns
          RETURN collect(DISTINCT ${edgeMap('r')}) AS edges
        }
        RETURN {truncated: truncated, nodes: [x IN ns | {key: ${nodeKey('x')}, kind: toUpper(labels(x)[0]), name: x.name}], edges: edges} AS graph`,
    params: pass,
  },
  dashboardStats: {
    cypher: `
        CALL () {
          MATCH (s:Topic)-[:BROADER*0..10]->(x:Topic)
          WITH s, collect(DISTINCT x) AS ups
          MATCH (t:Talk)-[:ABOUT]->(s)
          UNWIND ups AS x
          WITH x, count(DISTINCT t) AS count ORDER BY count DESC, x.name LIMIT 10
          RETURN collect({topic: {id: x.id, name: x.name}, count: count}) AS talksPerTopic
        }
        CALL () {
          MATCH (x:Institution)<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(t:Talk)
          WITH x, count(DISTINCT t) AS count ORDER BY count DESC, x.name LIMIT 10
          RETURN collect({institution: {id: x.id, name: x.name}, count: count}) AS talksPerInstitution
        }
        CALL () {
          MATCH (e:Event) WITH e.startDate.year AS year, count(*) AS count ORDER BY year
          RETURN collect({year: year, count: count}) AS eventsPerYear
        }
        CALL () {
          ${NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l.toUpperCase()}' AS kind, count(n) AS count`).join(' UNION ALL ')}
        }
        WITH talksPerTopic, talksPerInstitution, eventsPerYear, collect({kind: kind, count: count}) AS nodesPerKind
        RETURN {talksPerTopic: talksPerTopic, talksPerInstitution: talksPerInstitution, eventsPerYear: eventsPerYear, nodesPerKind: nodesPerKind} AS stats`,
    params: pass,
  },
};
