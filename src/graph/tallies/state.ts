/**
 * Whether the tallies are exact: `(:TallyState {id: 'talks'}).version` is the graph version they were
 * last exact at. Only `ensureTallies` creates the state: by a rebuild (which alone knows every talk was
 * counted), or in one write on a database without talks or counts. Every recorded
 * write then recounts what it touched and moves the state with the graph version, when it was level
 * before. A write that bypasses the recount (a bulk load, a restore, Cypher typed in Neo4j Browser) leaves
 * it behind, and so does a graph that never had a rebuild: readers then count the slow, exact way until
 * `ensureTallies` rebuilds.
 */

/** Follows the graph version's bump (`v` bound to the GraphVersion node) in recordChange's statement. */
export const ADVANCE_TALLY_STATE = `WITH v OPTIONAL MATCH (ts:TallyState {id: 'talks'}) WHERE ts.version = v.version - 1
     SET ts.version = v.version`;

/** Binds `talliesExact`: true when the tallies describe the graph as it is now. */
export const TALLIES_EXACT = `OPTIONAL MATCH (gv:GraphVersion {id: 'graph'})
     OPTIONAL MATCH (ts:TallyState {id: 'talks'})
     WITH gv, ts IS NOT NULL AND ts.version = coalesce(gv.version, 0) AS talliesExact`;

/** Marks the tallies exact at `version` (a Cypher expression): the end of a rebuild, or a new, empty database. */
export const markTalliesExactAt = (version: string) =>
  `MERGE (ts:TallyState {id: 'talks'}) SET ts.version = ${version}, ts.rebuiltAt = datetime()`;
