import { depth, relDef } from '../model';

/**
 * Talk tallies: how many distinct talks each topic, institution and event has, kept on write so the
 * dashboard's rankings read a count instead of walking every talk (issue 16). Each talk stores the keys
 * of what it counts for (`t.tallies`, e.g. `Topic:privacy`); a `(:Tally {key})` node holds each count.
 *
 * Everything about what a talk counts for is stated here once: the paths (used by the recount of one
 * talk, by the full rebuild and by the dashboard's exact fallback) and which talks a changed
 * relationship can move (used by every write that deletes or moves relationships).
 */

// The catalogue's keys: renaming or dropping one of these relationships fails here, not in a query.
relDef('Talk-ABOUT-Topic');
relDef('Talk-AT-Event');
relDef('Person-GAVE-Talk');
relDef('Person-AFFILIATED_WITH-Institution');
const TOPICS = depth('Topic-BROADER-Topic');

export interface TallyKind {
  /** The key's prefix: `${kind}:${entity id}`. */
  kind: 'Topic' | 'TopicUp' | 'Event' | 'Institution';
  /** The label of the entity counted. */
  label: 'Topic' | 'Event' | 'Institution';
  /** A pattern from talk `t` to the counted entity `x` (both variables are the caller's). */
  path: (t: string, x: string) => string;
}

export const TALLY_KINDS: readonly TallyKind[] = [
  { kind: 'Topic', label: 'Topic', path: (t, x) => `(${t})-[:ABOUT]->(${x}:Topic)` },
  {
    // Rolled up: the topic or any topic under it.
    kind: 'TopicUp',
    label: 'Topic',
    path: (t, x) => `(${t})-[:ABOUT]->(:Topic)-[:BROADER*0..${TOPICS}]->(${x}:Topic)`,
  },
  { kind: 'Event', label: 'Event', path: (t, x) => `(${t})-[:AT]->(${x}:Event)` },
  {
    kind: 'Institution',
    label: 'Institution',
    path: (t, x) => `(${t})<-[:GAVE]-(:Person)-[:AFFILIATED_WITH]->(${x}:Institution)`,
  },
];

export type TallyKindName = TallyKind['kind'];

export function tallyKind(kind: TallyKindName): TallyKind {
  return TALLY_KINDS.find((k) => k.kind === kind)!;
}

/** A tally key (`TopicUp:data-security`) with its kind and entity id, as a Tally node stores them. */
export function tallyKeyParts(key: string): { key: string; kind: string; id: string } {
  const colon = key.indexOf(':');
  return { key, kind: key.slice(0, colon), id: key.slice(colon + 1) };
}

/** Cypher expression: the sorted keys talk `t` counts for, as the graph stands now. */
export const talkKeys = (t: string): string =>
  TALLY_KINDS.map(
    (k) =>
      `[x IN COLLECT { MATCH ${k.path(t, 'x')} RETURN DISTINCT x.id AS id ORDER BY id } | '${k.kind}:' + x]`,
  ).join(' + ');

/**
 * Cypher subquery body over a relationship's ends `a` (start), `b` (end) and `type`: the talks whose keys
 * the relationship can move, so a write that deletes or moves it recounts them. Read from the paths above:
 * ABOUT and AT start at the talk, GAVE ends at it, an affiliation counts for the person's talks, and a
 * broader link for every talk on the narrower topic or under it.
 */
export const TALKS_MOVED_BY = `
    WITH * WHERE type IN ['ABOUT', 'AT'] AND a:Talk RETURN a AS t
    UNION WITH * WHERE type = 'GAVE' AND b:Talk RETURN b AS t
    UNION WITH * WHERE type = 'AFFILIATED_WITH' MATCH (a)-[:GAVE]->(t:Talk) RETURN t
    UNION WITH * WHERE type = 'BROADER' MATCH (t:Talk)-[:ABOUT]->(:Topic)-[:BROADER*0..${TOPICS}]->(a) RETURN t`;
