/**
 * Cold against warm dashboard aggregates (issue 16 item 1) on the graph in the bench Neo4j:
 *
 *   npm run bench:stats -- [--cold 5] [--warm 200]
 *
 * The service's GraphQL runs in this process (the same schema, resolvers and Database as `npm start`),
 * so the figures are the resolvers' and Neo4j's time, without HTTP. Cold: each request with an empty
 * aggregate cache (the four aggregates computed); warm: the same request answered for an unchanged data
 * version (one version read). One unmeasured request first lets Neo4j plan the queries (its query cache is
 * not what is measured). Writes bench/results/stats-cache-sf<N>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createApolloServer } from '../src/graphql/server';
import type { GraphQLContext } from '../src/graphql/context';
import { silentLogger } from '../src/logging/logger';
import { Database } from '../src/neo4j/database';
import { VersionedCache } from '../src/util/versioned-cache';
import { startBenchNeo4j } from './bench-neo4j';
import { positiveInt } from './lib/args';
import { machine, neo4jVersion } from './lib/dataset';
import { median } from './lib/measure';
import { queryMix, type MixIds } from './query-mix';

const program = new Command()
  .name('npm run bench:stats --')
  .description('Cold and warm dashboard aggregates on the graph in the bench Neo4j (or BENCH_NEO4J_URI).')
  .option('--cold <n>', 'cold requests (each with an empty cache)', positiveInt, 5)
  .option('--warm <n>', 'warm requests (one cache, data unchanged)', positiveInt, 200);

const DASHBOARD = queryMix({} as MixIds).find((o) => o.name === 'dashboardStats')!;
const GOAL_RATIO = 100;

async function main(): Promise<void> {
  const opts = program.parse().opts<{ cold: number; warm: number }>();
  const log = (msg: string) => process.stdout.write(`[bench:stats] ${msg}\n`);
  log('starting (or reusing) the bench Neo4j');
  const bench = await startBenchNeo4j();
  const c = bench.connection;
  const config = loadConfig(
    {
      NODE_ENV: 'production',
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
      NEO4J_DATABASE: c.database,
      // A cold dashboard at SF100 may take longer than a request's default budget.
      NEO4J_TX_TIMEOUT_MS: '120000',
      REQUEST_TIMEOUT_MS: '120000',
    },
    false,
  );
  const db = new Database(c, config.txTimeoutMs, config.retryMs);
  const apollo = createApolloServer(config, silentLogger);
  await apollo.start();
  try {
    const dataset = (
      await db.query<{ sf: number | null; nodes: number }>(
        `OPTIONAL MATCH (d:BenchDataset {id: 'bench'}) CALL () { MATCH (n) RETURN count(n) AS nodes }
         RETURN d.sf AS sf, nodes`,
      )
    )[0]!;
    if (dataset.sf === null)
      throw new Error('the bench Neo4j holds no synthetic graph: npm run bench:load first');
    log(`graph: SF${dataset.sf}, ${dataset.nodes} nodes`);
    const request = async (aggregates: VersionedCache<unknown>) => {
      const ctx: GraphQLContext = { db, config, logger: silentLogger, aggregates };
      const started = performance.now();
      const r = await apollo.executeOperation({ query: DASHBOARD.query }, { contextValue: ctx });
      const ms = performance.now() - started;
      const body = r.body.kind === 'single' ? r.body.singleResult : undefined;
      if (!body || body.errors) throw new Error(`dashboard failed: ${JSON.stringify(body?.errors)}`);
      return { ms, answer: JSON.stringify(body.data) };
    };

    log('warm-up: one request, so that Neo4j has planned and cached the queries');
    await request(new VersionedCache());
    const cold: number[] = [];
    let coldAnswer = '';
    for (let i = 0; i < opts.cold; i++) {
      const r = await request(new VersionedCache());
      cold.push(r.ms);
      coldAnswer = r.answer;
      log(`cold ${i + 1}/${opts.cold}: ${r.ms.toFixed(0)} ms`);
    }
    const cache = new VersionedCache<unknown>();
    await request(cache); // fills the cache
    const warm: number[] = [];
    const started = Date.now();
    for (let i = 0; i < opts.warm; i++) {
      const r = await request(cache);
      if (r.answer !== coldAnswer) throw new Error('a warm answer differs from the cold one');
      warm.push(r.ms);
      if ((i + 1) % 50 === 0) log(`warm ${i + 1}/${opts.warm}`);
    }
    const seconds = (Date.now() - started) / 1000;
    const coldMs = median(cold);
    const warmMs = median(warm);
    const ratio = coldMs / warmMs;
    log(
      `cold median ${coldMs.toFixed(1)} ms; warm median ${warmMs.toFixed(2)} ms (${(opts.warm / seconds).toFixed(0)} req/s one at a time)`,
    );
    log(
      `warm is ${ratio.toFixed(0)}x faster than cold (goal >= ${GOAL_RATIO}x): ${ratio >= GOAL_RATIO ? 'met' : 'MISSED'}`,
    );
    const result = {
      sf: dataset.sf,
      nodes: dataset.nodes,
      measuredAt: new Date().toISOString(),
      command: `npm run bench:stats -- --cold ${opts.cold} --warm ${opts.warm}`,
      neo4j: await neo4jVersion(db),
      machine: machine(),
      coldMs: { median: coldMs, all: cold.map((x) => Math.round(x)) },
      warmMs: { median: warmMs, p99: [...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.99)] },
      ratio,
      goalRatio: GOAL_RATIO,
    };
    const out = path.resolve(__dirname, 'results', `stats-cache-sf${dataset.sf}.json`);
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await apollo.stop();
    await db.close();
    await bench.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`[bench:stats] ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
