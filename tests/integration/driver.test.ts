import { Database } from '../../src/neo4j/database';
import { resetDatabase, testDatabase } from '../support/db';
import { readTestState } from '../support/test-neo4j';

describe('Neo4j through the driver (real database)', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
  });
  afterAll(() => db.close());

  it('tells which provider the tests run on', () => {
    const { provider } = readTestState();
    expect(['NEO4J_TEST_URI', 'testcontainers', 'embedded']).toContain(provider);
    console.log(`integration tests are running against Neo4j from: ${provider}`);
  });

  it('answers RETURN 1 and reports Neo4j 5', async () => {
    expect(await db.query('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    const rows = await db.query<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    expect(rows[0]?.version).toMatch(/^5\./);
  });

  it('writes in a write transaction and reads the value back, parameterised', async () => {
    const name = `it's "quoted" } MATCH (n) DETACH DELETE n //`;
    await db.mutate('CREATE (:Probe {id: $id, name: $name})', { id: 'p1', name });
    expect(await db.query('MATCH (p:Probe {id: $id}) RETURN p.name AS name', { id: 'p1' })).toEqual([
      { name },
    ]);
    await db.mutate('MATCH (p:Probe) DELETE p');
  });

  it('refuses a write inside a read transaction', async () => {
    await expect(db.query('CREATE (:Probe {id: "nope"})')).rejects.toThrow(/read|access mode/i);
    expect(await db.query('MATCH (p:Probe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
  });

  it('rolls back everything when a write transaction fails half-way', async () => {
    await expect(
      db.write(async (tx) => {
        await tx.run('CREATE (:Probe {id: "a"})');
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toThrow();
    expect(await db.query('MATCH (p:Probe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
  });

  it("keeps a Neo4j error's code and message when no stack is captured, and puts the stack limit back", async () => {
    const limit = Error.stackTraceLimit;
    const err = (await db.query('RETURN 1/0').catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.message).toMatch(/by zero/i);
    expect(err.code).toBe('Neo.ClientError.Statement.ArithmeticError');
    await expect(db.read((tx) => db.run(tx, 'RETURN 1/0'))).rejects.toThrow(/by zero/i);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('here').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('counts round trips', async () => {
    const before = db.roundTrips;
    await db.query('RETURN 1');
    await db.read(async (tx) => {
      await db.run(tx, 'RETURN 1');
      await db.run(tx, 'RETURN 2');
    });
    expect(db.roundTrips - before).toBe(3);
  });

  it('sends a single read as one query, retried only when the failure is transient', async () => {
    // A syntax error is final: one attempt.
    const sessions = jest.spyOn(db.driver, 'session');
    await expect(db.query('RETURN (')).rejects.toThrow(/Invalid input|syntax/i);
    expect(sessions).toHaveBeenCalledTimes(1);
    sessions.mockRestore();
    // An unreachable server is transient: tried again until the retry time is used up.
    const nowhere = new Database(
      { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' },
      1_000,
      1_500,
    );
    const attempts = jest.spyOn(nowhere.driver, 'session');
    try {
      await expect(nowhere.query('RETURN 1')).rejects.toThrow();
      expect(attempts).toHaveBeenCalledTimes(2);
    } finally {
      await nowhere.close();
    }
  });

  it('ping is false for an unreachable server', async () => {
    const nowhere = new Database({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    try {
      expect(await nowhere.ping(500)).toBe(false);
    } finally {
      await nowhere.close();
    }
    expect(await db.ping()).toBe(true);
  });
});
