import type { Database } from '../neo4j/database';
import { HISTORY_LABELS } from './model';

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

const quote = (name: string) => '`' + name.replace(/`/g, '``') + '`';

/**
 * Node counts per label and relationship counts per type. Names come from db.labels() and
 * db.relationshipTypes(); written as literals so each count is answered from Neo4j's count store (the
 * count alone in its WITH: a literal next to it in RETURN becomes a grouping key, and the plan a scan).
 */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  return db.read(async (tx) => {
    const names = await db.run<{ labels: string[]; types: string[] }>(
      tx,
      'CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType RETURN labels, collect(relationshipType) AS types',
    );
    // The history grows with every write by design; counts describe the graph's content.
    const labels: string[] = ((names.records[0]?.get('labels') as string[] | undefined) ?? []).filter(
      (l) => !(HISTORY_LABELS as readonly string[]).includes(l),
    );
    const types: string[] = names.records[0]?.get('types') ?? [];
    const parts = [
      ...labels.map(
        (l) =>
          `MATCH (n:${quote(l)}) WITH count(n) AS n RETURN 'label' AS kind, ${JSON.stringify(l)} AS name, n`,
      ),
      ...types.map(
        (t) =>
          `MATCH ()-[r:${quote(t)}]->() WITH count(r) AS n RETURN 'type' AS kind, ${JSON.stringify(t)} AS name, n`,
      ),
    ];
    const counts: GraphCounts = { labels: {}, relationships: {} };
    if (parts.length === 0) return counts;
    const result = await db.run<{ kind: string; name: string; n: number }>(tx, parts.join('\nUNION ALL\n'));
    for (const r of result.records) {
      const target = r.get('kind') === 'label' ? counts.labels : counts.relationships;
      target[r.get('name')] = r.get('n');
    }
    for (const bag of [counts.labels, counts.relationships]) {
      for (const [k, v] of Object.entries(bag)) if (v === 0) delete bag[k];
    }
    return counts;
  });
}
