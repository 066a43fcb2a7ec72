import { LABELS, MENTIONED_IN, RELATIONSHIPS } from './catalogue';
import type { LabelDef, PropDef, RelDef } from './types';

export * from './vocabulary';
export type * from './types';
export { LABELS, MENTIONED_IN, RELATIONSHIPS };

/** What the rest of the code asks of the catalogue, derived once. */

export type NodeLabel = (typeof LABELS)[number]['label'];
export type RelationshipType = (typeof RELATIONSHIPS)[number]['types'][number];
export type RelKey = (typeof RELATIONSHIPS)[number]['key'];

export const NODE_LABELS: readonly NodeLabel[] = LABELS.map((l) => l.label);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  ...new Set(RELATIONSHIPS.flatMap((r) => r.types as readonly RelationshipType[])),
];

const labels = new Map<string, LabelDef>(LABELS.map((l) => [l.label, l]));
const rels = new Map<string, RelDef>(RELATIONSHIPS.map((r) => [r.key, r]));

export function labelDef(label: string): LabelDef {
  const def = labels.get(label);
  if (!def) throw new Error(`"${label}" is not a label of the model`);
  return def;
}

export function relDef(key: string): RelDef {
  const def = rels.get(key);
  if (!def) throw new Error(`"${key}" is not a relationship of the model`);
  return def;
}

/**
 * Labels that are not knowledge: schema and seed bookkeeping, the history of changes and the versions
 * (`HISTORY_LABELS`, which move with writes: the graph's, and the one the talk tallies are exact at),
 * curators' decisions and merge tombstones.
 */
export const HISTORY_LABELS = ['Change', 'GraphVersion', 'TallyState'] as const;
export const BOOKKEEPING_LABELS = [
  'SchemaMigration',
  'SeedState',
  ...HISTORY_LABELS,
  'Decision',
  'Merged',
  // Counts kept on write for the dashboard (src/graph/tallies); TallyState, their version, is above.
  'Tally',
] as const;

export const isNodeLabel = (label: string): label is NodeLabel => labels.has(label);

/** The GraphQL EntityKind of a label (Person: PERSON) and back. */
export const kindOf = (label: string) => label.toUpperCase();
export const labelOfKind = (kind: string): NodeLabel | undefined =>
  NODE_LABELS.find((l) => kindOf(l) === kind.toUpperCase());

const namesOfType = (props: Record<string, PropDef>, type: PropDef['type']) =>
  Object.entries(props)
    .filter(([, p]) => p.type === type)
    .map(([name]) => name);

/** Properties stored as Neo4j DATE values (they travel as YYYY-MM-DD strings). */
export const dateProps = (label: string): string[] => namesOfType(labelDef(label).props, 'date');
export const relDateProps = (rel: RelDef): string[] => namesOfType(rel.props, 'date');

/** Relationship definitions with their type, in which `label` is at the `end`. */
export const relsAt = (label: string, end: 'from' | 'to'): RelDef[] =>
  RELATIONSHIPS.filter((r) => (r[end] as readonly string[]).includes(label));

/** Hierarchies (no cycles allowed; queries follow at most maxDepth hops). */
export const HIERARCHIES: RelDef[] = RELATIONSHIPS.filter((r) => 'hierarchy' in r);

/** How many hops queries follow along a hierarchy, e.g. depth('Topic-BROADER-Topic'). */
export function depth(key: RelKey): number {
  const def = relDef(key);
  if (!def.hierarchy) throw new Error(`${key} is not a hierarchy`);
  return def.hierarchy.maxDepth;
}

/** Properties filled from a related node when missing (a talk's date from its event), per label. */
export function inheritedProps(label: string): { prop: string; rel: string; from: string }[] {
  return Object.entries(labelDef(label).props).flatMap(([prop, p]) =>
    p.inheritFrom ? [{ prop, rel: p.inheritFrom.rel, from: p.inheritFrom.prop }] : [],
  );
}

/** Name of the full-text index over names, aliases, search keys and searchable properties of every label. */
export const FULLTEXT_INDEX = 'entity_search';
export const FULLTEXT_PROPERTIES: readonly string[] = [
  'name',
  'aliases',
  'searchKeys',
  ...new Set(
    LABELS.flatMap((l) =>
      Object.entries(l.props as Record<string, PropDef>)
        .filter(([, p]) => p.searchable)
        .map(([n]) => n),
    ),
  ),
];

/**
 * Search keys: lower-case names and aliases with spaces and punctuation removed, so "tc 260", "TC-260"
 * and "TC260" meet on the key "tc260" whatever the Lucene analyzer does with them.
 */
export function searchKeys(...names: (string | undefined | null)[]): string[] {
  const keys = names
    .filter((n): n is string => !!n)
    .map((n) =>
      n
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ''),
    )
    .filter((k) => k.length > 0);
  return [...new Set(keys)];
}
