import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'graphql';
import { buildWeb, JS_BUDGET_BYTES, WEB_OUT, type WebManifest } from '../../scripts/build-web';
import { readApiExamples } from '../../scripts/api-examples';
import { startApi, type Api } from '../support/api';

const ROOT = path.resolve(__dirname, '..', '..');

/** The first seed load on a cold test Neo4j can exceed the transaction timeout on a busy machine: one retry. */
async function startApiRetrying(env: NodeJS.ProcessEnv = {}): Promise<Api> {
  try {
    return await startApi(env);
  } catch (err) {
    if (!/terminated|timeout/i.test(String(err))) throw err;
    return startApi(env);
  }
}
const html = { accept: 'text/html,application/xhtml+xml' };

/** Every <script> of a page: the CSP allows only scripts from the same origin, none inline. */
function scripts(page: string) {
  return [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    attrs: m[1]!,
    body: m[2]!,
  }));
}

describe('explorer build', () => {
  let manifest: WebManifest;
  beforeAll(async () => {
    manifest = await buildWeb({ quiet: true });
  }, 300_000);

  it('keeps the explorer JavaScript within its gzipped budget, as the build reports', () => {
    const files = fs.readdirSync(path.join(WEB_OUT, 'assets')).filter((f) => f.endsWith('.js'));
    const total = files.reduce(
      (a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(WEB_OUT, 'assets', f)), { level: 9 }).length,
      0,
    );
    expect(total).toBe(manifest.appJsGzip);
    expect(total).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });

  it('is cached: an unchanged tree is not rebuilt', async () => {
    const again = await buildWeb({ quiet: true });
    expect(again.builtAt).toBe(manifest.builtAt);
  });

  it('loads nothing from another origin (no CDN, no web fonts)', () => {
    const dirs = [path.join(WEB_OUT, 'assets'), path.join(WEB_OUT, 'assets', 'ide')];
    for (const dir of dirs)
      for (const f of fs.readdirSync(dir).filter((x) => /\.(css|html)$/.test(x))) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        expect({
          f,
          remote: /url\(\s*['"]?(https?:)?\/\//.test(text) || /@import\s+url\(\s*['"]?https?:/.test(text),
        }).toEqual({
          f,
          remote: false,
        });
      }
  });

  it('offers every example of docs/api.md as a saved query in the IDE', () => {
    const examples = readApiExamples(ROOT);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const ide = fs.readFileSync(path.join(WEB_OUT, manifest.ide.js), 'utf8');
    for (const e of examples) {
      expect(() => parse(e.query)).not.toThrow();
      // Quotes may be escaped either way in the bundle; the text between them is not.
      for (const piece of e.title.split('"').filter((x) => x.length > 3))
        expect({ piece, inBundle: ide.includes(piece) }).toEqual({ piece, inBundle: true });
    }
  });
});

describe('explorer served by the service (development)', () => {
  let api: Api;
  let base: string;
  beforeAll(async () => {
    await buildWeb({ quiet: true });
    api = await startApiRetrying();
    base = api.service.url.replace(/\/graphql$/, '');
  }, 300_000);
  afterAll(() => api?.stop());

  it('serves the app at / and at every client route, with external scripts only', async () => {
    for (const route of [
      '/',
      '/person/liu-xiangang',
      '/graph?id=Institution:tc260',
      '/matrix',
      '/no/such/page',
    ]) {
      const res = await fetch(base + route, { headers: html });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const page = await res.text();
      expect(page).toContain('<div id="app">');
      const s = scripts(page);
      expect(s).toHaveLength(1);
      expect(s[0]!.attrs).toMatch(/type="module" src="\/assets\/app-[A-Z0-9]+\.js"/);
      expect(s[0]!.body.trim()).toBe('');
    }
  });

  it('serves hashed assets with a long cache and leaves the other endpoints alone', async () => {
    const page = await (await fetch(base + '/', { headers: html })).text();
    const js = /src="(\/assets\/[^"]+)"/.exec(page)![1]!;
    const res = await fetch(base + js);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(base + '/assets/nothing-here.js')).status).toBe(404);
    expect(await (await fetch(base + '/health', { headers: html })).json()).toEqual({ status: 'ok' });
    expect(await api.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('gives browsers the offline GraphiQL IDE on GET /graphql, and clients the API', async () => {
    const res = await fetch(api.service.url, { headers: html });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<div id="ide">');
    expect(page).not.toMatch(/https?:\/\//);
    expect(scripts(page).every((s) => s.body.trim() === '' && /src="\/assets\/ide\//.test(s.attrs))).toBe(
      true,
    );
    // A GET with a query is still GraphQL (Apollo requires a preflight header for GET).
    const url = `${api.service.url}?query=${encodeURIComponent('{ __typename }')}`;
    const q = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await q.json()).toEqual({ data: { __typename: 'Query' } });
    // Even from a browser: a query in the URL goes to Apollo, not to the IDE.
    expect(await (await fetch(url, { headers: html })).text()).not.toContain('<div id="ide">');
  });

  it('points "open in Neo4j Browser" nowhere when the Neo4j is given by NEO4J_URI', async () => {
    const page = await (await fetch(base + '/', { headers: html })).text();
    expect(page).toContain('<meta name="graphql-ide" content="on">');
    expect(page).not.toContain('neo4j-browser');
  });
});

describe('explorer in production mode', () => {
  let api: Api;
  let base: string;
  beforeAll(async () => {
    await buildWeb({ quiet: true });
    api = await startApiRetrying({ NODE_ENV: 'production' });
    base = api.service.url.replace(/\/graphql$/, '');
  }, 300_000);
  afterAll(() => api?.stop());

  it('serves the app under a Content-Security-Policy that forbids inline scripts', async () => {
    const res = await fetch(base + '/topic/biometric-identification', { headers: html });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const page = await res.text();
    expect(page).toContain('<meta name="graphql-ide" content="off">');
    expect(scripts(page).every((s) => s.body.trim() === '')).toBe(true);
  });

  it("keeps today's /graphql: no IDE page and no introspection", async () => {
    const res = await fetch(api.service.url, { headers: html });
    expect(await res.text()).not.toContain('<div id="ide">');
    const r = await api.gql('{ __schema { queryType { name } } }');
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
