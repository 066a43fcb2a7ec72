/**
 * The offline import end to end on a small graph: SF0.1 written to CSV, imported by neo4j-admin into a
 * throwaway Neo4j home, that Neo4j started, and what it holds compared with the generator's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { syntheticGraph, type NodeRow } from '../../bench/generate';
import { setEmptyLists } from '../../bench/import/finish';
import { runAdminImport } from '../../bench/import/neo4j-admin';
import { writeGraphCsv, type CsvManifest } from '../../bench/import/write-csv';
import { checkCounts } from '../../bench/lib/dataset';
import { migrate } from '../../src/graph/migrations/migrate';
import { createLogger } from '../../src/logging/logger';
import { Database } from '../../src/neo4j/database';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { freePort } from '../../src/util/ports';

const ROOT = path.resolve(__dirname, '..', '..');
const home = path.join(ROOT, '.neo4j-test', `import-${process.pid}`);
const logger = createLogger({ level: 'warn', format: 'pretty' });

describe('offline import with neo4j-admin (SF0.1)', () => {
  const g = syntheticGraph({ seed: 42, sf: 0.1 });
  let manifest: CsvManifest;
  let server: EmbeddedNeo4j;
  let db: Database;

  beforeAll(async () => {
    fs.rmSync(home, { recursive: true, force: true });
    const options = {
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '512m',
      pageCache: '128m',
      password: 'import-test-1',
    };
    manifest = writeGraphCsv(g, path.join(home, 'csv'), { batchSize: 1000 });
    await runAdminImport({ server: options, manifest, heap: '512m', maxOffHeap: '512m' });
    server = new EmbeddedNeo4j(options, logger);
    db = new Database(await server.start(), 60_000);
    await setEmptyLists(db, manifest.emptyLists);
    await migrate(db, logger);
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    await server?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('holds exactly the generated nodes and relationships', async () => {
    const counts = await checkCounts(db, manifest.nodeCounts, manifest.relationshipCounts);
    expect(counts.labels.Talk).toBe(g.nodeCounts.Talk);
    expect(Object.values(manifest.nodeCounts).reduce((s, x) => s + x, 0)).toBe(g.totalNodes);
  });

  it('stores every property with its type: dates, booleans, lists (empty ones too), quoted text', async () => {
    const rows = new Map<string, NodeRow>();
    for (const b of g.nodeBatches()) if (b.label === 'Event') for (const r of b.rows) rows.set(r.id, r);
    const stored = await db.query<{ id: string; props: Record<string, unknown>; types: string[] }>(
      `MATCH (n:Event) RETURN n.id AS id, properties(n) AS props,
              [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
    );
    expect(stored).toHaveLength(rows.size);
    for (const s of stored) {
      const want = rows.get(s.id)!;
      expect(Object.keys(s.props).sort()).toEqual(Object.keys(want).sort());
      expect(s.props.name).toBe(want.name);
      expect(s.props.aliases).toEqual(want.aliases);
      expect(s.props.searchKeys).toEqual(want.searchKeys);
      expect(s.props.recorded).toBe(want.recorded);
      expect(s.types).toContain('startDate:DATE NOT NULL');
      expect(String(s.props.startDate)).toBe(want.startDate);
    }
    // Empty lists are lists, not missing values, as the online loader writes them.
    const empty = await db.query<{ n: number }>('MATCH (t:Talk) WHERE t.aliases = [] RETURN count(t) AS n');
    expect(empty[0]!.n).toBe(manifest.emptyLists.Talk?.aliases ?? 0);
    expect(empty[0]!.n).toBeGreaterThan(0);
  });

  it('relationships join the right nodes and carry their properties', async () => {
    let sample: { from: string; to: string; props: Record<string, unknown> } | undefined;
    for (const b of g.relBatches()) {
      if (b.type === 'AFFILIATED_WITH') {
        sample = b.rows[0];
        break;
      }
    }
    const found = await db.query<{ r: Record<string, unknown> }>(
      'MATCH (:Person {id: $from})-[r:AFFILIATED_WITH]->(:Institution {id: $to}) RETURN properties(r) AS r',
      { from: sample!.from, to: sample!.to },
    );
    expect(found.map((f) => f.r)).toContainEqual(
      expect.objectContaining({ source: sample!.props.source, seeded: true }),
    );
  });

  it('the full-text index the API searches with is online over the imported names', async () => {
    const hits = await db.query<{ n: number }>(
      "CALL db.index.fulltext.queryNodes('entity_search', 'TC100') YIELD node RETURN count(node) AS n",
    );
    expect(hits[0]!.n).toBeGreaterThan(0);
  });
});
