import { tallyKind, type TallyKindName } from './kinds';

/**
 * Cypher binding `x` (an entity of the kind) and `count` (its distinct talks) for the entities that can
 * be among the first `first` by count (ties on the last count included, so the caller's order by count
 * and name is exact). With exact tallies (readDataVersionAndTallies says so), from them: the counts
 * above the n-th, read in index order, then only those entities. Otherwise counted from the talks, as
 * the tallies would be. `first` is a Cypher expression.
 */
export function rankedByTalks(kind: TallyKindName, first: string, talliesExact: boolean): string {
  const k = tallyKind(kind);
  if (!talliesExact) {
    return `MATCH ${k.path('t', 'x')} WHERE t:Talk
      WITH x, count(DISTINCT t) AS count`;
  }
  return `MATCH (s:Tally) WHERE s.kind = '${k.kind}' AND s.talks > 0
    // Ordered as the (kind, talks) index is, so the top counts are read from it, not sorted.
    WITH s ORDER BY s.kind DESC, s.talks DESC LIMIT ${first}
    WITH min(s.talks) AS floor
    MATCH (s:Tally) WHERE s.kind = '${k.kind}' AND s.talks >= floor
    MATCH (x:${k.label} {id: s.id})
    WITH x, s.talks AS count`;
}
