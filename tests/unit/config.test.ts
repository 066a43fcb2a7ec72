import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, false);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on 7687/7474 and GraphQL on 4000', () => {
    const c = loadConfig({}, false);
    expect(c.neo4j).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.embedded).toMatchObject({ boltPort: 7687, httpPort: 7474, heap: '512m', pageCache: '256m' });
    expect(c.embedded.home).toBe(path.resolve('.neo4j'));
    expect(c.logFormat).toBe('json');
    expect(c.seedOnStart).toBe(true);
  });

  it('uses NEO4J_URI with its credentials and database when given', () => {
    const c = loadConfig(
      { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' },
      false,
    );
    expect(c.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      database: 'graph',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }, false).neo4j).toBeUndefined();
  });

  it('rejects a malformed NEO4J_URI, naming the variable and the schemes it accepts', () => {
    const [p] = problemsOf({ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' });
    expect(p).toMatch(/^NEO4J_URI: /);
    expect(p).toMatch(/neo4j, neo4j\+s/);
    expect(problemsOf({ NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'x' })[0]).toMatch(
      /NEO4J_URI: "not a uri" is not a URI/,
    );
  });

  it('requires NEO4J_PASSWORD with NEO4J_URI', () => {
    expect(problemsOf({ NEO4J_URI: 'bolt://db:7687' })).toEqual([
      'NEO4J_PASSWORD: required when NEO4J_URI is set',
    ]);
  });

  it('reports every bad value at once, each with its name and what is expected', () => {
    const problems = problemsOf({
      PORT: '99999',
      EMBEDDED_NEO4J_HEAP: 'lots',
      LOG_LEVEL: 'loud',
      SEED_ON_START: 'maybe',
    });
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: expected a TCP port number/),
        expect.stringMatching(/^EMBEDDED_NEO4J_HEAP: expected a JVM memory size/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^SEED_ON_START: expected true or false/),
      ]),
    );
  });

  it('refuses the same port for embedded Bolt and HTTP', () => {
    expect(problemsOf({ EMBEDDED_NEO4J_BOLT_PORT: '7000', EMBEDDED_NEO4J_HTTP_PORT: '7000' })[0]).toMatch(
      /EMBEDDED_NEO4J_HTTP_PORT: must differ/,
    );
  });

  it('refuses short passwords and tokens', () => {
    expect(problemsOf({ EMBEDDED_NEO4J_PASSWORD: 'short' })[0]).toMatch(
      /EMBEDDED_NEO4J_PASSWORD: .*8 characters/,
    );
    expect(problemsOf({ API_TOKEN: 'abc' })[0]).toMatch(/API_TOKEN: .*16 characters/);
  });

  it('splits CORS_ORIGINS and picks pretty logs on a terminal', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }, true);
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.logFormat).toBe('pretty');
  });
});
