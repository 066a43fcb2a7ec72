import { silentLogger } from '../../src/logging/logger';
import { startService, type RunningService } from '../../src/service';
import { resetDatabase, testConfig, testDatabase } from '../support/db';

describe('the service over HTTP (real Neo4j)', () => {
  let service: RunningService;
  let base: string;

  beforeAll(async () => {
    const db = testDatabase();
    await resetDatabase(db);
    await db.close();
    service = await startService(testConfig(), silentLogger);
    base = service.url.replace(/\/graphql$/, '');
  });
  afterAll(() => service?.stop());

  it('answers { __typename } at /graphql', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is alive at /health and ready at /ready once migrations and seeds are in', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: true, migrations: true, seeded: true });
  });

  it('applied the migrations and loaded the seed graph', async () => {
    const rows = await service.db.query<{ n: number }>('MATCH (m:SchemaMigration) RETURN count(m) AS n');
    expect(rows[0]!.n).toBeGreaterThanOrEqual(3);
    const people = await service.db.query<{ n: number }>('MATCH (p:Person) RETURN count(p) AS n');
    expect(people[0]!.n).toBeGreaterThan(0);
  });

  it('stops cleanly: HTTP closed, driver closed, stop is idempotent', async () => {
    const other = await startService(testConfig({ SEED_ON_START: 'false' }), silentLogger);
    const url = other.url;
    await other.stop();
    await other.stop();
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
    await expect(other.db.query('RETURN 1')).rejects.toThrow();
  });

  it('refuses to start on a port in use, naming PORT', async () => {
    await expect(startService(testConfig({ PORT: String(service.port) }), silentLogger)).rejects.toThrow(
      new RegExp(`Port ${service.port} is already in use \\(PORT\\)`),
    );
  });
});
