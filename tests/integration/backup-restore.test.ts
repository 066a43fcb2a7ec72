import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { graphCounts } from '../../src/graph/counts';
import { exportSource } from '../../src/graph/seed/export';
import { backupDatabase } from '../../src/neo4j/backup/backup';
import { BackupError } from '../../src/neo4j/backup/format';
import { restoreDatabase } from '../../src/neo4j/backup/restore';
import type { Database } from '../../src/neo4j/database';
import { resetAndSeed, SEEDS_DIR, testDatabase } from '../support/db';

const run = promisify(execFile);

/** Everything a restore must give back: each source's export, and the counts per label and type. */
async function snapshot(db: Database) {
  const ids = (await db.query<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map(
    (r) => r.id,
  );
  const exports: Record<string, unknown> = {};
  for (const id of ids) exports[id] = await exportSource(db, id);
  return { exports, counts: await graphCounts(db) };
}

/** A node holding one property of every type Neo4j stores, to check each comes back as the same type. */
const TYPED = `CREATE (:BackupProbe {
  id: 'probe', int: 42, big: 9007199254740993, float: 42.0, nan: 0.0 / 0.0, text: 'héllo "quoted"\\nline',
  yes: true, date: date('2020-09-16'), ldt: localdatetime('2020-09-16T09:30:00.123456789'),
  dtz: datetime('2020-09-16T09:30:00[Asia/Shanghai]'), dto: datetime('2020-09-16T09:30:00+08:00'),
  lt: localtime('09:30:01'), t: time('09:30:01+01:00'), dur: duration('P1Y2M3DT4H5M6.7S'),
  p2: point({x: 1.5, y: 2.5}), p3: point({longitude: 113.6, latitude: 34.7, height: 100.0}),
  ints: [1, 2, 3], strs: ['a', 'b'], dates: [date('2020-01-01'), date('2021-01-01')], empty: []
})-[:PROBED {weight: 0.5, since: date('2019-01-01'), n: 7}]->(:BackupProbe {id: 'target'})`;

const PROBE = `MATCH (p:BackupProbe {id: 'probe'})-[r:PROBED]->()
  RETURN [k IN keys(p) | k + ': ' + valueType(p[k])] AS types, properties(p) AS props,
         [k IN keys(r) | k + ': ' + valueType(r[k])] AS relTypes, properties(r) AS relProps,
         p.big = 9007199254740993 AS bigExact`;

async function probeOf(db: Database) {
  const row = (await db.query(PROBE))[0]!;
  return { ...row, types: (row.types as string[]).sort(), relTypes: (row.relTypes as string[]).sort() };
}

// A cold test JVM on a busy 2-core machine takes a while over the full seed graph and each restore.
jest.setTimeout(180_000);

describe('backup and restore: an identical graph after backup, wipe and restore (real Neo4j)', () => {
  const db = testDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'));
  const file = path.join(dir, 'graph.jsonl.gz');
  const conn = db.connection;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let probe: Record<string, unknown>;

  beforeAll(async () => {
    await resetAndSeed(db, SEEDS_DIR); // every report in seeds/
    await db.mutate(TYPED);
    before = await snapshot(db);
    probe = await probeOf(db);
  }, 300_000);
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts from a graph worth restoring', () => {
    expect(Object.keys(before.exports).length).toBeGreaterThanOrEqual(5);
    expect(before.counts.labels.Person).toBeGreaterThan(10);
    expect(before.counts.relationships.AFFILIATED_WITH).toBeGreaterThan(10);
    expect(before.counts.labels.SeedState).toBe(1);
  });

  it('backs up, wipes, restores: every export, every count and every property type the same', async () => {
    const b = await backupDatabase(conn, file);
    const total = async (cypher: string) => (await db.query<{ n: number }>(cypher))[0]!.n;
    expect(b.nodes).toBe(await total('MATCH (n) RETURN count(n) AS n'));
    expect(b.relationships).toBe(await total('MATCH ()-[r]->() RETURN count(r) AS n'));
    expect(b.nodes).toBeGreaterThan(100);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    await db.mutate('MATCH (n) DETACH DELETE n');
    expect((await graphCounts(db)).labels).toEqual({});

    const r = await restoreDatabase(conn, file);
    expect(r).toMatchObject({ nodes: b.nodes, relationships: b.relationships });
    const after = await snapshot(db);
    expect(after.counts).toEqual(before.counts);
    expect(after.exports).toEqual(before.exports);
    expect(await probeOf(db)).toEqual(probe);
    expect(probe.types).toEqual(
      expect.arrayContaining([
        'ldt: LOCAL DATETIME NOT NULL',
        'dtz: ZONED DATETIME NOT NULL',
        'float: FLOAT NOT NULL',
        'int: INTEGER NOT NULL',
        'p3: POINT NOT NULL',
      ]),
    );
    expect(probe.bigExact).toBe(true);
    // No trace of the restore's bookkeeping.
    const left = await db.query<{ n: number }>(
      'MATCH (n) WHERE n:__Restoring OR n.__backupId IS NOT NULL RETURN count(n) AS n',
    );
    expect(left[0]!.n).toBe(0);
    const indexes = await db.query<{ name: string }>('SHOW INDEXES YIELD name');
    expect(indexes.map((i) => i.name)).not.toContain('__restoring_backup_id');
  });

  it('recreates the constraints and indexes of a database that has none', async () => {
    const schema = async () =>
      (await db.query<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map(
        (r) => r.name,
      );
    const constraints = await schema();
    expect(constraints.length).toBeGreaterThan(5);
    await db.mutate('MATCH (n) DETACH DELETE n');
    for (const name of constraints) await db.mutate(`DROP CONSTRAINT \`${name}\``);
    const r = await restoreDatabase(conn, file);
    expect(r.schema.created).toEqual(expect.arrayContaining(constraints));
    expect(await schema()).toEqual(constraints);
    expect((await snapshot(db)).exports).toEqual(before.exports);
  });

  it('refuses a database that is not empty, and --replace replaces it', async () => {
    await expect(restoreDatabase(conn, file)).rejects.toThrow(/is not empty .* --replace/);
    await db.mutate("CREATE (:Person {id: 'stray', name: 'Stray'})");
    await restoreDatabase(conn, file, { replace: true });
    expect(await db.query("MATCH (n {id: 'stray'}) RETURN n")).toEqual([]);
    expect((await snapshot(db)).counts).toEqual(before.counts);
  });

  it('refuses a damaged or cut-short file and leaves the database empty, not half-restored', async () => {
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const text = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const cut = path.join(dir, 'cut.jsonl.gz');
    fs.writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length / 2)).join('\n')));
    await db.mutate('MATCH (n) DETACH DELETE n');
    await expect(restoreDatabase(conn, cut, { batchSize: 50 })).rejects.toThrow(
      /incomplete \(no end marker\)/,
    );
    expect((await graphCounts(db)).labels).toEqual({});

    const notBackup = path.join(dir, 'other.jsonl.gz');
    fs.writeFileSync(notBackup, gzipSync('{"hello": "world"}\n'));
    await expect(restoreDatabase(conn, notBackup)).rejects.toBeInstanceOf(BackupError);
    await expect(restoreDatabase(conn, path.join(dir, 'missing.gz'))).rejects.toThrow(/no such backup file/);
  });

  it('npm run backup and npm run restore work from the command line, with progress and throughput', async () => {
    await restoreDatabase(conn, file, { replace: true });
    const env = {
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
      LOG_LEVEL: 'warn',
    };
    const cli = path.join(dir, 'cli.jsonl.gz');
    const root = path.resolve(__dirname, '..', '..');
    const b = await run('node', ['--import', 'tsx', 'src/cli/backup.ts', '--out', cli], { cwd: root, env });
    expect(b.stdout).toMatch(/\d+ nodes, \d+ relationships, .* MB in .* s \(\d+ entities\/s\)/);
    expect(b.stderr).toMatch(
      /backup relationships: [\d,]+ relationships in .* s \([\d,]+ relationships\/s\)/,
    );
    const refused = await run('node', ['--import', 'tsx', 'src/cli/restore.ts', cli], {
      cwd: root,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toMatch(/not empty/);
    await db.mutate('MATCH (n) DETACH DELETE n');
    const r = await run('node', ['--import', 'tsx', 'src/cli/restore.ts', cli], { cwd: root, env });
    expect(r.stdout).toMatch(/restored \d+ nodes and \d+ relationships in .* s \(\d+ entities\/s\)/);
    expect((await snapshot(db)).exports).toEqual(before.exports);
  });
});
