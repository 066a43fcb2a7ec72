import type { Database } from '../neo4j/database';
import { READ_GRAPH_VERSION } from '../neo4j/graph-version';
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
