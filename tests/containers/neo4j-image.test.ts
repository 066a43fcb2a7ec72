/**
 * The local Neo4j image (scripts/images/neo4j) behaves like the official one where this project relies on
 * it: NEO4J_AUTH, NEO4J_<setting> variables (memory), Bolt and HTTP, data kept across a restart, a clean
 * stop on SIGTERM, and its health check. Run by `npm run test:containers` with NEO4J_TEST_IMAGE set.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { LOCAL_NEO4J_IMAGE, testImage } from '../support/test-neo4j';

const run = promisify(execFile);
const PASSWORD = 'image-check-password';
const MINUTES = 60_000;
let container: StartedTestContainer;

const boltUri = () => `bolt://${container.getHost()}:${container.getMappedPort(7687)}`;

async function query(password: string, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(boltUri(), neo4j.auth.basic('neo4j', password));
  try {
    return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** The container's standard output so far (where the image writes the user log). */
async function logs(): Promise<string> {
  const { stdout, stderr } = await run(process.env.CONTAINER_CLI || 'podman', ['logs', container.getId()], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}

beforeAll(async () => {
  container = await new GenericContainer(process.env.NEO4J_TEST_IMAGE ? testImage() : LOCAL_NEO4J_IMAGE)
    .withExposedPorts(7687, 7474)
    .withEnvironment({
      NEO4J_AUTH: `neo4j/${PASSWORD}`,
      NEO4J_server_memory_heap_initial__size: '300m',
      NEO4J_server_memory_heap_max__size: '600m',
      NEO4J_server_memory_pagecache_size: '100m',
    })
    .withWaitStrategy(Wait.forLogMessage('Started.'))
    .withStartupTimeout(4 * MINUTES)
    .start();
}, 5 * MINUTES);

afterAll(async () => {
  await container?.stop({ timeout: 30_000 });
}, 2 * MINUTES);

describe(`the local Neo4j 5.26 image`, () => {
  it('takes the password from NEO4J_AUTH and refuses another', async () => {
    expect(await query(PASSWORD, 'RETURN 1 AS one')).toEqual([{ one: neo4j.int(1) }]);
    await expect(query('not-the-password', 'RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
  });

  it('applies NEO4J_<setting> variables: heap and page cache sizes, and the JVM really has that heap', async () => {
    const settings = await query(
      PASSWORD,
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.initial_size', 'server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value ORDER BY name",
    );
    expect(settings).toEqual([
      { name: 'server.memory.heap.initial_size', value: '300.00MiB' },
      { name: 'server.memory.heap.max_size', value: '600.00MiB' },
      { name: 'server.memory.pagecache.size', value: '100.00MiB' },
    ]);
    const [jvm] = await query(
      PASSWORD,
      'CALL dbms.queryJmx("java.lang:type=Memory") YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max',
    );
    expect(Number(jvm!.max)).toBe(600 * 1024 * 1024);
  });

  it('serves Neo4j 5.26 over Bolt and the HTTP API and Browser on 7474, and reports healthy', async () => {
    const [version] = await query(
      PASSWORD,
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    expect(version!.version).toMatch(/^5\.26\./);
    const http = `http://${container.getHost()}:${container.getMappedPort(7474)}`;
    const browser = await fetch(`${http}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('Neo4j Browser');
    const health = await container.exec(['neo4j-healthcheck']);
    expect(health.exitCode).toBe(0);
  });

  it(
    'stops cleanly on SIGTERM and keeps its data (/data) and password across a restart',
    async () => {
      await query(PASSWORD, 'CREATE (:ImageCheck {id: $id})', { id: 'kept' });
      await container.restart({ timeout: 60_000 }); // ms: time to stop before SIGKILL
      // Neo4j's shutdown hook ran (a checkpoint, no recovery needed), rather than a SIGKILL.
      expect(await logs()).toMatch(/INFO {2}Stopped\./);
      const deadline = Date.now() + 3 * MINUTES;
      let rows: Record<string, unknown>[] | undefined;
      while (!rows && Date.now() < deadline) {
        rows = await query(PASSWORD, 'MATCH (c:ImageCheck) RETURN c.id AS id').catch(() => undefined);
        if (!rows) await new Promise((r) => setTimeout(r, 1000));
      }
      expect(rows).toEqual([{ id: 'kept' }]);
    },
    5 * MINUTES,
  );
});
