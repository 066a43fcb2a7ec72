/** The graph's contract: labels and relationship types researchers and the API rely on (docs/model.md). */
export const NODE_LABELS = [
  'Event',
  'Person',
  'Institution',
  'Topic',
  'Place',
  'Talk',
  'Source',
  'Directive',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ORGANISER_ROLES = ['SPONSORED', 'ORGANISED', 'CO_ORGANISED'] as const;
export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'HELD_IN',
  'LOCATED_IN',
  ...ORGANISER_ROLES,
  'GAVE',
  'AT',
  'ABOUT',
  'AFFILIATED_WITH',
  'BROADER',
  'EMPHASISED',
  'REFERENCED',
  'ISSUED',
  'CALLS_FOR',
  'AUTHORED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Name of the full-text index over names, aliases and search keys of every label. */
export const FULLTEXT_INDEX = 'entity_search';

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
