/**
 * Builds the explorer (web/src/main.tsx) and the offline GraphQL IDE (web/src/ide.tsx) into dist/web/ with
 * esbuild. Cached: a hash of every input is kept in dist/web/manifest.json and an unchanged tree is not
 * rebuilt, so `npm start` (prestart) costs nothing after the first build. Prints the gzipped JavaScript the
 * explorer sends against its budget.
 *
 *   node --import tsx scripts/build-web.ts [--force]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { readApiExamples } from './api-examples';

const ROOT = path.resolve(__dirname, '..');
export const WEB_OUT = path.join(ROOT, 'dist', 'web');
/** The explorer's JavaScript budget, gzipped, all chunks together (the IDE is a development tool, apart). */
export const JS_BUDGET_BYTES = 300 * 1024;

export interface WebManifest {
  hash: string;
  builtAt: string;
  app: { js: string; css: string[] };
  ide: { js: string; css: string[] };
  /** Gzipped bytes of every JavaScript file of the explorer (entry and lazy chunks). */
  appJsGzip: number;
  appJsFiles: Record<string, number>;
  ideJsGzip: number;
}

/** Every input of the build: the front-end sources, the style and examples it embeds, the lock file. */
function inputFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return [
    ...walk(path.join(ROOT, 'web')),
    path.join(ROOT, 'cypher', 'style.grass'),
    path.join(ROOT, 'docs', 'api.md'),
    ...walk(path.join(ROOT, 'schema')),
    path.join(ROOT, 'package-lock.json'),
    __filename,
  ].sort();
}

function inputHash(): string {
  const h = crypto.createHash('sha256');
  for (const f of inputFiles()) {
    h.update(path.relative(ROOT, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

export function readManifest(): WebManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(WEB_OUT, 'manifest.json'), 'utf8')) as WebManifest;
  } catch {
    return undefined;
  }
}

/** Whether the served schema's Provenance has `quote` (the pages ask for it only then). */
function schemaHasQuote(): boolean {
  const sdl = fs
    .readdirSync(path.join(ROOT, 'schema'))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'schema', f), 'utf8'))
    .join('\n');
  return /type Provenance\s*\{[^}]*\bquote\s*:/.test(sdl);
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Output files of one entry point, as paths under dist/web/ (served at /assets/...). */
function outputsOf(meta: esbuild.Metafile, entry: string) {
  const rel = (p: string) => path.relative(WEB_OUT, path.resolve(ROOT, p)).split(path.sep).join('/');
  const [out, info] = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry)!;
  return { js: rel(out), css: info.cssBundle ? [rel(info.cssBundle)] : [] };
}

const common: esbuild.BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  metafile: true,
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
  loader: { '.grass': 'text', '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
};

export async function buildWeb(opts: { force?: boolean; quiet?: boolean } = {}): Promise<WebManifest> {
  const log = (msg: string) => {
    if (!opts.quiet) console.log(`[build-web] ${msg}`);
  };
  const hash = inputHash();
  const previous = readManifest();
  if (!opts.force && previous?.hash === hash && fs.existsSync(path.join(WEB_OUT, previous.app.js))) {
    log(`up to date (${hash}); explorer JS ${(previous.appJsGzip / 1024).toFixed(1)} KB gzipped`);
    return previous;
  }
  const started = Date.now();
  fs.rmSync(WEB_OUT, { recursive: true, force: true });
  const assets = path.join(WEB_OUT, 'assets');

  const app = await esbuild.build({
    ...common,
    define: { ...common.define, __HAS_QUOTE__: String(schemaHasQuote()) },
    entryPoints: { app: path.join(ROOT, 'web', 'src', 'main.tsx') },
    outdir: assets,
    splitting: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(ROOT, 'web', 'tsconfig.json'),
  });
  const ide = await esbuild.build({
    ...common,
    entryPoints: { ide: path.join(ROOT, 'web', 'src', 'ide.tsx') },
    outdir: path.join(assets, 'ide'),
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfig: path.join(ROOT, 'web', 'tsconfig.ide.json'),
    define: {
      ...common.define,
      __HAS_QUOTE__: 'false',
      __API_EXAMPLES__: JSON.stringify(readApiExamples(ROOT)),
    },
  });

  const appEntry = outputsOf(app.metafile!, 'web/src/main.tsx');
  const ideEntry = outputsOf(ide.metafile!, 'web/src/ide.tsx');
  const jsOf = (meta: esbuild.Metafile) =>
    Object.keys(meta.outputs)
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.resolve(ROOT, f));
  const appJsFiles = Object.fromEntries(
    jsOf(app.metafile!).map((f) => [path.relative(WEB_OUT, f).split(path.sep).join('/'), gzipSize(f)]),
  );
  const appJsGzip = Object.values(appJsFiles).reduce((a, b) => a + b, 0);
  const ideJsGzip = jsOf(ide.metafile!).reduce((a, f) => a + gzipSize(f), 0);
  const manifest: WebManifest = {
    hash,
    builtAt: new Date().toISOString(),
    app: appEntry,
    ide: ideEntry,
    appJsGzip,
    appJsFiles,
    ideJsGzip,
  };
  fs.writeFileSync(path.join(WEB_OUT, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const entryGzip = appJsFiles[appEntry.js] ?? 0;
  log(
    `built in ${Date.now() - started} ms: explorer JS ${(appJsGzip / 1024).toFixed(1)} KB gzipped ` +
      `(entry ${(entryGzip / 1024).toFixed(1)} KB; the graph-drawing and chart libraries are chunks their pages load; ` +
      `budget ${JS_BUDGET_BYTES / 1024} KB)${appJsGzip > JS_BUDGET_BYTES ? ' — OVER BUDGET' : ''}; ` +
      `GraphQL IDE (development only) ${(ideJsGzip / 1024).toFixed(1)} KB gzipped`,
  );
  return manifest;
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force') }).then(
    (m) => {
      if (m.appJsGzip > JS_BUDGET_BYTES) process.exitCode = 1;
    },
    (err: unknown) => {
      console.error('[build-web] failed:', err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
