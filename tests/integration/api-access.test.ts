import { Writable } from 'node:stream';
import pino from 'pino';
import { generateToken, tokenLine } from '../../src/config/tokens';
import { startService, type RunningService } from '../../src/service';
import { resetAndSeed, testConfig, testDatabase } from '../support/db';

const READER = generateToken();
const CURATOR = generateToken();
const ADMIN = generateToken();
const LEGACY = `legacy-${generateToken()}`;
const WRONG = generateToken();
const TOKENS = [
  tokenLine('rita-reader', 'reader', READER),
  tokenLine('carl-curator', 'curator', CURATOR),
  tokenLine('ada-admin', 'admin', ADMIN),
].join(',');
const SRC = 'access-test-notes';

/** Everything the service logs, at the most verbose level and without pino's redaction. */
function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), text: () => lines.join('') };
}

async function post(service: RunningService, query: string, token?: string) {
  const res = await fetch(service.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: Record<string, any>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: res.status, cache: res.headers.get('cache-control'), ...body };
}

const addAlias = (alias: string) =>
  `mutation { addAlias(kind: TOPIC, id: "ai-security", alias: "${alias}", provenance: { source: "${SRC}" }) { id aliases } }`;

describe('access: named tokens with roles (real Neo4j, real HTTP)', () => {
  const logs = captureLogs();
  let service: RunningService;

  beforeAll(async () => {
    const db = testDatabase();
    await resetAndSeed(db);
    await db.close();
    service = await startService(
      testConfig({ API_TOKENS: TOKENS, API_TOKEN: LEGACY, SEED_ON_START: 'false', LOG_LEVEL: 'trace' }),
      logs.logger,
    );
  });
  afterAll(() => service.stop());

  it('lets a curator write', async () => {
    const src = await post(
      service,
      `mutation { createSource(input: { id: "${SRC}", title: "Access notes", type: "report" }) { id } }`,
      CURATOR,
    );
    expect(src.errors).toBeUndefined();
    expect(src.data).toEqual({ createSource: { id: SRC } });
    const r = await post(service, addAlias('curated alias'), CURATOR);
    expect(r.errors).toBeUndefined();
    expect(r.data!.addAlias.aliases).toContain('curated alias');
  });

  it('refuses a reader a mutation (FORBIDDEN, naming the role it needs) and writes nothing', async () => {
    const r = await post(service, addAlias('reader alias'), READER);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toBe(
      'This needs the curator role or higher; token "rita-reader" has the reader role.',
    );
    const check = await post(service, `{ topic(id: "ai-security") { aliases } }`);
    expect(check.data!.topic.aliases).not.toContain('reader alias');
  });

  it('refuses a wrong token and a missing one (UNAUTHENTICATED)', async () => {
    const wrong = await post(service, addAlias('wrong alias'), WRONG);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toMatch(/not valid/);
    const none = await post(service, addAlias('anonymous alias'));
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    const check = await post(service, `{ topic(id: "ai-security") { aliases } }`);
    expect(check.data!.topic.aliases).not.toEqual(expect.arrayContaining(['wrong alias']));
    expect(check.data!.topic.aliases).not.toEqual(expect.arrayContaining(['anonymous alias']));
  });

  it('keeps the single API_TOKEN working as an admin, and an admin may curate', async () => {
    expect((await post(service, addAlias('legacy alias'), LEGACY)).errors).toBeUndefined();
    expect((await post(service, addAlias('admin alias'), ADMIN)).errors).toBeUndefined();
  });

  it('leaves reading open by default', async () => {
    const r = await post(service, `{ topic(id: "ai-security") { id } }`);
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ topic: { id: 'ai-security' } });
    expect(r.cache).toBe('max-age=30, public');
  });

  it('never writes a token to the log, at trace level and without redaction', async () => {
    const text = logs.text();
    // The requests above were logged (otherwise the check below proves nothing).
    expect(text).toMatch(/graphql operation/);
    expect(text).toMatch(/UNAUTHENTICATED/);
    for (const token of [READER, CURATOR, ADMIN, LEGACY, WRONG]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.slice(4, 24));
    }
  });
});

describe('access: READS_REQUIRE_TOKEN', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService(
      testConfig({ API_TOKENS: TOKENS, READS_REQUIRE_TOKEN: 'true', SEED_ON_START: 'false' }),
      pino({ level: 'silent' }),
    );
  });
  afterAll(() => service.stop());

  it('answers a query without a token or with a wrong one with HTTP 401 UNAUTHENTICATED', async () => {
    const none = await post(service, `{ topic(id: "ai-security") { id } }`);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(none.data).toBeUndefined();
    const wrong = await post(service, `{ __schema { queryType { name } } }`, WRONG);
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a reader, with a private cache policy', async () => {
    const r = await post(service, `{ topic(id: "ai-security") { id } }`, READER);
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ topic: { id: 'ai-security' } });
    expect(r.cache).toBe('max-age=30, private');
  });

  it('still needs a curator for mutations', async () => {
    const r = await post(service, addAlias('another reader alias'), READER);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
