import { redirectedIn, redirectsOf } from '../../graph/curation/redirects';
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import type { QueryBuilder } from '../cypher/projection';
import { notFound, userError } from '../errors';

/**
 * An entity named by "Kind:id" (kind case-insensitive) or by a bare id, which must name exactly one
 * entity. It is looked up inside the query that uses it (one round trip): `match` binds `found` to the
 * list of candidates, and `check` turns the labels found into the entity or a user error.
 */
export interface EntityLookup {
  raw: string;
  field: string;
  label?: NodeLabel;
  id: string;
}

export function parseEntityRef(raw: string, field: string): EntityLookup {
  const colon = raw.indexOf(':');
  if (colon <= 0) return { raw, field, id: raw };
  const kind = raw.slice(0, colon).toLowerCase();
  const label = NODE_LABELS.find((l) => l.toLowerCase() === kind);
  if (!label)
    throw userError(`"${raw.slice(0, colon)}" is not a kind; use one of ${NODE_LABELS.join(', ')}`, field);
  return { raw, field, label, id: raw.slice(colon + 1) };
}

/** `CALL () { ... }` yielding every node the reference names, as `collect` into `found`. */
export function matchEntity(ref: EntityLookup, found: string, q: QueryBuilder): string {
  const id = q.param(ref.id);
  const labels = ref.label ? [ref.label] : NODE_LABELS;
  // The redirects in one lookup, then one id seek per label (the id constraints), not a label-less scan.
  const branches = labels
    .map((l) => `MATCH (x:${l} {id: ${redirectedIn('redirects', l, id)}}) RETURN x`)
    .join(' UNION ALL ');
  return `CALL () { ${redirectsOf(labels, id, 'redirects')} CALL (redirects) { ${branches} } RETURN collect(x) AS ${found} }`;
}

/** Throws NOT_FOUND or an ambiguity error unless exactly one entity was found. */
export function checkEntity(ref: EntityLookup, labels: string[]): void {
  if (labels.length === 0)
    throw notFound(
      ref.label ? `no ${ref.label} with id "${ref.id}"` : `no entity with id "${ref.raw}"`,
      ref.field,
    );
  if (labels.length > 1) {
    throw userError(
      `"${ref.raw}" names several entities (${labels.join(', ')}); write it as Kind:id, e.g. ${labels[0]}:${ref.raw}`,
      ref.field,
    );
  }
}
