import { depth, relDef, RELATIONSHIP_TYPES, type RelDef } from '../../graph/model';
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

/**
 * Each talk with every topic at or above one it is about. The few topics' ancestors are computed once,
 * rather than a BROADER walk per talk (about 40% less time at SF10).
 */
export const ROLLED_UP_TOPIC_TALKS = `MATCH (s:Topic)-[:BROADER*0..${TOPICS}]->(x:Topic)
    WITH s, collect(DISTINCT x) AS ups
    MATCH (t:Talk)-[:ABOUT]->(s)
    UNWIND ups AS x`;

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

/** Every relationship type of the model (so not MENTIONED_IN): the kinds of fact a source can state. */
export const FACT_TYPES = RELATIONSHIP_TYPES.join('|');

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
      body: `MATCH ()-[${f}:${FACT_TYPES}]->() WHERE ${f}.source = ${v.n}.id WITH ${f} ORDER BY ${factOrder(f)}`,
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

/**
 * Condition: the time-bounded relationship `r` from `start` to `end` holds on `day` (a Cypher DATE).
 * Dated (it has `from` or `to`): from <= day <= to, a missing bound being open. Undated (only the day a
 * source attests it, `asOf`): taken to hold on any day, for want of better knowledge, unless a dated
 * relationship between the same two nodes holds on that day, which then says more.
 */
export function validOn(rel: RelDef, r: string, start: string, end: string, day: string, q: QueryBuilder) {
  const { from, to } = rel.validity!;
  const dated = (x: string) => `(${x}.${from} IS NOT NULL OR ${x}.${to} IS NOT NULL)`;
  const holds = (x: string) =>
    `(${x}.${from} IS NULL OR ${x}.${from} <= ${day}) AND (${x}.${to} IS NULL OR ${day} <= ${x}.${to})`;
  const o = q.fresh('o');
  return `CASE WHEN ${dated(r)} THEN ${holds(r)}
    ELSE NOT EXISTS { MATCH (${start})-[${o}:${rel.types.join('|')}]->(${end}) WHERE ${dated(o)} AND ${holds(o)} } END`;
}

const AFFILIATION = relDef('Person-AFFILIATED_WITH-Institution');

/**
 * The speaker's affiliations that hold on the talk's date (all of them when it has none): dated ones
 * first, then by how close the day the source attests them is to the talk.
 */
function speakerAffiliations(list: boolean): MatchField {
  return {
    list,
    match: (v, _a, q) => {
      const [p, r, i, t] = [q.fresh('p'), q.fresh('r'), q.fresh('i'), v.n!];
      const { from, to } = AFFILIATION.validity!;
      return {
        body: `MATCH (${p}:Person)-[:GAVE]->(${t}) MATCH (${p})-[${r}:AFFILIATED_WITH]->(${i}:Institution)
               WHERE ${t}.date IS NULL OR ${validOn(AFFILIATION, r, p, i, `${t}.date`, q)}
               WITH ${p}, ${r}, ${i} ORDER BY CASE WHEN ${r}.${from} IS NULL AND ${r}.${to} IS NULL THEN 1 ELSE 0 END,
                 CASE WHEN ${r}.asOf IS NULL OR ${t}.date IS NULL THEN 1000000
                   ELSE abs(duration.inDays(${r}.asOf, ${t}.date).days) END, ${r}.asOf DESC, ${i}.name`,
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
