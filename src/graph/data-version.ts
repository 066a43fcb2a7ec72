import type { Database } from '../neo4j/database';
import { READ_GRAPH_VERSION } from '../neo4j/graph-version';
import { TALLIES_EXACT } from './tallies/state';
import type { DataVersion } from '../util/versioned-cache';

/**
 * The version of the data an answer is computed from: the graph version every recorded write bumps
 * (one indexed-by-label read of one node), then this process's finished writes (see VersionedCache for
 * why both). Read in this order, so that the computation that follows starts after both were read.
 */
export async function readDataVersion(db: Database): Promise<DataVersion> {
  const rows = await db.query<{ v: number }>(READ_GRAPH_VERSION);
  return { graph: rows[0]?.v ?? 0, local: db.writesFinished };
}

/**
 * The data version and, in the same read, whether the talk tallies are exact for it (the dashboard then
 * ranks from them; src/graph/tallies).
 */
export async function readDataVersionAndTallies(
  db: Database,
): Promise<{ version: DataVersion; talliesExact: boolean }> {
  const rows = await db.query<{ v: number; talliesExact: boolean }>(
    `${TALLIES_EXACT} RETURN coalesce(gv.version, 0) AS v, talliesExact`,
  );
  return {
    version: { graph: rows[0]?.v ?? 0, local: db.writesFinished },
    talliesExact: rows[0]?.talliesExact ?? false,
  };
}
