import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { bumpGraphVersion } from '../../neo4j/graph-version';
import { retally } from '../tallies/maintain';
import { ADVANCE_TALLY_STATE } from '../tallies/state';

/**
 * Every write to the graph (seed load, ingest accept, API mutation, merge, retraction, delete) leaves one
 * `(:Change)` node, in the same transaction as the write: who, when, what, why, and the state before and
 * after. The same transaction bumps `(:GraphVersion {id: 'graph'}).version`, so caches keyed by it are
 * never stale.
 */

export type ChangeAction =
  | 'seed-load'
  | 'ingest-accept'
  | 'create'
  | 'update'
  | 'relate'
  | 'add-alias'
  | 'merge'
  | 'undo-merge'
  | 'mark-not-same'
  | 'withdraw-not-same'
  | 'retract-source'
  | 'withdraw-retraction'
  | 'delete-fact'
  | 'correct-fact'
  | 'delete-entity'
  | 'restore';

/** `Label:id`, the key history is kept under (ids are unique per label only). */
export const entityKey = (label: string, id: string) => `${label}:${id}`;

export interface ChangeInput {
  action: ChangeAction;
  by: string;
  reason?: string | null;
  /** Keys of the entities the change touched (`entityKey`). */
  entities: string[];
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping: the decision id, counts, files. */
  details?: unknown;
}

export interface Change {
  id: string;
  at: string;
  by: string;
  action: ChangeAction;
  reason: string | null;
  entities: string[];
  before: unknown;
  after: unknown;
  details: unknown;
}

/** Neo4j values (dates, datetimes, integers) as JSON: temporal values become ISO strings. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  )
    return String(value);
  if (neo4j.isInt(value as never)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  return value;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(plain(v)));
const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : null);

/**
 * Records one change and bumps the graph version, inside the caller's write transaction, after the
 * write itself: the talk tallies are recounted for what it touched (src/graph/tallies) first.
 */
export async function recordChange(db: Database, tx: ManagedTransaction, c: ChangeInput): Promise<string> {
  const id = randomUUID();
  await retally(db, tx, c.entities);
  await db.run(
    tx,
    `CREATE (c:Change {id: $id, at: datetime(), by: $by, action: $action, reason: $reason,
                       entities: $entities, before: $before, after: $after, details: $details})
     ${bumpGraphVersion('c.at')}
     ${ADVANCE_TALLY_STATE}`,
    {
      id,
      by: c.by,
      action: c.action,
      reason: c.reason ?? null,
      entities: [...new Set(c.entities)],
      before: json(c.before),
      after: json(c.after),
      details: json(c.details),
    },
  );
  return id;
}

const RETURN_CHANGE = `RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.action AS action, c.reason AS reason,
        c.entities AS entities, c.before AS before, c.after AS after, c.details AS details`;

const toChange = (r: Record<string, unknown>): Change => ({
  ...(r as unknown as Change),
  before: parse(r.before),
  after: parse(r.after),
  details: parse(r.details),
});

/** An entity's changes, newest first; `label` null means any label with that id. */
export async function historyOf(
  db: Database,
  id: string,
  label: string | null,
  limit = 100,
): Promise<Change[]> {
  const rows = await db.query(
    `MATCH (c:Change)
     WHERE CASE WHEN $key IS NULL THEN any(k IN c.entities WHERE k ENDS WITH $suffix) ELSE $key IN c.entities END
     ${RETURN_CHANGE}
     ORDER BY c.at DESC, c.id LIMIT $limit`,
    { key: label ? entityKey(label, id) : null, suffix: `:${id}`, limit: neo4j.int(limit) },
  );
  return rows.map(toChange);
}

/** Every change, oldest first, optionally since an ISO date-time (for `npm run history`). */
export async function allChanges(db: Database, since?: string): Promise<Change[]> {
  const rows = await db.query(
    `MATCH (c:Change) WHERE $since IS NULL OR c.at >= datetime($since)
     ${RETURN_CHANGE}
     ORDER BY c.at, c.id`,
    { since: since ?? null },
  );
  return rows.map(toChange);
}
