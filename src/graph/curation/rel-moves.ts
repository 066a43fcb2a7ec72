import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { noteTalksAround } from '../tallies/maintain';
import { MENTIONED_IN, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../model';
import { relDateSetters } from '../node-writes';
import { CurationError } from './curator';
import { plain } from './history';

/**
 * Moving relationships between nodes, for merges and their undo. Neo4j cannot change a relationship's
 * end, so a move creates a copy and deletes the original; types come from the model's vocabulary (a
 * type outside it is refused), values go through parameters.
 */

type Props = Record<string, unknown>;

export interface RelRow {
  rid: string;
  type: string;
  /** The node in question is the start of the relationship. */
  out: boolean;
  otherLabel: string;
  otherId: string;
  otherEid: string;
  props: Props;
}

/** A relationship kept as data while its end is merged away, restored by the undo. */
export interface ParkedRel {
  type: string;
  out: boolean;
  otherLabel: string;
  otherId: string;
  props: Props;
}

/** The relationships whose talks' tallies a move or delete notes (src/graph/tallies), by element id. */
const NOTE_BY_ID = 'MATCH ()-[r]->() WHERE elementId(r) IN $rids';

const KNOWN_TYPES = new Set<string>([...RELATIONSHIP_TYPES, MENTIONED_IN]);

function checkType(type: string) {
  if (!KNOWN_TYPES.has(type))
    throw new CurationError(
      'CONFLICT',
      'keep',
      `a relationship of type ${type} is not in the model; remove or retype it in Neo4j first`,
    );
  return type;
}

/** Every relationship of one node, with what is at the other end. */
export async function relsOf(
  db: Database,
  tx: ManagedTransaction,
  label: NodeLabel,
  id: string,
  where = 'true',
  params: Props = {},
): Promise<RelRow[]> {
  const r = await db.run(
    tx,
    `MATCH (n:${label} {id: $id})-[r]-(x) WHERE ${where}
     RETURN DISTINCT elementId(r) AS rid, type(r) AS type, startNode(r) = n AS out,
            labels(x)[0] AS otherLabel, x.id AS otherId, elementId(x) AS otherEid, properties(r) AS props`,
    { id, ...params },
  );
  return r.records.map((x) => x.toObject() as RelRow);
}

/** Same fact on the same end from the same source: a copy would be a duplicate. */
export const sameFact = (a: { type: string; out: boolean; props: Props }, otherEid: string) =>
  `${a.type}|${a.out}|${otherEid}|${String(a.props.source ?? '')}`;

/**
 * Re-attaches `rows` to the node `to` (same type, direction, far end and properties), then deletes the
 * originals. `props` is a Cypher map expression over `r` (the original) for the copy's properties.
 */
export async function moveRels(
  db: Database,
  tx: ManagedTransaction,
  rows: RelRow[],
  to: { label: NodeLabel; id: string },
  setProps: string,
  params: Props = {},
): Promise<void> {
  const groups = new Map<string, RelRow[]>();
  for (const row of rows) {
    const key = `${checkType(row.type)}|${row.out}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  // Tallies move on both sides: the talks of the links as they were and as they are after the move.
  await noteTalksAround(db, tx, NOTE_BY_ID, { rids: rows.map((r) => r.rid) });
  const created: string[] = [];
  for (const [key, group] of groups) {
    const [type, out] = key.split('|') as [string, string];
    const pattern = out === 'true' ? `(k)-[r2:${type}]->(x)` : `(x)-[r2:${type}]->(k)`;
    const moved = await db.run(
      tx,
      `MATCH (k:${to.label} {id: $to})
       UNWIND $rows AS row
       MATCH ()-[r]->() WHERE elementId(r) = row.rid
       MATCH (x) WHERE elementId(x) = row.otherEid
       CREATE ${pattern}
       SET r2 = properties(r)
       ${setProps}
       DELETE r
       RETURN elementId(r2) AS rid`,
      { to: to.id, rows: group.map((g) => ({ rid: g.rid, otherEid: g.otherEid })), ...params },
    );
    created.push(...moved.records.map((x) => x.get('rid') as string));
  }
  await noteTalksAround(db, tx, NOTE_BY_ID, { rids: created });
}

/** Deletes relationships by element id. */
export async function deleteRels(db: Database, tx: ManagedTransaction, rids: string[]): Promise<void> {
  if (rids.length === 0) return;
  await noteTalksAround(db, tx, NOTE_BY_ID, { rids });
  await db.run(tx, 'MATCH ()-[r]->() WHERE elementId(r) IN $rids DELETE r', { rids });
}

export const park = (row: RelRow): ParkedRel => ({
  type: row.type,
  out: row.out,
  otherLabel: row.otherLabel,
  otherId: row.otherId,
  props: plain(row.props) as Props,
});

/** Recreates parked relationships on `node`, with their date properties as DATE values again. */
export async function restoreParked(
  db: Database,
  tx: ManagedTransaction,
  node: { label: NodeLabel; id: string },
  parked: ParkedRel[],
): Promise<void> {
  for (const p of parked) {
    const type = checkType(p.type);
    if (!(NODE_LABELS as readonly string[]).includes(p.otherLabel))
      throw new CurationError('CONFLICT', 'parked', `${p.otherLabel} is not a label of the model`);
    const [fromLabel, toLabel] = p.out ? [node.label, p.otherLabel] : [p.otherLabel, node.label];
    const dates = type === MENTIONED_IN ? '' : relDateSetters('r', type, fromLabel, toLabel);
    const pattern = p.out ? `(n)-[r:${type}]->(x)` : `(x)-[r:${type}]->(n)`;
    const restored = await db.run(
      tx,
      `MATCH (n:${node.label} {id: $id}), (x:${p.otherLabel} {id: $other})
       CREATE ${pattern}
       SET r = $props
       ${dates}
       RETURN elementId(r) AS rid`,
      { id: node.id, other: p.otherId, props: p.props },
    );
    await noteTalksAround(db, tx, NOTE_BY_ID, { rids: restored.records.map((x) => x.get('rid') as string) });
  }
}
