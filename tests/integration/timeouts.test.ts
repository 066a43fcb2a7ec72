import neo4j, { type Driver } from 'neo4j-driver';
import { Database, RequestTimeoutError } from '../../src/neo4j/database';
import { startApi, TEST_TOKEN, type Api } from '../support/api';
import { readTestState } from '../support/test-neo4j';

// Long enough to run for minutes if nothing stopped it; the marker finds it in SHOW TRANSACTIONS.
const SLOW = `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS c // slow-marker`;
const SOURCE = 'cybersecurity-standards-forum-2020-report';
const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

function adminDriver(): Driver {
  const c = readTestState().connection;
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
}

/** Whether Neo4j still runs the slow query: a cancelled query disappears from SHOW TRANSACTIONS. */
async function slowQueryRunning(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS n',
    { marker: 'slow-marker' },
    { routing: 'READ' },
  );
  return records[0]!.get('n').toNumber() > 0;
}

async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Holds a write lock on a person until released, so a write to it must wait. */
async function holdLockOn(driver: Driver, personId: string) {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (p:Person {id: $id}) SET p.lockedForTest = true', { id: personId });
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

describe('timeouts cancel work in Neo4j (real Neo4j)', () => {
  let admin: Driver;
  beforeAll(() => {
    admin = adminDriver();
  });
  afterAll(() => admin.close());

  it('a transaction over NEO4J_TX_TIMEOUT_MS is stopped by Neo4j, not just abandoned', async () => {
    const db = new Database(readTestState().connection, 2500);
    try {
      const started = Date.now();
      const pending = db.query(SLOW).then(
        () => undefined,
        (e: { code?: string }) => e,
      );
      // Seen running first, so its disappearance below means something.
      expect(await eventually(() => slowQueryRunning(admin), 2000)).toBe(true);
      const error = await pending;
      expect(error?.code).toMatch(/TransactionTimedOut/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await eventually(async () => !(await slowQueryRunning(admin)))).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('a request deadline shortens the transaction timeout to the time the request has left', async () => {
    const db = new Database(readTestState().connection, 120_000);
    try {
      const started = Date.now();
      const error = await db
        .withDeadline(Date.now() + 700)
        .query(SLOW)
        .then(
          () => undefined,
          (e: { code?: string }) => e,
        );
      expect(error?.code).toMatch(/TransactionTimedOut/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await eventually(async () => !(await slowQueryRunning(admin)))).toBe(true);

      // With no time left, nothing is sent at all.
      const before = db.roundTrips;
      await expect(db.withDeadline(Date.now() - 1).query('RETURN 1')).rejects.toBeInstanceOf(
        RequestTimeoutError,
      );
      expect(db.roundTrips).toBe(before);
    } finally {
      await db.close();
    }
  });

  describe('over GraphQL', () => {
    let api: Api;
    afterEach(async () => {
      await api?.stop();
    });

    const rename = (name: string) =>
      api.gql(
        `mutation($name: String!, $src: ID!) { updatePerson(id: "jiang-zengzeng", input: { name: $name }, provenance: { source: $src }) { name } }`,
        { name, src: SOURCE },
        AUTH,
      );

    for (const [what, env] of [
      ['NEO4J_TX_TIMEOUT_MS', { NEO4J_TX_TIMEOUT_MS: '600' }],
      ['REQUEST_TIMEOUT_MS', { REQUEST_TIMEOUT_MS: '900', NEO4J_TX_TIMEOUT_MS: '120000' }],
    ] as const) {
      it(`a mutation stuck behind a lock past ${what} gets TIMEOUT, writes nothing, and the next one works`, async () => {
        api = await startApi(env);
        const release = await holdLockOn(admin, 'jiang-zengzeng');
        let released = false;
        try {
          const started = Date.now();
          const r = await rename('Stuck Name');
          expect(Date.now() - started).toBeLessThan(10_000);
          expect(r.status).toBe(200);
          expect(r.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
          expect(r.errors?.[0]?.message).not.toMatch(/neo4j|lock|cypher/i);
          await release();
          released = true;
          const names = await api.service.db.query<{ name: string }>(
            "MATCH (p:Person {id: 'jiang-zengzeng'}) RETURN p.name AS name",
          );
          expect(names[0]?.name).not.toBe('Stuck Name');
          const ok = await rename('Jiang Zengzeng');
          expect(ok.errors).toBeUndefined();
          expect(ok.data).toEqual({ updatePerson: { name: 'Jiang Zengzeng' } });
        } finally {
          if (!released) await release();
        }
      });
    }
  });
});
