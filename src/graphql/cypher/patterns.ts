import { depth, relDef, type RelDef } from '../../graph/model';
import { matchFactsOf } from '../../graph/source-facts';
import { nodes } from './field-specs';
import type { ConnectionField, FieldSpec, MatchField, QueryBuilder } from './projection';

/**
 * The hand-written Cypher: patterns that are more than one relationship of the catalogue (roll-ups down
 * the topic tree, talks through affiliations, an affiliation as of a date). Every list filter, computed
 * field and aggregate that needs one takes it from here, so each pattern is written once.
 */

const TOPICS = depth('Topic-BROADER-Topic');
const INSTITUTIONS = depth('Institution-PART_OF-Institution');
const EVENTS = depth('Event-PART_OF-Event');
const PLACES = depth('Place-LOCATED_IN-Place');

export const talkOrder = (t: string) => `${t}.date, ${t}.id`;

/** Talks on a topic, or on it and everything under it. */
export function talksOnTopicBody(
  topicVar: string,
  includeNarrower: boolean,
  talkVar: string,
  q: QueryBuilder,
): string {
  if (!includeNarrower) return `MATCH (${talkVar}:Talk)-[:ABOUT]->(${topicVar})`;
  const sub = q.fresh('sub');
  return `MATCH (${sub}:Topic)-[:BROADER*0..${TOPICS}]->(${topicVar}) MATCH (${talkVar}:Talk)-[:ABOUT]->(${sub})`;
}

/**
 * For a walk over talks in date order (list-query.ts): the topic's sub-topics (or the topic alone),
 * collected once, and the condition that talk `n` is about one of them.
 */
export function talkOnTopicWalk(topicId: unknown, includeNarrower: boolean, q: QueryBuilder) {
  const [topic, sub, subs, x] = [q.fresh('topic'), q.fresh('sub'), q.fresh('subs'), q.fresh('x')];
  const found = `MATCH (${topic}:Topic {id: ${q.param(topicId)}})`;
  return {
    prelude: includeNarrower
      ? `${found} MATCH (${sub}:Topic)-[:BROADER*0..${TOPICS}]->(${topic}) WITH collect(DISTINCT ${sub}) AS ${subs}`
      : `${found} WITH [${topic}] AS ${subs}`,
    condition: `EXISTS { (n)-[:ABOUT]->(${x}) WHERE ${x} IN ${subs} }`,
  };
}

/** Condition: talk `t` is on the topic (or, with includeNarrower, one under it). */
export function talkOnTopic(t: string, topicId: unknown, includeNarrower: boolean, q: QueryBuilder): string {
  const topic = `(:Topic {id: ${q.param(topicId)}})`;
  return includeNarrower
    ? `EXISTS { (${t})-[:ABOUT]->(:Topic)-[:BROADER*0..${TOPICS}]->${topic} }`
    : `EXISTS { (${t})-[:ABOUT]->${topic} }`;
}

/** Condition: `person` is affiliated with the institution or one of its units. */
export const affiliatedWith = (person: string, institutionId: unknown, q: QueryBuilder) =>
  `EXISTS { (${person})-[:AFFILIATED_WITH]->(:Institution)-[:PART_OF*0..${INSTITUTIONS}]->(:Institution {id: ${q.param(institutionId)}}) }`;

/** Pattern tail from an event: it is the event with this id, or part of it at any level. */
export const withinEvent = (eventId: unknown, q: QueryBuilder, minHops = 0) =>
  `-[:PART_OF*${minHops}..${EVENTS}]->(:Event {id: ${q.param(eventId)}})`;

/** Pattern tail: an event held in the place or anywhere inside it. */
export const heldWithin = (placeVar: string) =>
  `-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..${PLACES}]->(${placeVar})`;

/** Condition: standard `s` is developed by the committee or one of its working groups. */
export const developedWithin = (s: string, institutionId: unknown, q: QueryBuilder) =>
  `EXISTS { (${s})-[:DEVELOPED_BY]->(:Institution)-[:PART_OF*0..${INSTITUTIONS}]->(:Institution {id: ${q.param(institutionId)}}) }`;

const talksOnTopicField = (
  then: (t: string, q: QueryBuilder) => { body: string; n: string },
): MatchField => ({
  list: true,
  match: (v, args, q) => {
    const t = q.fresh('t');
    const { body, n } = then(t, q);
    return { body: `${talksOnTopicBody(v.n!, args.includeNarrower === true, t, q)} ${body}`, vars: { n } };
  },
});

/**
 * Reading order of a source's facts: the paragraph number that starts `location` ("paragraph 3, item 2"),
 * then the location as text, the type and the element id, so pages are stable.
 */
const factOrder = (r: string) =>
  `toInteger(last(split(split(coalesce(${r}.location, ''), ',')[0], ' '))), ${r}.location, type(${r}), elementId(${r})`;

/** The facts a source states: relationships whose `source` is its id, paginated. */
const sourceFacts: ConnectionField = {
  connection: (v, _args, q) => {
    const f = q.fresh('f');
    return {
      body: `${matchFactsOf(`${v.n}.id`, f, [v.n!])} WITH ${f} ORDER BY ${factOrder(f)}`,
      item: f,
      row: (x) => {
        const a = q.fresh('a');
        const b = q.fresh('b');
        return {
          body: `WITH ${x}, startNode(${x}) AS ${a}, endNode(${x}) AS ${b}`,
          vars: { r: x, from: a, to: b },
        };
      },
    };
  },
};

/** The time-bounded relationship (or map with the same keys) `x` has a `from` or `to`. */
const dated = (rel: RelDef, x: string) =>
  `(${x}.${rel.validity!.from} IS NOT NULL OR ${x}.${rel.validity!.to} IS NOT NULL)`;
/** `x`'s bounds include `day`, a missing bound being open. */
const holds = (rel: RelDef, x: string, day: string) => {
  const { from, to } = rel.validity!;
  return `(${x}.${from} IS NULL OR ${x}.${from} <= ${day}) AND (${x}.${to} IS NULL OR ${day} <= ${x}.${to})`;
};

/**
 * Condition: the time-bounded relationship `r` from `start` to `end` holds on `day` (a Cypher DATE).
 * Dated (it has `from` or `to`): from <= day <= to, a missing bound being open. Undated (only the day a
 * source attests it, `asOf`): taken to hold on any day, for want of better knowledge, unless a dated
 * relationship between the same two nodes holds on that day, which then says more.
 */
export function validOn(rel: RelDef, r: string, start: string, end: string, day: string, q: QueryBuilder) {
  const o = q.fresh('o');
  return `CASE WHEN ${dated(rel, r)} THEN ${holds(rel, r, day)}
    ELSE NOT EXISTS { MATCH (${start})-[${o}:${rel.types.join('|')}]->(${end}) WHERE ${dated(rel, o)} AND ${holds(rel, o, day)} } END`;
}

const AFFILIATION = relDef('Person-AFFILIATED_WITH-Institution');

/**
 * A person's affiliations as a list of maps {r, i, from, to, asOf, name}: read once per person, so the
 * rules below (the same as validOn's) run on values instead of walking the graph again per talk.
 */
export function affiliationsOf(p: string, q: QueryBuilder): string {
  const [r, i] = [q.fresh('r'), q.fresh('i')];
  const { from, to } = AFFILIATION.validity!;
  return `COLLECT { MATCH (${p})-[${r}:AFFILIATED_WITH]->(${i}:Institution)
    RETURN {r: ${r}, i: ${i}, ${from}: ${r}.${from}, ${to}: ${r}.${to}, asOf: ${r}.asOf, name: ${i}.name} }`;
}

/** Condition: affiliation `a`, one of `affs` (affiliationsOf), holds on `day` (validOn's rule; any day if null). */
function affiliationHolds(a: string, affs: string, day: string, q: QueryBuilder): string {
  const o = q.fresh('o');
  return `(${day} IS NULL OR CASE WHEN ${dated(AFFILIATION, a)} THEN ${holds(AFFILIATION, a, day)}
    ELSE NOT any(${o} IN ${affs} WHERE ${o}.i = ${a}.i AND ${dated(AFFILIATION, o)} AND ${holds(AFFILIATION, o, day)}) END)`;
}

/**
 * Which of a speaker's affiliations holding on a talk's `day` comes first, as a sort key (lowest first):
 * dated ones, then the one a source attests closest to the day, the latest attested, then by name.
 */
const affiliationRank = (a: string, day: string) =>
  `[CASE WHEN ${dated(AFFILIATION, a)} THEN 0 ELSE 1 END,
    CASE WHEN ${a}.asOf IS NULL OR ${day} IS NULL THEN 1000000 ELSE abs(duration.inDays(${a}.asOf, ${day}).days) END,
    CASE WHEN ${a}.asOf IS NULL THEN -1000000000 ELSE -duration.inDays(date('1970-01-01'), ${a}.asOf).days END,
    ${a}.name]`;

/**
 * The speaker's affiliation for a talk on `day`: the first by affiliationRank of those of `affs`
 * (affiliationsOf the speaker) that hold that day, as its map, or null. Talk.speakerAffiliation.
 */
export function affiliationOn(affs: string, day: string, q: QueryBuilder): string {
  const [a, x, best] = [q.fresh('a'), q.fresh('x'), q.fresh('best')];
  // One undated affiliation (most people) holds on any day: no need to rank.
  return `CASE WHEN size(${affs}) = 1 AND NOT ${dated(AFFILIATION, `${affs}[0]`)} THEN ${affs}[0]
    ELSE reduce(${best} = null, ${a} IN [${x} IN ${affs} WHERE ${affiliationHolds(x, affs, day, q)}] |
    CASE WHEN ${best} IS NULL OR ${affiliationRank(a, day)} < ${affiliationRank(best, day)} THEN ${a} ELSE ${best} END) END`;
}

/** The speaker of talk `t` (Talk.speaker: the first by name when a talk has several), or null. */
export const speakerOf = (t: string, q: QueryBuilder) => {
  const p = q.fresh('p');
  return `COLLECT { MATCH (${p}:Person)-[:GAVE]->(${t}) RETURN ${p} ORDER BY ${p}.name, ${p}.id LIMIT 1 }[0]`;
};

/** The institution of talk `t`'s speaker affiliation on the talk's date (Talk.speakerAffiliation), or null. */
export function speakerInstitutionOf(t: string, q: QueryBuilder): string {
  const [p, affs, a] = [q.fresh('p'), q.fresh('affs'), q.fresh('a')];
  return `COLLECT { MATCH (${p}:Person)-[:GAVE]->(${t}) WITH ${p}, ${t}, ${affiliationsOf(p, q)} AS ${affs}
    WITH ${t}, ${affiliationOn(affs, `${t}.date`, q)} AS ${a} WHERE ${a} IS NOT NULL
    RETURN ${a} ORDER BY ${affiliationRank(a, `${t}.date`)} LIMIT 1 }[0].i`;
}

/**
 * The speaker's affiliations that hold on the talk's date (all of them when it has none), in
 * affiliationRank order.
 */
function speakerAffiliations(list: boolean): MatchField {
  return {
    list,
    match: (v, _a, q) => {
      const [p, r, i, t, affs, a, x] = [
        q.fresh('p'),
        q.fresh('r'),
        q.fresh('i'),
        v.n!,
        q.fresh('affs'),
        q.fresh('a'),
        q.fresh('x'),
      ];
      return {
        body: `MATCH (${p}:Person)-[:GAVE]->(${t}) WITH ${p}, ${t}, ${affiliationsOf(p, q)} AS ${affs}
               UNWIND [${x} IN ${affs} WHERE ${affiliationHolds(x, affs, `${t}.date`, q)}] AS ${a}
               WITH ${p}, ${a}.r AS ${r}, ${a}.i AS ${i}, ${a} ORDER BY ${affiliationRank(a, `${t}.date`)}`,
        vars: { r, from: p, to: i },
      };
    },
  };
}

/** Fields that follow more than one relationship, by GraphQL type and field. */
export const COMPUTED_FIELDS: Record<string, Record<string, FieldSpec>> = {
  Person: {
    topics: nodes((a, b) => `(${a})-[:GAVE]->(:Talk)-[:ABOUT]->(${b}:Topic)`),
  },
  Institution: {
    talks: nodes(
      (a, b) =>
        `(${a})<-[:PART_OF*0..${INSTITUTIONS}]-(:Institution)<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(${b}:Talk)`,
      talkOrder,
    ),
  },
  Event: {
    speakers: nodes((a, b) => `(${b}:Person)-[:GAVE]->(:Talk)-[:AT]->(${a})`),
  },
  Topic: {
    ancestors: nodes((a, b) => `(${a})-[:BROADER*1..${TOPICS}]->(${b}:Topic)`),
    talks: talksOnTopicField((t) => ({ body: `WITH DISTINCT ${t} ORDER BY ${talkOrder(t)}`, n: t })),
    speakers: talksOnTopicField((t, q) => {
      const p = q.fresh('p');
      return {
        body: `MATCH (${p}:Person)-[:GAVE]->(${t}) WITH DISTINCT ${p} ORDER BY ${p}.name, ${p}.id`,
        n: p,
      };
    }),
  },
  Place: {
    events: nodes(
      (a, b) => `(${b}:Event)${heldWithin(a)}`,
      (b) => `${b}.startDate, ${b}.id`,
    ),
  },
  Source: { facts: sourceFacts },
  Talk: {
    speakerAffiliation: speakerAffiliations(false),
    speakerAffiliations: speakerAffiliations(true),
    provenance: {
      list: false,
      match: (v, _a, q) => {
        const r = q.fresh('r');
        return { body: `MATCH (:Person)-[${r}:GAVE]->(${v.n})`, vars: { r } };
      },
    },
  },
};
