import type {
  EventFilter,
  InstitutionFilter,
  PersonFilter,
  QueryResolvers,
  StandardFilter,
  TalkFilter,
  TopicFilter,
} from '../generated/types';
import { depth, ORGANISER_ROLES, searchKeys } from '../../graph/model';
import type { QueryBuilder } from '../cypher/projection';
import {
  affiliatedWith,
  developedWithin,
  heldWithin,
  talkOnTopic,
  talkOnTopicWalk,
  talksOnTopicBody,
  withinEvent,
} from '../cypher/patterns';
import { connection, direction, nameMatches } from './support';

/** A filter field that was given (GraphQL passes null for an explicit null). */
const has = <F extends object>(f: F, key: keyof F) => f[key] !== undefined && f[key] !== null;
const ANY_ROLE = ORGANISER_ROLES.join('|');
const TOPIC_DEPTH = depth('Topic-BROADER-Topic');
const INSTITUTION_DEPTH = depth('Institution-PART_OF-Institution');

type ListField = 'events' | 'people' | 'institutions' | 'topics' | 'talks' | 'standards';

/** The paginated root lists, typed by the resolver types generated from the SDL (npm run codegen). */
export const listResolvers: Required<Pick<QueryResolvers, ListField>> = {
  events: (_parent, args, ctx, info) => {
    const f: EventFilter = args.where ?? {};
    const order = args.orderBy;
    return connection(ctx, info, args, {
      label: 'Event',
      orderBy: `${order?.field === 'NAME' ? 'n.name' : 'n.startDate'} ${direction(order)}`,
      conditions: (q) =>
        [
          has(f, 'name') ? nameMatches('n', f.name, q) : '',
          has(f, 'from') ? `n.startDate >= date(${q.param(f.from)})` : '',
          has(f, 'to') ? `n.startDate <= date(${q.param(f.to)})` : '',
          has(f, 'place') ? `EXISTS { (n)${heldWithin(`:Place {id: ${q.param(f.place)}}`)} }` : '',
          has(f, 'organiser')
            ? `EXISTS { (:Institution {id: ${q.param(f.organiser)}})-[:${ANY_ROLE}]->(n) }`
            : '',
          has(f, 'topic')
            ? `EXISTS { MATCH (t:Talk)-[:AT]->(n) WHERE ${talkOnTopic('t', f.topic, true, q)} }`
            : '',
          has(f, 'partOf') ? `EXISTS { (n)${withinEvent(f.partOf, q, 1)} }` : '',
        ].filter(Boolean),
    });
  },

  people: (_parent, args, ctx, info) => {
    const f: PersonFilter = args.where ?? {};
    const order = args.orderBy;
    return connection(ctx, info, args, {
      label: 'Person',
      orderBy: `${order?.field === 'ID' ? 'n.id' : 'n.name'} ${direction(order)}`,
      conditions: (q) =>
        [
          has(f, 'name') ? nameMatches('n', f.name, q) : '',
          has(f, 'institution') ? affiliatedWith('n', f.institution, q) : '',
          has(f, 'topic')
            ? `EXISTS { MATCH (n)-[:GAVE]->(t:Talk) WHERE ${talkOnTopic('t', f.topic, true, q)} }`
            : '',
          has(f, 'event') ? `EXISTS { (n)-[:GAVE]->(:Talk)-[:AT]->(:Event)${withinEvent(f.event, q)} }` : '',
        ].filter(Boolean),
    });
  },

  institutions: (_parent, args, ctx, info) => {
    const f: InstitutionFilter = args.where ?? {};
    const order = args.orderBy;
    return connection(ctx, info, args, {
      label: 'Institution',
      orderBy: `${order?.field === 'ID' ? 'n.id' : 'n.name'} ${direction(order)}`,
      conditions: (q) => {
        const conditions = [has(f, 'name') ? nameMatches('n', f.name, q) : ''];
        if (has(f, 'role') || has(f, 'event')) {
          const role = has(f, 'role') ? String(f.role) : ANY_ROLE;
          const event = has(f, 'event') ? `:Event {id: ${q.param(f.event)}}` : ':Event';
          // role is a GraphQL enum value, so it can only be one of the organiser relationship types.
          conditions.push(`EXISTS { (n)-[:${role}]->(${event}) }`);
        }
        return conditions.filter(Boolean);
      },
    });
  },

  topics: (_parent, args, ctx, info) => {
    const f: TopicFilter = args.where ?? {};
    const order = args.orderBy;
    return connection(ctx, info, args, {
      label: 'Topic',
      orderBy: `${order?.field === 'ID' ? 'n.id' : 'n.name'} ${direction(order)}`,
      conditions: (q) =>
        [
          has(f, 'name') ? nameMatches('n', f.name, q) : '',
          has(f, 'broader') ? `EXISTS { (n)-[:BROADER]->(:Topic {id: ${q.param(f.broader)}}) }` : '',
          f.root === true ? 'NOT EXISTS { (n)-[:BROADER]->(:Topic) }' : '',
          f.root === false ? 'EXISTS { (n)-[:BROADER]->(:Topic) }' : '',
        ].filter(Boolean),
    });
  },

  talks: (_parent, args, ctx, info) => {
    const f: TalkFilter = args.where ?? {};
    const order = args.orderBy;
    const dir = direction(order);
    const orderBy =
      order?.field === 'TITLE'
        ? `n.title ${dir}`
        : order?.field === 'SPEAKER'
          ? `COLLECT { MATCH (p:Person)-[:GAVE]->(n) RETURN p.name }[0] ${dir}`
          : `n.date ${dir}`;
    const byDate = order?.field !== 'TITLE' && order?.field !== 'SPEAKER';
    return connection(ctx, info, args, {
      label: 'Talk',
      orderBy,
      // Many talks on a topic (with its narrower ones): a page can walk the date index instead of sorting them all.
      walk: (q) =>
        byDate && has(f, 'topic')
          ? {
              property: 'date',
              descending: dir === 'DESC',
              ...talkOnTopicWalk(f.topic, f.includeNarrower !== false, q),
            }
          : undefined,
      // Start from the topic (or the speaker, or the institution) rather than test every talk: each reaches few.
      anchor: (q) => {
        if (has(f, 'topic')) {
          const topic = q.fresh('topic');
          return `MATCH (${topic}:Topic {id: ${q.param(f.topic)}}) ${talksOnTopicBody(topic, f.includeNarrower !== false, 'n', q)} WITH DISTINCT n`;
        }
        if (has(f, 'speaker'))
          return `MATCH (:Person {id: ${q.param(f.speaker)}})-[:GAVE]->(n:Talk) WITH DISTINCT n`;
        return has(f, 'institution')
          ? `MATCH (:Institution {id: ${q.param(f.institution)}})<-[:PART_OF*0..${INSTITUTION_DEPTH}]-(:Institution)<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(n:Talk) WITH DISTINCT n`
          : undefined;
      },
      conditions: (q) =>
        [
          has(f, 'topic') && has(f, 'speaker')
            ? `EXISTS { (:Person {id: ${q.param(f.speaker)}})-[:GAVE]->(n) }`
            : '',
          has(f, 'institution')
            ? `EXISTS { MATCH (p:Person)-[:GAVE]->(n) WHERE ${affiliatedWith('p', f.institution, q)} }`
            : '',
          has(f, 'event') ? `EXISTS { (n)-[:AT]->(:Event)${withinEvent(f.event, q)} }` : '',
          has(f, 'from') ? `n.date >= date(${q.param(f.from)})` : '',
          has(f, 'to') ? `n.date <= date(${q.param(f.to)})` : '',
        ].filter(Boolean),
    });
  },

  standards: (_parent, args, ctx, info) => {
    const f: StandardFilter = args.where ?? {};
    const order = args.orderBy;
    return connection(ctx, info, args, {
      label: 'Standard',
      orderBy: `${order?.field === 'ID' ? 'n.id' : 'n.name'} ${direction(order)}`,
      conditions: (q) =>
        [
          has(f, 'code') ? codeMatches('n', f.code, q) : '',
          has(f, 'status') ? `n.status = ${q.param(String(f.status).toLowerCase())}` : '',
          has(f, 'committee') ? developedWithin('n', f.committee, q) : '',
          has(f, 'topic')
            ? `EXISTS { (n)-[:ABOUT]->(:Topic)-[:BROADER*0..${TOPIC_DEPTH}]->(:Topic {id: ${q.param(f.topic)}}) }`
            : '',
        ].filter(Boolean),
    });
  },
};

/** A code fragment matches whatever the spacing and punctuation: "gb/t 35273" finds "GB/T 35273-2020". */
function codeMatches(n: string, code: unknown, q: QueryBuilder): string {
  const key = q.param(searchKeys(String(code))[0] ?? '');
  return `any(k IN coalesce(${n}.searchKeys, []) WHERE k CONTAINS ${key})`;
}
