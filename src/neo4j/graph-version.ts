/**
 * The graph version, stated once: one `(:GraphVersion {id: 'graph'})` node that every recorded write bumps
 * in its own transaction, so answers kept per version (src/util/versioned-cache.ts) are never stale.
 * Writers append `bumpGraphVersion()` to their statement; readers run READ_GRAPH_VERSION (column `v`).
 */

/** One row, column `v`: the current version, 0 before the first recorded write. */
export const READ_GRAPH_VERSION =
  "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS v";

/** A clause to end a write with: the version moves by one; `changedAt` is a Cypher expression. */
export const bumpGraphVersion = (changedAt = 'datetime()'): string =>
  `MERGE (v:GraphVersion {id: 'graph'}) SET v.version = coalesce(v.version, 0) + 1, v.changedAt = ${changedAt}`;

/**
 * The version set past `$before` whatever it is now (a restore: the data may hold an older version than
 * one a cache has already seen, and must never bring it back).
 */
export const SET_GRAPH_VERSION_PAST = `MERGE (v:GraphVersion {id: 'graph'})
  SET v.version = CASE WHEN coalesce(v.version, 0) > $before THEN v.version ELSE $before END + 1,
      v.changedAt = datetime()`;
