import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { repoAsset } from '../util/assets';

/** What scripts/build-web.ts writes beside the bundles (the part the server reads). */
interface WebManifest {
  app: { js: string; css: string[] };
  ide: { js: string; css: string[] };
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An HTML shell: external scripts and styles only, so production's Content-Security-Policy holds. */
function page(opts: {
  title: string;
  rootId: string;
  js: string;
  css: string[];
  meta: Record<string, string>;
}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<link rel="icon" href="data:,">
${Object.entries(opts.meta)
  .map(([k, v]) => `<meta name="${esc(k)}" content="${esc(v)}">`)
  .join('\n')}
${opts.css.map((c) => `<link rel="stylesheet" href="/${esc(c)}">`).join('\n')}
<script type="module" src="/${esc(opts.js)}"></script>
</head>
<body>
<div id="${opts.rootId}"></div>
<noscript>The explorer needs JavaScript. The GraphQL API answers at /graphql.</noscript>
</body>
</html>
`;
}

const wantsHtml = (req: Request) => (req.headers.accept ?? '').includes('text/html');

/**
 * The explorer (the single-page app at / and its client-side routes) and, in development, the offline
 * GraphQL IDE on GET /graphql for browsers. Both are static bundles built by scripts/build-web.ts into
 * dist/web; the pages fetch data from /graphql like any other client.
 */
export function explorerRoutes(deps: { config: AppConfig; logger: Logger; webDir?: string }): Router {
  const { config, logger } = deps;
  const production = config.env === 'production';
  const webDir = deps.webDir ?? repoAsset(__dirname, 2, 'dist', 'web');
  const router = express.Router();
  let manifest: WebManifest | undefined;
  let loadedMtime = 0;
  /** Re-read when a rebuild replaced it, so `npm run build:web` needs no restart. */
  const current = (): WebManifest | undefined => {
    const file = path.join(webDir, 'manifest.json');
    try {
      const mtime = fs.statSync(file).mtimeMs;
      if (mtime !== loadedMtime) {
        manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as WebManifest;
        loadedMtime = mtime;
      }
    } catch {
      manifest = undefined;
      loadedMtime = 0;
    }
    return manifest;
  };
  if (!current()) logger.warn({ webDir }, 'explorer not built: run `npm run build:web` (npm start does it)');

  const meta: Record<string, string> = {
    'graphql-ide': production ? 'off' : 'on',
    // The embedded Neo4j serves Neo4j Browser; with NEO4J_URI its address is not known here.
    ...(config.neo4j ? {} : { 'neo4j-browser': `http://127.0.0.1:${config.embedded.httpPort}/browser/` }),
  };

  const notBuilt = (res: Response) =>
    res
      .status(503)
      .type('text/plain')
      .send('The explorer is not built. Run `npm run build:web` (npm start builds it), then reload.');

  // Browsers ask for it whatever the page says; no icon, and no 404 in their console.
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  // Hashed file names: cached for a year; a rebuild changes the names.
  router.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );

  if (!production) {
    router.get('/graphql', (req, res, next) => {
      // Browsers opening /graphql get the IDE; clients sending a query (GET ?query= or POST) get Apollo.
      if (!wantsHtml(req) || req.query.query !== undefined) return next();
      const m = current();
      if (!m) return notBuilt(res);
      res.setHeader('cache-control', 'no-cache');
      res
        .type('html')
        .send(page({ title: 'GraphQL IDE · Standards actors graph', rootId: 'ide', ...m.ide, meta: {} }));
    });
  }

  // Client-side routes: any other GET a browser makes for a page gets the app, which routes it.
  router.get(/^\/(?!graphql|health|ready|guide|assets)(.*)$/, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    const m = current();
    if (!m) return notBuilt(res);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(page({ title: 'Standards actors graph', rootId: 'app', ...m.app, meta }));
  });
  return router;
}
