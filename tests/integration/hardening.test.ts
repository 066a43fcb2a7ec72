import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { silentLogger } from '../../src/logging/logger';
import { startService, type RunningService } from '../../src/service';
import { freePort } from '../../src/util/ports';
import { startApi, TEST_TOKEN, type Api } from '../support/api';
import { testConfig } from '../support/db';
import { readTestState } from '../support/test-neo4j';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe('query limits and request hygiene', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_TOKENS: '400',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_COST: '3000',
      HTTP_BODY_LIMIT: '4kb',
    });
  });
  afterAll(() => api.stop());

  it.each([
    [
      'depth',
      '{ topics { nodes { broader { broader { broader { broader { broader { id } } } } } } } }',
      /depth limit of 6/,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: topic(id: "x") { id }`).join(' ')} }`,
      /Aliases limit of 5/,
    ],
    ['directives', `{ __typename ${'@skip(if: false) '.repeat(6)} }`, /Directives limit of 5/],
    ['tokens', `{ ${'x '.repeat(500)} }`, /more that 400 tokens/],
    [
      'cost',
      '{ events(first: 100) { nodes { talks { topics { narrower { broader { id name aliases } } } } } } }',
      /Cost limit of 3000/,
    ],
  ])('refuses a query over the %s limit with a coded error, not a 500', async (_limit, query, message) => {
    const r = await post(api.service.url, JSON.stringify({ query }));
    expect(r.status).toBeLessThan(500);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(r.body.errors[0].extensions.code);
    expect(r.body.errors[0].message).toMatch(message);
  });

  it('refuses batched operations and oversized or malformed bodies with codes', async () => {
    const batch = await post(
      api.service.url,
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const big = await post(
      api.service.url,
      JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5000)}` }),
    );
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await post(api.service.url, '{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers JSON POSTs (node:http) and other POSTs (Express) with the same limits and coded errors', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5000)}` });
    // A curator's token lifts the limit (reports with their PDF); a wrong token does not.
    const curator = await post(api.service.url, big, { authorization: `Bearer ${TEST_TOKEN}` });
    expect([curator.status, curator.body]).toEqual([200, { data: { __typename: 'Query' } }]);
    const stranger = await post(api.service.url, big, { authorization: 'Bearer not-a-token' });
    expect(stranger.status).toBe(413);
    expect(stranger.body.errors[0].message).toMatch(/larger than 4kb \(8mb with a curator's token\)/);
    // A body that is JSON but not an object or a list, as express.json refuses it.
    const scalar = await post(api.service.url, '"{ __typename }"');
    expect([scalar.status, scalar.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    // A query string on the POST's URL, and the charset spelled out, change nothing.
    const withSearch = await post(
      `${api.service.url}?from=bench`,
      JSON.stringify({ query: '{ __typename }' }),
      {
        'content-type': 'application/json; charset=utf-8',
      },
    );
    expect(withSearch.body).toEqual({ data: { __typename: 'Query' } });
    // Not JSON in UTF-8: Express answers, with codes (CSRF prevention for a simple request; 415 for Latin-1).
    const simple = await post(api.service.url, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'text/plain',
    });
    expect([simple.status, simple.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(simple.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const latin1 = await post(api.service.url, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json; charset=latin1',
    });
    expect([latin1.status, latin1.body.errors[0].extensions.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(latin1.body.errors[0].message).toMatch(/UTF-8/);
    // A gzipped body: Express inflates it.
    const gzipped = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(await gzipped.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('blocks CSRF-prone simple requests and echoes a request id', async () => {
    const res = await fetch(`${api.service.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const ok = await post(api.service.url, JSON.stringify({ query: '{ __typename }' }), {
      'x-request-id': 'trace-123',
    });
    expect(ok.headers.get('x-request-id')).toBe('trace-123');
    const generated = await post(api.service.url, JSON.stringify({ query: '{ __typename }' }), {
      'x-request-id': 'bad id with spaces',
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same security, CORS and request-id headers on POST and GET, and answers preflights', async () => {
    const query = '{ __typename }';
    const viaPost = await post(api.service.url, JSON.stringify({ query }), { origin: 'http://example.test' });
    const viaGet = await fetch(`${api.service.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', origin: 'http://example.test' },
    });
    expect(viaGet.status).toBe(200);
    expect(await viaGet.json()).toEqual(viaPost.body);
    for (const name of ['x-content-type-options', 'x-frame-options', 'strict-transport-security'])
      expect([name, viaPost.headers.get(name)]).toEqual([name, viaGet.headers.get(name)]);
    expect(viaPost.headers.get('x-content-type-options')).toBe('nosniff');
    expect(viaPost.headers.get('access-control-allow-origin')).toBe(
      viaGet.headers.get('access-control-allow-origin'),
    );
    const preflight = await fetch(api.service.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://example.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hides field suggestions', async () => {
    const r = await post(api.service.url, JSON.stringify({ query: '{ evnts { id } }' }));
    expect(r.body.errors[0].message).not.toMatch(/Did you mean/);
  });
});

describe('production mode', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService(
      testConfig({ NODE_ENV: 'production', SEED_ON_START: 'false' }),
      silentLogger,
    );
  });
  afterAll(() => service.stop());

  it('turns introspection off, hides stack traces, and sends security headers', async () => {
    const intro = await post(service.url, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(intro.body.errors[0].message).toMatch(/introspection/i);
    expect(JSON.stringify(intro.body)).not.toMatch(/stacktrace/);
    const bad = await post(
      service.url,
      JSON.stringify({ query: '{ events(after: "nope") { totalCount } }' }),
    );
    expect(bad.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(intro.headers.get('content-security-policy')).toBeTruthy();
    expect(intro.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('can turn introspection back on explicitly', async () => {
    const open = await startService(
      testConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', SEED_ON_START: 'false' }),
      silentLogger,
    );
    try {
      const r = await post(open.url, JSON.stringify({ query: '{ __schema { queryType { name } } }' }));
      expect(r.body.data.__schema.queryType.name).toBe('Query');
    } finally {
      await open.stop();
    }
  });
});

/** A TCP relay to the test Neo4j that can be cut and restored, to play an outage without stopping the shared server. */
async function relayTo(target: { host: string; port: number }) {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  return { port, up, down };
}

describe('Neo4j outages', () => {
  it('starts while Neo4j is down, answers SERVICE_UNAVAILABLE, and recovers by itself', async () => {
    const bolt = new URL(readTestState().connection.uri);
    const relay = await relayTo({ host: bolt.hostname, port: Number(bolt.port) });
    const service = await startService(
      testConfig({ NEO4J_URI: `bolt://127.0.0.1:${relay.port}`, NEO4J_RETRY_MS: '1000' }),
      silentLogger,
    );
    const base = service.url.replace(/\/graphql$/, '');
    try {
      const notReady = await fetch(`${base}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ready: false, neo4j: false });
      const t0 = Date.now();
      const q = await post(service.url, JSON.stringify({ query: '{ topics { totalCount } }' }));
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(q.status).toBe(200);
      expect(q.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(q.body)).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError/);

      await relay.up();
      await service.bootstrapped;
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(200);
      const ok = await post(service.url, JSON.stringify({ query: '{ topics { totalCount } }' }));
      expect(ok.body.data.topics.totalCount).toBeGreaterThan(0);

      // A second outage while serving: errors during it, answers again after it.
      await relay.down();
      const during = await post(service.url, JSON.stringify({ query: '{ people { totalCount } }' }));
      expect(during.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      await relay.up();
      let recovered = false;
      for (let i = 0; i < 50 && !recovered; i++) {
        const r = await post(service.url, JSON.stringify({ query: '{ people { totalCount } }' }));
        recovered = !!r.body.data?.people;
        if (!recovered) await new Promise((res) => setTimeout(res, 200));
      }
      expect(recovered).toBe(true);
    } finally {
      await service.stop();
      await relay.down();
    }
  }, 120_000);
});
