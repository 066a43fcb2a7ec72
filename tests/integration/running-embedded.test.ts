import { loadConfig } from '../../src/config/config';
import { runningEmbedded } from '../../src/neo4j/running-embedded';
import { readTestState } from '../support/test-neo4j';

/** How npm run backup/restore find the running service's Neo4j instead of starting a second one. */
describe('runningEmbedded: the Neo4j a running service started (real Neo4j)', () => {
  const { connection } = readTestState();
  const port = new URL(connection.uri).port;
  const local = new URL(connection.uri).hostname === '127.0.0.1' && connection.user === 'neo4j';
  const config = (password: string, boltPort = port) =>
    loadConfig({ EMBEDDED_NEO4J_BOLT_PORT: boltPort, EMBEDDED_NEO4J_PASSWORD: password }, false);

  (local ? it : it.skip)('is found on the embedded Bolt port with the configured password', async () => {
    expect(await runningEmbedded(config(connection.password))).toEqual({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: connection.password,
      database: 'neo4j',
    });
  });

  it('is not taken for the running one with another password, on a silent port, or with NEO4J_URI', async () => {
    expect(await runningEmbedded(config('not-the-password'))).toBeUndefined();
    expect(await runningEmbedded(config(connection.password, '1'))).toBeUndefined();
    const remote = loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }, false);
    expect(await runningEmbedded(remote)).toBeUndefined();
  });
});
