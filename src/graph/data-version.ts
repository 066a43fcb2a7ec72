import type { Database } from '../neo4j/database';
import type { DataVersion } from '../util/versioned-cache';

/**
 * The version of the data an answer is computed from: the graph version every recorded write bumps
 * (one indexed-by-label read of one node), then this process's finished writes (see VersionedCache for
 * why both). Read in this order, so that the computation that follows starts after both were read.
 */
export async function readDataVersion(db: Database): Promise<DataVersion> {
  const rows = await db.query<{ v: number }>(
    "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS v",
  );
  return { graph: rows[0]?.v ?? 0, local: db.writesFinished };
}
