/**
 * First load of each explorer page, in Chromium, against the service on the bench graph.
 *
 *   npm run bench:load -- --sf 10          # once: the SF10 graph in the bench Neo4j
 *   npm run bench:explorer                 # starts the bench Neo4j and the service (production mode), measures
 *   npm run bench:explorer -- --runs 5     # more runs per page (median reported)
 *
 * Each run opens the page in a fresh browser context (empty cache, as a first visit) and measures from
 * navigation to the page's content being on screen: its heading shown and no loading indicator left.
 * Results go to bench/results/explorer-first-load.json and a table on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { buildWeb } from '../scripts/build-web';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/logging/logger';
import { startService } from '../src/service';
import { startBenchNeo4j } from './bench-neo4j';

const TARGET_MS = 1500;

async function gql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Pages to measure, with ids of busy entities found through the API itself. */
interface Ids {
  stats: {
    talksPerTopic: { topic: { id: string } }[];
    talksPerInstitution: { institution: { id: string } }[];
    talksPerEvent: { event: { id: string; place?: { id: string } | null } }[];
  };
}

async function pages(url: string): Promise<[string, string][]> {
  const d = await gql<Ids>(
    url,
    `{ stats { talksPerTopic(first: 1) { topic { id } } talksPerInstitution(first: 1) { institution { id } }
               talksPerEvent(first: 1) { event { id place { id } } } } }`,
  );
  const event = d.stats.talksPerEvent[0]!.event;
  const t = await gql<{ talks: { nodes: { id: string; speaker: { id: string } }[] } }>(
    url,
    `{ talks(where: { event: "${event.id}" }, first: 1) { nodes { id speaker { id } } } }`,
  );
  const talk = t.talks.nodes[0]!;
  const list: [string, string][] = [
    ['dashboard', '/'],
    ['person (busiest event speaker)', `/person/${talk.speaker.id}`],
    ['institution (most talks)', `/institution/${d.stats.talksPerInstitution[0]!.institution.id}`],
    ['topic (most talks)', `/topic/${d.stats.talksPerTopic[0]!.topic.id}`],
    ['event (most talks)', `/event/${event.id}`],
    ['talk', `/talk/${talk.id}`],
    ['matrix (every talk, top 30 × 50)', '/matrix'],
    ['graph (event, depth 1)', `/graph?id=Event:${event.id}`],
    ['browse people', '/browse/person'],
  ];
  if (event.place) list.push(['place', `/place/${event.place.id}`]);
  return list;
}

async function main() {
  const opts = new Command()
    .option('--runs <n>', 'runs per page', (v) => Number(v), 3)
    .option('--chromium <path>', 'Chromium binary', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    .parse()
    .opts<{ runs: number; chromium: string }>();
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  await buildWeb();
  const bench = await startBenchNeo4j({ logger });
  const c = bench.connection;
  const service = await startService(
    loadConfig(
      {
        NODE_ENV: 'production',
        NEO4J_URI: c.uri,
        NEO4J_USER: c.user,
        NEO4J_PASSWORD: c.password,
        NEO4J_DATABASE: c.database,
        PORT: '0',
        SEED_ON_START: 'false',
        LOG_LEVEL: 'warn',
      },
      false,
    ),
    logger,
  );
  const base = service.url.replace(/\/graphql$/, '');
  const browser = await chromium.launch({
    executablePath: opts.chromium,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results: {
    page: string;
    url: string;
    runsMs: number[];
    medianMs: number;
    graphqlRequests: number;
  }[] = [];
  try {
    const counts = await gql<{ stats: { nodesPerKind: { count: number }[] } }>(
      service.url,
      '{ stats { nodesPerKind { kind count } } }',
    );
    const nodes = counts.stats.nodesPerKind.reduce((a, k) => a + k.count, 0);
    console.log(
      `[bench:explorer] ${nodes.toLocaleString()} nodes in the bench graph; ${opts.runs} runs per page`,
    );
    for (const [name, url] of await pages(service.url)) {
      const runsMs: number[] = [];
      let graphqlRequests = 0;
      for (let i = 0; i < opts.runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        let requests = 0;
        page.on('request', (r) => {
          if (r.url().startsWith(`${base}/graphql`)) requests++;
        });
        const started = Date.now();
        await page.goto(base + url);
        await page.locator('main h1').first().waitFor({ timeout: 60_000 });
        // A locator, not a string predicate: production's Content-Security-Policy forbids eval.
        await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 60_000 });
        runsMs.push(Date.now() - started);
        graphqlRequests = requests;
        await context.close();
      }
      const sorted = [...runsMs].sort((a, b) => a - b);
      const medianMs = sorted[Math.floor(sorted.length / 2)]!;
      results.push({ page: name, url, runsMs, medianMs, graphqlRequests });
      console.log(
        `[bench:explorer] ${name.padEnd(32)} median ${String(medianMs).padStart(5)} ms  runs ${runsMs.join(', ')}  ` +
          `${graphqlRequests} GraphQL request(s)  ${medianMs <= TARGET_MS ? 'ok' : `over ${TARGET_MS} ms`}`,
      );
    }
    const out = path.resolve(__dirname, 'results', 'explorer-first-load.json');
    fs.writeFileSync(
      out,
      JSON.stringify(
        { at: new Date().toISOString(), nodes, targetMs: TARGET_MS, runs: opts.runs, results },
        null,
        2,
      ) + '\n',
    );
    console.log(`[bench:explorer] results in ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await service.stop();
    await bench.stop();
  }
}

main().catch((err: unknown) => {
  console.error('[bench:explorer] failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
