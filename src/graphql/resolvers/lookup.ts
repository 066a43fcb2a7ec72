import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import type { Database } from '../../neo4j/database';
import { notFound, userError } from '../errors';

export interface EntityRef {
  label: NodeLabel;
  id: string;
}

/** "Kind:id" (kind case-insensitive) or a bare id; a bare id must name exactly one entity. */
export async function resolveEntity(db: Database, raw: string, field: string): Promise<EntityRef> {
  const colon = raw.indexOf(':');
  if (colon > 0) {
    const kind = raw.slice(0, colon).toLowerCase();
    const label = NODE_LABELS.find((l) => l.toLowerCase() === kind);
    if (!label)
      throw userError(`"${raw.slice(0, colon)}" is not a kind; use one of ${NODE_LABELS.join(', ')}`, field);
    const id = raw.slice(colon + 1);
    const rows = await db.query(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id });
    if (rows.length === 0) throw notFound(`no ${label} with id "${id}"`, field);
    return { label, id };
  }
  const rows = await db.query<{ label: NodeLabel }>(
    NODE_LABELS.map((l) => `MATCH (n:${l} {id: $id}) RETURN '${l}' AS label`).join(' UNION ALL '),
    { id: raw },
  );
  if (rows.length === 0) throw notFound(`no entity with id "${raw}"`, field);
  if (rows.length > 1) {
    throw userError(
      `"${raw}" names several entities (${rows.map((r) => r.label).join(', ')}); write it as Kind:id, e.g. ${rows[0]!.label}:${raw}`,
      field,
    );
  }
  return { label: rows[0]!.label, id: raw };
}
