/**
 * Whether the tallies are exact: `(:TallyState {id: 'talks'}).version` is the graph version they were
 * last exact at. Every recorded write recounts what it touched and moves the state with the graph version
 * (when it was level before), so a write that bypasses the recount (a bulk load, a restore, a graph from
 * before tallies) leaves it behind: readers then count the slow, exact way until `ensureTallies` rebuilds.
 */

/** Follows the graph version's bump (`v` bound to the GraphVersion node) in recordChange's statement. */
export const ADVANCE_TALLY_STATE = `WITH v MERGE (ts:TallyState {id: 'talks'})
     SET ts.version = CASE WHEN coalesce(ts.version, 0) = v.version - 1 THEN v.version ELSE ts.version END`;

/** Binds `talliesExact`: true when the tallies describe the graph as it is now. */
export const TALLIES_EXACT = `OPTIONAL MATCH (gv:GraphVersion {id: 'graph'})
     OPTIONAL MATCH (ts:TallyState {id: 'talks'})
     WITH coalesce(ts.version, 0) = coalesce(gv.version, 0) AS talliesExact`;
