import { tallyKind, type TallyKindName } from './kinds';
import { TALLIES_EXACT } from './state';

/**
 * Cypher binding `x` (an entity of the kind) and `count` (its distinct talks) for the entities that can
 * be among the first `first` by count (ties on the last count included, so the caller's order by count
 * and name is exact). From the tallies when they are exact: the counts above the n-th, then only those
 * entities; otherwise counted from the talks, as the tallies would be. `first` is a Cypher expression.
 */
export function rankedByTalks(kind: TallyKindName, first: string): string {
  const k = tallyKind(kind);
  return `${TALLIES_EXACT}
    CALL (talliesExact) {
      WITH talliesExact WHERE talliesExact
      // Ordered as the (kind, talks) index is, so the top counts are read from it, not sorted.
      MATCH (s:Tally) WHERE s.kind = '${k.kind}' AND s.talks > 0
      WITH s ORDER BY s.kind DESC, s.talks DESC LIMIT ${first}
      WITH min(s.talks) AS floor
      MATCH (s:Tally) WHERE s.kind = '${k.kind}' AND s.talks >= floor
      MATCH (x:${k.label} {id: s.id})
      RETURN x, s.talks AS count
      UNION
      WITH talliesExact WHERE NOT talliesExact
      MATCH ${k.path('t', 'x')} WHERE t:Talk
      RETURN x, count(DISTINCT t) AS count
    }`;
}
