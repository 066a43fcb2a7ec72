import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import type { NodeLabel } from '../model';
import { CurationError } from './curator';
import { entityKey, plain, recordChange } from './history';

/**
 * Curators' decisions, kept as `(:Decision {id, kind, by, at, reason})` nodes beside the knowledge:
 * `merge` (merge.ts), `not-same` (here), `retraction` (retract.ts) and `suppression` (facts.ts). A decision
 * is never deleted: undoing or withdrawing it stamps it, so history and the exported decisions file keep
 * it, and a reload of the decisions file cannot bring it back.
 */

export type DecisionKind = 'merge' | 'not-same' | 'retraction' | 'suppression';

export interface Decision {
  id: string;
  kind: DecisionKind;
  by: string;
  at: string;
  reason: string | null;
  /** Set when the decision was undone or withdrawn. */
  endedAt: string | null;
  [field: string]: unknown;
}

interface NotSame {
  id: string;
  by: string;
  reason: string;
}

const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a]) as [string, string];

/** The standing "not the same" decision between two entities, if any. */
export async function activeNotSame(
  db: Database,
  tx: ManagedTransaction,
  label: NodeLabel,
  x: string,
  y: string,
): Promise<NotSame | undefined> {
  const [a, b] = pair(x, y);
  const r = await db.run(
    tx,
    `MATCH (d:Decision {kind: 'not-same', label: $label, a: $a, b: $b}) WHERE d.withdrawnAt IS NULL
     RETURN d.id AS id, d.by AS by, d.reason AS reason LIMIT 1`,
    { label, a, b },
  );
  return r.records[0]?.toObject() as NotSame | undefined;
}

/** Records that two entities are different; a standing decision for the pair is returned as is. */
export async function markNotSame(
  db: Database,
  tx: ManagedTransaction,
  m: { label: NodeLabel; a: string; b: string; reason: string; by: string },
): Promise<string> {
  if (m.a === m.b) throw new CurationError('BAD_USER_INPUT', 'b', 'an entity is always the same as itself');
  for (const [field, id] of [
    ['a', m.a],
    ['b', m.b],
  ] as const) {
    const r = await db.run(tx, `MATCH (n:${m.label} {id: $id}) RETURN count(n) AS n`, { id });
    if ((r.records[0]!.get('n') as number) === 0)
      throw new CurationError('NOT_FOUND', field, `no ${m.label} with id "${id}"`);
  }
  const standing = await activeNotSame(db, tx, m.label, m.a, m.b);
  if (standing) return standing.id;
  const [a, b] = pair(m.a, m.b);
  const id = randomUUID();
  await db.run(
    tx,
    `CREATE (:Decision {id: $id, kind: 'not-same', label: $label, a: $a, b: $b, by: $by, at: datetime(), reason: $reason})`,
    { id, label: m.label, a, b, by: m.by, reason: m.reason },
  );
  await recordChange(db, tx, {
    action: 'mark-not-same',
    by: m.by,
    reason: m.reason,
    entities: [entityKey(m.label, a), entityKey(m.label, b)],
    details: { decision: id },
  });
  return id;
}

/** Withdraws a "not the same" decision, so the pair may be merged or suggested again. */
export async function withdrawNotSame(
  db: Database,
  tx: ManagedTransaction,
  w: { decision: string; reason: string; by: string },
): Promise<void> {
  const r = await db.run(
    tx,
    `MATCH (d:Decision {id: $id, kind: 'not-same'}) RETURN d.label AS label, d.a AS a, d.b AS b, d.withdrawnAt AS w`,
    { id: w.decision },
  );
  const d = r.records[0]?.toObject() as { label: string; a: string; b: string; w: unknown } | undefined;
  if (!d) throw new CurationError('NOT_FOUND', 'decision', `no "not the same" decision "${w.decision}"`);
  if (d.w) throw new CurationError('CONFLICT', 'decision', `decision ${w.decision} was already withdrawn`);
  await db.run(
    tx,
    'MATCH (d:Decision {id: $id}) SET d.withdrawnAt = datetime(), d.withdrawnBy = $by, d.withdrawReason = $reason',
    { id: w.decision, by: w.by, reason: w.reason },
  );
  await recordChange(db, tx, {
    action: 'withdraw-not-same',
    by: w.by,
    reason: w.reason,
    entities: [entityKey(d.label, d.a), entityKey(d.label, d.b)],
    details: { decision: w.decision },
  });
}

/** Pairs (`a|b`, sorted) that must not be proposed as duplicates. */
export async function notSamePairs(db: Database, label: NodeLabel): Promise<Set<string>> {
  const rows = await db.query<{ a: string; b: string }>(
    "MATCH (d:Decision {kind: 'not-same', label: $label}) WHERE d.withdrawnAt IS NULL RETURN d.a AS a, d.b AS b",
    { label },
  );
  return new Set(rows.map((r) => `${r.a}|${r.b}`));
}
export const pairKey = (x: string, y: string) => pair(x, y).join('|');

/** Decisions, newest first, optionally of one kind or about one entity id. */
export async function listDecisions(
  db: Database,
  filter: { id?: string; kind?: DecisionKind | null; entity?: string | null; limit?: number },
): Promise<Decision[]> {
  // One decision by id is an index lookup (the id is unique); the other filters scan the few decisions.
  const match = filter.id === undefined ? 'MATCH (d:Decision)' : 'MATCH (d:Decision {id: $id})';
  const rows = await db.query<{ d: Record<string, unknown> }>(
    `${match}
     WHERE ($kind IS NULL OR d.kind = $kind)
       AND ($entity IS NULL OR $entity IN [d.keep, d.drop, d.a, d.b, d.source, d.from, d.to])
     RETURN properties(d) AS d ORDER BY d.at DESC, d.id LIMIT toInteger($limit)`,
    {
      id: filter.id ?? null,
      kind: filter.kind ?? null,
      entity: filter.entity ?? null,
      limit: filter.limit ?? 100,
    },
  );
  return rows.map(({ d }) => {
    const p = plain(d) as Record<string, unknown>;
    return {
      ...p,
      reason: (p.reason as string | undefined) ?? null,
      endedAt: ((p.undoneAt ?? p.withdrawnAt) as string | undefined) ?? null,
    } as Decision;
  });
}
