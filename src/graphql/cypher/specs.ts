import type {
  BindField,
  ExprField,
  FieldSpec,
  MatchField,
  QueryBuilder,
  TypeSpecs,
  Vars,
} from './projection';
import { ORGANISER_ROLES, type OrganiserRole } from '../../graph/model';

/**
 * How each GraphQL field maps onto the graph (docs/model.md). Node types see their node as `v.n`;
 * relationship types (Affiliation, Organiser, ...) see `v.r`, `v.from` and `v.to`.
 */

/** Longest BROADER chain followed when rolling talks up or down the topic hierarchy. */
export const MAX_TOPIC_DEPTH = 10;

const prop = (name: string): ExprField => ({ expr: (v) => `${v.n}.${name}` });
const relProp = (name: string): ExprField => ({ expr: (v) => `${v.r}.${name}` });
const dateOf = (variable: string, name: string) => `toString(${variable}.${name})`;
const dateProp = (name: string): ExprField => ({ expr: (v) => dateOf(v.n!, name) });
const listProp = (name: string): ExprField => ({ expr: (v) => `coalesce(${v.n}.${name}, [])` });
const constant = (value: string): ExprField => ({ expr: () => `'${value}'` });
const bindNode = (role: 'from' | 'to'): BindField => ({ bind: (v) => ({ n: v[role]! }) });

/** Nodes reached by one pattern from `v.n`, ordered; `pattern(a, b)` draws the path from a to b. */
function nodes(
  pattern: (a: string, b: string) => string,
  orderBy: (b: string) => string = (b) => `${b}.name, ${b}.id`,
  list = true,
): MatchField {
  return {
    list,
    match: (v, _args, q) => {
      const b = q.fresh('n');
      return { body: `MATCH ${pattern(v.n!, b)} WITH DISTINCT ${b} ORDER BY ${orderBy(b)}`, vars: { n: b } };
    },
  };
}

/** Relationship objects from `v.n`: `pattern(a, r, other)`; `outgoing` says whether `v.n` is the start. */
function edges(
  pattern: (a: string, r: string, other: string, args: Record<string, unknown>) => string,
  outgoing: boolean,
  orderBy: (r: string, other: string) => string,
): MatchField {
  return {
    list: true,
    match: (v, args, q) => {
      const r = q.fresh('r');
      const other = q.fresh('n');
      return {
        body: `MATCH ${pattern(v.n!, r, other, args)} WITH ${r}, ${other} ORDER BY ${orderBy(r, other)}`,
        vars: outgoing ? { r, from: v.n!, to: other } : { r, from: other, to: v.n! },
      };
    },
  };
}

const sources: MatchField = {
  list: true,
  match: (v, _args, q) => {
    const s = q.fresh('s');
    return {
      body: `MATCH (${s}:Source) WHERE ${s}.id IN coalesce(${v.n}.sources, []) WITH ${s} ORDER BY ${s}.id`,
      vars: { n: s },
    };
  },
};

const provenance: BindField = { bind: (v) => ({ r: v.r! }) };

/**
 * The relationship types an organiser `role` argument selects. The role is an OrganiserRole enum value,
 * checked by GraphQL and again here, so it is safe in the pattern, where it lets Neo4j follow only
 * that type instead of filtering all three.
 */
function organiserTypes(args: Record<string, unknown>): string {
  const role = args.role as OrganiserRole | undefined | null;
  if (!role) return ORGANISER_ROLES.join('|');
  if (!ORGANISER_ROLES.includes(role)) throw new Error(`unknown organiser role ${String(role)}`);
  return role;
}

/** Talks on a topic, or on it and everything under it. */
export function talksOnTopicBody(
  topicVar: string,
  includeNarrower: boolean,
  talkVar: string,
  q: QueryBuilder,
): string {
  if (!includeNarrower) return `MATCH (${talkVar}:Talk)-[:ABOUT]->(${topicVar})`;
  const sub = q.fresh('sub');
  return `MATCH (${sub}:Topic)-[:BROADER*0..${MAX_TOPIC_DEPTH}]->(${topicVar}) MATCH (${talkVar}:Talk)-[:ABOUT]->(${sub})`;
}

const entityCommon = (kind: string): Record<string, FieldSpec> => ({
  id: prop('id'),
  name: prop('name'),
  kind: constant(kind),
  aliases: listProp('aliases'),
  sources,
});

const talkOrder = (t: string) => `${t}.date, ${t}.id`;

export const SPECS: TypeSpecs = {
  Provenance: {
    source: {
      list: false,
      match: (v, _a, q) => {
        const s = q.fresh('s');
        return { body: `MATCH (${s}:Source {id: ${v.r}.source}) WITH ${s}`, vars: { n: s } };
      },
    },
    location: relProp('location'),
    quote: relProp('quote'),
  },

  Person: {
    ...entityCommon('PERSON'),
    familyName: prop('familyName'),
    givenName: prop('givenName'),
    honorific: prop('honorific'),
    affiliations: edges(
      (a, r, b) => `(${a})-[${r}:AFFILIATED_WITH]->(${b}:Institution)`,
      true,
      (r, b) => `${r}.asOf DESC, ${b}.name`,
    ),
    talks: nodes((a, b) => `(${a})-[:GAVE]->(${b}:Talk)`, talkOrder),
    topics: nodes((a, b) => `(${a})-[:GAVE]->(:Talk)-[:ABOUT]->(${b}:Topic)`),
    authored: nodes(
      (a, b) => `(${a})-[:AUTHORED]->(${b}:Source)`,
      (b) => `${b}.published, ${b}.id`,
    ),
    issued: edges(
      (a, r, b) => `(${a})-[${r}:ISSUED]->(${b}:Directive)`,
      true,
      (_r, b) => `${b}.name`,
    ),
  },

  Institution: {
    ...entityCommon('INSTITUTION'),
    type: prop('kind'),
    partOf: nodes((a, b) => `(${a})-[:PART_OF]->(${b}:Institution)`, undefined, false),
    units: nodes((a, b) => `(${b}:Institution)-[:PART_OF]->(${a})`),
    people: edges(
      (a, r, b) => `(${b}:Person)-[${r}:AFFILIATED_WITH]->(${a})`,
      false,
      (r, b) => `${b}.name, ${r}.asOf DESC`,
    ),
    events: edges(
      (a, r, b, args) => `(${a})-[${r}:${organiserTypes(args)}]->(${b}:Event)`,
      true,
      (r, b) => `${b}.startDate, ${b}.id, type(${r})`,
    ),
    talks: nodes(
      (a, b) => `(${a})<-[:PART_OF*0..5]-(:Institution)<-[:AFFILIATED_WITH]-(:Person)-[:GAVE]->(${b}:Talk)`,
      talkOrder,
    ),
    issued: edges(
      (a, r, b) => `(${a})-[${r}:ISSUED]->(${b}:Directive)`,
      true,
      (_r, b) => `${b}.name`,
    ),
  },

  Event: {
    ...entityCommon('EVENT'),
    type: prop('kind'),
    startDate: dateProp('startDate'),
    endDate: { expr: (v) => `toString(coalesce(${v.n}.endDate, ${v.n}.startDate))` },
    description: prop('description'),
    recorded: prop('recorded'),
    place: nodes((a, b) => `(${a})-[:HELD_IN]->(${b}:Place)`, undefined, false),
    partOf: nodes((a, b) => `(${a})-[:PART_OF]->(${b}:Event)`, undefined, false),
    parts: nodes(
      (a, b) => `(${b}:Event)-[:PART_OF]->(${a})`,
      (b) => `${b}.startDate, ${b}.id`,
    ),
    talks: nodes((a, b) => `(${b}:Talk)-[:AT]->(${a})`, talkOrder),
    speakers: nodes((a, b) => `(${b}:Person)-[:GAVE]->(:Talk)-[:AT]->(${a})`),
    organisers: edges(
      (a, r, b, args) => `(${b}:Institution)-[${r}:${organiserTypes(args)}]->(${a})`,
      false,
      (r, b) => `CASE type(${r}) WHEN 'SPONSORED' THEN 0 WHEN 'ORGANISED' THEN 1 ELSE 2 END, ${b}.name`,
    ),
    emphasised: edges(
      (a, r, b) => `(${a})-[${r}:EMPHASISED]->(${b}:Topic)`,
      true,
      (r, b) => `${r}.location, ${b}.name`,
    ),
    references: edges(
      (a, r, b) => `(${a})-[${r}:REFERENCED]->(${b}:Directive)`,
      true,
      (r, b) => `${r}.location, ${b}.name`,
    ),
  },

  Topic: {
    ...entityCommon('TOPIC'),
    description: prop('description'),
    broader: nodes((a, b) => `(${a})-[:BROADER]->(${b}:Topic)`),
    narrower: nodes((a, b) => `(${b}:Topic)-[:BROADER]->(${a})`),
    ancestors: nodes((a, b) => `(${a})-[:BROADER*1..${MAX_TOPIC_DEPTH}]->(${b}:Topic)`),
    talks: {
      list: true,
      match: (v, args, q) => {
        const t = q.fresh('t');
        return {
          body: `${talksOnTopicBody(v.n!, args.includeNarrower === true, t, q)} WITH DISTINCT ${t} ORDER BY ${talkOrder(t)}`,
          vars: { n: t },
        };
      },
    },
    speakers: {
      list: true,
      match: (v, args, q) => {
        const t = q.fresh('t');
        const p = q.fresh('p');
        return {
          body: `${talksOnTopicBody(v.n!, args.includeNarrower === true, t, q)} MATCH (${p}:Person)-[:GAVE]->(${t}) WITH DISTINCT ${p} ORDER BY ${p}.name, ${p}.id`,
          vars: { n: p },
        };
      },
    },
    emphasisedBy: edges(
      (a, r, b) => `(${b}:Event)-[${r}:EMPHASISED]->(${a})`,
      false,
      (r, b) => `${b}.startDate, ${r}.location`,
    ),
    calledForBy: edges(
      (a, r, b) => `(${b}:Directive)-[${r}:CALLS_FOR]->(${a})`,
      false,
      (r, b) => `${b}.name, ${r}.location`,
    ),
  },

  Place: {
    ...entityCommon('PLACE'),
    type: prop('kind'),
    locatedIn: nodes((a, b) => `(${a})-[:LOCATED_IN]->(${b}:Place)`, undefined, false),
    contains: nodes((a, b) => `(${b}:Place)-[:LOCATED_IN]->(${a})`),
    events: nodes(
      (a, b) => `(${b}:Event)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..5]->(${a})`,
      (b) => `${b}.startDate, ${b}.id`,
    ),
  },

  Talk: {
    ...entityCommon('TALK'),
    title: prop('title'),
    summary: prop('summary'),
    type: prop('kind'),
    date: dateProp('date'),
    speaker: nodes((a, b) => `(${b}:Person)-[:GAVE]->(${a})`, undefined, false),
    event: nodes((a, b) => `(${a})-[:AT]->(${b}:Event)`, undefined, false),
    topics: nodes((a, b) => `(${a})-[:ABOUT]->(${b}:Topic)`),
    speakerAffiliation: {
      list: false,
      match: (v, _a, q) => {
        const p = q.fresh('p');
        const r = q.fresh('r');
        const i = q.fresh('i');
        const t = v.n!;
        // The affiliation attested closest to the talk's date is the one "as of" the event.
        return {
          body: `MATCH (${p}:Person)-[:GAVE]->(${t}) MATCH (${p})-[${r}:AFFILIATED_WITH]->(${i}:Institution)
                 WITH ${p}, ${r}, ${i} ORDER BY CASE WHEN ${r}.asOf IS NULL OR ${t}.date IS NULL THEN 1000000
                   ELSE abs(duration.inDays(${r}.asOf, ${t}.date).days) END, ${r}.asOf DESC`,
          vars: { r, from: p, to: i },
        };
      },
    },
    provenance: {
      list: false,
      match: (v, _a, q) => {
        const r = q.fresh('r');
        return { body: `MATCH (:Person)-[${r}:GAVE]->(${v.n})`, vars: { r } };
      },
    },
  },

  Source: {
    ...entityCommon('SOURCE'),
    title: prop('title'),
    type: prop('kind'),
    published: dateProp('published'),
    publisher: prop('publisher'),
    url: prop('url'),
    language: prop('language'),
    notes: prop('notes'),
    authors: nodes((a, b) => `(${b}:Person)-[:AUTHORED]->(${a})`),
  },

  Directive: {
    ...entityCommon('DIRECTIVE'),
    description: prop('description'),
    issuedBy: edges(
      (a, r, b) => `(${b})-[${r}:ISSUED]->(${a})`,
      false,
      (_r, b) => `${b}.name`,
    ),
    points: edges(
      (a, r, b) => `(${a})-[${r}:CALLS_FOR]->(${b}:Topic)`,
      true,
      (r, b) => `${r}.location, ${b}.name`,
    ),
    referencedBy: edges(
      (a, r, b) => `(${b}:Event)-[${r}:REFERENCED]->(${a})`,
      false,
      (_r, b) => `${b}.startDate, ${b}.id`,
    ),
  },

  Affiliation: {
    person: bindNode('from'),
    institution: bindNode('to'),
    title: relProp('title'),
    asOf: { expr: (v) => dateOf(v.r!, 'asOf') },
    provenance,
  },
  Organiser: {
    institution: bindNode('from'),
    event: bindNode('to'),
    role: { expr: (v) => `type(${v.r})` },
    provenance,
  },
  Emphasis: {
    event: bindNode('from'),
    topic: bindNode('to'),
    point: relProp('point'),
    directive: {
      list: false,
      match: (v, _a, q) => {
        const d = q.fresh('d');
        return { body: `MATCH (${d}:Directive {id: ${v.r}.directive}) WITH ${d}`, vars: { n: d } };
      },
    },
    provenance,
  },
  DirectivePoint: {
    directive: bindNode('from'),
    topic: bindNode('to'),
    point: relProp('point'),
    provenance,
  },
  DirectiveReference: {
    event: bindNode('from'),
    directive: bindNode('to'),
    context: relProp('context'),
    provenance,
  },
  Issuance: {
    issuer: bindNode('from'),
    directive: bindNode('to'),
    title: relProp('title'),
    provenance,
  },

  // Graph views: `v.n` is any entity node.
  GraphNode: {
    key: { expr: (v) => `labels(${v.n})[0] + ':' + ${v.n}.id` },
    id: prop('id'),
    kind: { expr: (v) => `toUpper(labels(${v.n})[0])` },
    name: prop('name'),
    entity: { bind: (v: Vars) => ({ n: v.n! }) },
  },
};
