import neo4j from 'neo4j-driver';
import type { Logger } from '../../logging/logger';
import type { Database } from '../../neo4j/database';
import { READ_GRAPH_VERSION } from '../../neo4j/graph-version';
import { talkKeys, tallyKeyParts } from './kinds';
import { readDataVersionAndTallies } from '../data-version';
import { markTalliesExactAt } from './state';

/** Talks recounted per write transaction, and tally nodes written per transaction, in a rebuild. */
const BATCH = 5_000;
/** A rebuild is bulk work, not a request: on a large graph a batch may take longer than a request may. */
const BATCH_TIMEOUT_MS = 300_000;

export interface RebuildResult {
  talks: number;
  tallies: number;
  ms: number;
}

/**
 * Every talk's keys and every count, from the graph alone: for a graph written without the recount (a bulk
 * load, an import, a restore, a database from before tallies). Batched by talk id, with progress; the state
 * is set to the graph version read before the first batch, so a write that lands meanwhile leaves the
 * tallies marked behind (and the next `ensureTallies` runs again) rather than wrongly exact.
 */
export async function rebuildTallies(
  db: Database,
  logger: Logger,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RebuildResult> {
  const started = Date.now();
  const [version] = await db.query<{ v: number }>(READ_GRAPH_VERSION);
  const [{ total }] = (await db.query<{ total: number }>('MATCH (t:Talk) RETURN count(t) AS total')) as [
    { total: number },
  ];
  const write = <T>(fn: Parameters<Database['write']>[0]) =>
    db.write(fn, { timeoutMs: BATCH_TIMEOUT_MS }) as Promise<T>;

  await write(async (tx) => {
    await db.run(tx, 'MATCH (ts:TallyState) DELETE ts');
    await db.run(tx, 'MATCH (m:Merged) WHERE m.tallies IS NOT NULL REMOVE m.tallies');
  });
  for (let deleted = BATCH; deleted === BATCH;) {
    deleted = await write<number>(async (tx) =>
      (
        await db.run(tx, 'MATCH (s:Tally) WITH s LIMIT $n DELETE s RETURN count(*) AS n', {
          n: neo4j.int(BATCH),
        })
      ).records[0]!.get('n'),
    );
  }

  const counts = new Map<string, number>();
  let done = 0;
  for (let after = ''; ;) {
    const rows = await write<{ id: string; keys: string[] }[]>(async (tx) =>
      (
        await db.run<{ id: string; keys: string[] }>(
          tx,
          `MATCH (t:Talk) WHERE t.id > $after WITH t ORDER BY t.id LIMIT $n
           SET t.tallies = ${talkKeys('t')}
           RETURN t.id AS id, t.tallies AS keys`,
          { after, n: neo4j.int(BATCH) },
        )
      ).records.map((r) => r.toObject()),
    );
    if (rows.length === 0) break;
    for (const r of rows) for (const k of r.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    onProgress(done, total);
  }

  const tallies = [...counts].map(([key, talks]) => ({ ...tallyKeyParts(key), talks }));
  for (let i = 0; i < tallies.length; i += BATCH) {
    await write((tx) =>
      db.run(tx, 'UNWIND $rows AS row CREATE (s:Tally) SET s = row', { rows: tallies.slice(i, i + BATCH) }),
    );
  }
  await write((tx) => db.run(tx, markTalliesExactAt('$v'), { v: version?.v ?? 0 }));
  const ms = Date.now() - started;
  logger.info(
    { talks: done, tallies: tallies.length, ms, talksPerSecond: Math.round((done / Math.max(ms, 1)) * 1000) },
    'talk tallies rebuilt',
  );
  return { talks: done, tallies: tallies.length, ms };
}

/** True when the tallies describe the graph as it is now. */
export async function talliesExact(db: Database): Promise<boolean> {
  return (await readDataVersionAndTallies(db)).talliesExact;
}

/** Rebuilds the tallies when they are behind the graph (start-up, after a bulk load or a restore). */
export async function ensureTallies(
  db: Database,
  logger: Logger,
  onProgress?: (done: number, total: number) => void,
): Promise<RebuildResult | null> {
  if (await talliesExact(db)) return null;
  // A new database: nothing to count, so the tallies are exact as they stand (one write, no batches).
  const [empty] = await db.mutate<{ v: number }>(
    `OPTIONAL MATCH (gv:GraphVersion {id: 'graph'})
     WITH coalesce(gv.version, 0) AS v WHERE NOT EXISTS { (:Talk) } AND NOT EXISTS { (:Tally) }
     ${markTalliesExactAt('v')}
     RETURN v`,
  );
  if (empty) return { talks: 0, tallies: 0, ms: 0 };
  logger.info('talk tallies are behind the graph; rebuilding them');
  return rebuildTallies(db, logger, onProgress);
}
