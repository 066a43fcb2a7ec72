import type { ManagedTransaction } from 'neo4j-driver';
import type { Database, Params } from '../../neo4j/database';
import { TALKS_MOVED_BY, talkKeys, tallyKeyParts } from './kinds';

/**
 * Keeping tallies exact inside each write transaction. A talk's stored keys (`t.tallies`) say what it was
 * counted for; recounting a talk compares them with what the graph says now and moves each count by the
 * difference, so every count stays the number of distinct talks without walking them all.
 *
 * Which talks to recount: the talks and speakers a change names (recordChange calls `retally`), plus the
 * talks of every relationship a write deletes or moves, noted just before (`noteTalksAround`), since
 * afterwards the deleted end can no longer be found. Each talk is locked (a property write) before its
 * keys are read, so two writers recounting one talk take turns and neither loses the other's change.
 */

/** Per write transaction: the talks noted so far, with their keys as they were (the first note wins). */
const noted = new WeakMap<ManagedTransaction, Map<string, string[]>>();

const notedIn = (tx: ManagedTransaction) => {
  let map = noted.get(tx);
  if (!map) noted.set(tx, (map = new Map()));
  return map;
};

/** A property written and removed: takes the node's write lock until commit, leaves nothing behind. */
const lock = (v: string) => `SET ${v}._tallyLock = true REMOVE ${v}._tallyLock`;

/**
 * Call before deleting or moving relationships: `match` is a MATCH clause that binds `r` to them (for a
 * node about to be detach-deleted, to all of its relationships).
 */
export async function noteTalksAround(
  db: Database,
  tx: ManagedTransaction,
  match: string,
  params: Params = {},
): Promise<void> {
  const rows = await db.run<{ id: string; keys: string[] }>(
    tx,
    `${match}
     WITH DISTINCT startNode(r) AS a, endNode(r) AS b, type(r) AS type
     CALL (a, b, type) { ${TALKS_MOVED_BY} }
     WITH DISTINCT t ORDER BY elementId(t)
     ${lock('t')}
     RETURN t.id AS id, coalesce(t.tallies, []) AS keys`,
    params,
  );
  const map = notedIn(tx);
  for (const r of rows.records) if (!map.has(r.get('id'))) map.set(r.get('id'), r.get('keys'));
}

const idsOf = (keys: string[], label: string) =>
  keys.filter((k) => k.startsWith(`${label}:`)).map((k) => k.slice(label.length + 1));

/**
 * Recounts the talks `entities` (change keys, `Label:id`) name, the talks of the people it names and the
 * talks noted earlier in this transaction; moves the counts by the difference. Call at the end of the
 * write, after every change to the graph (recordChange does).
 */
export async function retally(db: Database, tx: ManagedTransaction, entities: string[]): Promise<void> {
  const before = notedIn(tx);
  noted.delete(tx);
  const talks = [...new Set([...idsOf(entities, 'Talk'), ...before.keys()])];
  const persons = idsOf(entities, 'Person');
  if (talks.length === 0 && persons.length === 0) return;
  const noteOf = Object.fromEntries(before);

  const recounted = await db.run<{ id: string; old: string[]; now: string[] }>(
    tx,
    `CALL () {
       MATCH (t:Talk) WHERE t.id IN $talks RETURN t
       UNION
       MATCH (p:Person)-[:GAVE]->(t:Talk) WHERE p.id IN $persons RETURN t
     }
     WITH DISTINCT t ORDER BY elementId(t)
     ${lock('t')}
     WITH t, coalesce($noteOf[t.id], t.tallies, []) AS old, ${talkKeys('t')} AS now
     SET t.tallies = now
     RETURN t.id AS id, old, now`,
    { talks, persons, noteOf },
  );
  // A talk noted or named but no longer a Talk was deleted or merged away: it counts for nothing now.
  const gone = await db.run<{ id: string; old: string[] }>(
    tx,
    `MATCH (m:Merged {mergedLabel: 'Talk'}) WHERE m.id IN $talks AND m.tallies IS NOT NULL
     WITH m, m.tallies AS old REMOVE m.tallies
     RETURN m.id AS id, old`,
    { talks },
  );

  const delta = new Map<string, number>();
  const move = (keys: string[], by: number) => {
    for (const k of keys) delta.set(k, (delta.get(k) ?? 0) + by);
  };
  const seen = new Set<string>();
  for (const r of recounted.records) {
    seen.add(r.get('id'));
    move(r.get('old'), -1);
    move(r.get('now'), +1);
  }
  const tombstones = new Map(gone.records.map((r) => [r.get('id'), r.get('old')]));
  for (const id of talks) {
    if (seen.has(id)) continue;
    move(before.get(id) ?? tombstones.get(id) ?? [], -1);
  }
  const changes = [...delta]
    .filter(([, d]) => d !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, d]) => ({ ...tallyKeyParts(key), d }));
  if (changes.length === 0) return;
  await db.run(
    tx,
    `UNWIND $changes AS c
     MERGE (s:Tally {key: c.key}) ON CREATE SET s.kind = c.kind, s.id = c.id, s.talks = 0
     ${lock('s')}
     WITH s, c SET s.talks = s.talks + c.d
     WITH s WHERE s.talks <= 0
     DELETE s`,
    { changes },
  );
}
