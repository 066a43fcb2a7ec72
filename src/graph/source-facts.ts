import { RELATIONSHIP_TYPES } from './model';

/**
 * The facts a source states, found through the `source` index of each relationship type (made from the
 * catalogue by src/graph/migrations/schema.ts): Cypher that binds `r` to every relationship of the
 * model whose `source` is `source` (a Cypher expression). Neo4j seeks a relationship index for one type
 * at a time, so the types are a UNION of seeks: `MATCH ()-[r:A|B]->() WHERE r.source = $s` reads every
 * relationship of the graph (2-6 s at SF100), this reads the source's own (milliseconds).
 * `importing` lists the outer variables `source` uses; `r` must be new in the enclosing query.
 */
export function matchFactsOf(source: string, r: string, importing: readonly string[] = []): string {
  const seeks = RELATIONSHIP_TYPES.map(
    (type) => `MATCH ()-[${r}:${type}]->() WHERE ${r}.source = ${source} RETURN ${r}`,
  );
  return `CALL (${importing.join(', ')}) { ${seeks.join(' UNION ALL ')} }`;
}
