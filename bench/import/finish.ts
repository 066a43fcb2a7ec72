/**
 * What the offline importer cannot do, done in Cypher once the imported database runs: empty lists (the
 * CSV format has no way to say "an empty list" rather than "no value"), so the graph has exactly the
 * properties the online loader (bench/load.ts) and the seed loader write.
 */
import type { Database } from '../../src/neo4j/database';

const ident = (name: string) => '`' + name.replace(/`/g, '``') + '`';

/**
 * Sets `prop = []` on every node of `label` without it, for each (label, prop) the writer counted, and
 * checks the number set equals the number of empty lists generated (no other node lacks the property).
 */
export async function setEmptyLists(
  db: Database,
  emptyLists: Record<string, Record<string, number>>,
): Promise<number> {
  let total = 0;
  for (const [label, props] of Object.entries(emptyLists)) {
    for (const [prop, expected] of Object.entries(props)) {
      // CALL { } IN TRANSACTIONS needs an auto-commit transaction: a session's run(), not executeWrite.
      const session = db.driver.session({ database: db.connection.database });
      try {
        const result = await session.run(
          `MATCH (n:${ident(label)}) WHERE n.${ident(prop)} IS NULL
           CALL (n) { SET n.${ident(prop)} = [] } IN TRANSACTIONS OF 50000 ROWS`,
          {},
          { timeout: 0 },
        );
        const set = result.summary.counters.updates().propertiesSet;
        if (set !== expected) {
          throw new Error(
            `${label}.${prop}: ${expected} empty lists were generated but ${set} nodes lacked it`,
          );
        }
        total += set;
      } finally {
        await session.close();
      }
    }
  }
  return total;
}
