/**
 * A restart's checks (issue 16 item 5): migrations and the seed load decide with reads that nothing is to
 * be done, and still do their work when the model, the seed files or the curators' decisions changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/graph/migrations/migrate';
import { MIGRATIONS, type Migration } from '../../src/graph/migrations/migrations';
import { loadSeeds } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import type { Database } from '../../src/neo4j/database';
import { forumSeedsDir, FORUM_SEED_FILE, resetDatabase, testDatabase } from '../support/db';

const PROBE: Migration = {
  version: 10_000,
  name: 'warm-start test probe',
  statements: ['CREATE INDEX warm_start_probe IF NOT EXISTS FOR (n:WarmStartProbe) ON (n.x)'],
};

async function indexNames(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
  return rows.map((r) => r.name);
}

describe('a restart on a database that is already set up (real Neo4j)', () => {
  let db: Database;
  let seeds: string;

  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    // A copy of its own: the test edits it.
    seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-start-seeds-'));
    fs.cpSync(forumSeedsDir(), seeds, { recursive: true });
  });

  afterAll(async () => {
    await db.mutate('DROP INDEX warm_start_probe IF EXISTS');
    await db.mutate('MATCH (m:SchemaMigration {version: $v}) DELETE m', { v: PROBE.version });
    await db.mutate('MATCH (d:Decision {id: $id}) DETACH DELETE d', { id: 'warm-start-retraction' });
    await db.close();
    fs.rmSync(seeds, { recursive: true, force: true });
  });

  afterEach(() => jest.restoreAllMocks());

  it('migrations: a migrated database runs no schema statement, only reads', async () => {
    const writes = jest.spyOn(db, 'write');
    expect(await migrate(db, silentLogger)).toEqual([]);
    expect(writes).not.toHaveBeenCalled();
  });

  it('migrations: a new migration still runs, once', async () => {
    expect(await migrate(db, silentLogger, [...MIGRATIONS, PROBE])).toEqual([PROBE.version]);
    expect(await indexNames(db)).toContain('warm_start_probe');
    const writes = jest.spyOn(db, 'write');
    expect(await migrate(db, silentLogger, [...MIGRATIONS, PROBE])).toEqual([]);
    expect(writes).not.toHaveBeenCalled();
  });

  it('migrations: an index the model declares is created again when it is missing', async () => {
    await db.mutate('DROP INDEX event_name');
    expect(await indexNames(db)).not.toContain('event_name');
    await migrate(db, silentLogger);
    expect(await indexNames(db)).toContain('event_name');
  });

  it('seeds: unchanged files and decisions are skipped without a write transaction', async () => {
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(false);
    const writes = jest.spyOn(db, 'write');
    const again = await loadSeeds(db, seeds, silentLogger);
    expect(again.skipped).toBe(true);
    expect(again.files).toEqual([FORUM_SEED_FILE]);
    expect(writes).not.toHaveBeenCalled();
  });

  it('seeds: a changed seed file is loaded, then skipped again', async () => {
    const file = path.join(seeds, FORUM_SEED_FILE);
    const text = fs.readFileSync(file, 'utf8');
    const renamed = text.replace(
      'name: 2020 China Cybersecurity Week',
      'name: China Cybersecurity Week (2020)',
    );
    expect(renamed).not.toBe(text);
    fs.writeFileSync(file, renamed);
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(false);
    const [event] = await db.query<{ name: string }>(
      "MATCH (e:Event {id: 'china-cybersecurity-week-2020'}) RETURN e.name AS name",
    );
    expect(event).toEqual({ name: 'China Cybersecurity Week (2020)' });
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(true);
  });

  it("seeds: a curator's new decision makes the next start check and load again", async () => {
    await db.mutate(
      "CREATE (:Decision {id: $id, kind: 'retraction', source: 'no-such-source', at: datetime()})",
      { id: 'warm-start-retraction' },
    );
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(false);
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(true);
  });

  it('seeds: a graph loaded before the quick check existed is checked the long way once', async () => {
    await db.mutate("MATCH (s:SeedState {id: 'seeds'}) REMOVE s.inputs");
    const first = jest.spyOn(db, 'write');
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    first.mockRestore();
    const second = jest.spyOn(db, 'write');
    expect((await loadSeeds(db, seeds, silentLogger)).skipped).toBe(true);
    expect(second).not.toHaveBeenCalled();
  });
});
