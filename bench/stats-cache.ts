/**
 * Cold against warm dashboard aggregates (issue 16 item 1) on the graph in the bench Neo4j:
 *
 *   npm run bench:stats -- [--cold 5] [--warm 200]
 *
 * The service's GraphQL runs in this process (the same schema, resolvers and Database as `npm start`),
 * so the figures are the resolvers' and Neo4j's time, without HTTP. Cold: each request with an empty
 * aggregate cache (the four aggregates computed); warm: the same request answered for an unchanged data
 * version (one version read). One unmeasured request first lets Neo4j plan the queries (its query cache is
 * not what is measured). Then the real cold case: a recorded write (a talk on the busiest topic, event and
 * speaker, through the API), after which the dashboard recomputes from the talk tallies; the writes are
 * retracted at the end. A graph loaded before tallies existed gets them first (timed). A bare round trip
 * (RETURN 1) is timed too: a warm answer pays one, so cold / round trip bounds the warm ratio.
 * Writes bench/results/stats-cache-sf<N>.json.
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
import { machine, migrateAndAwaitIndexes, neo4jVersion, rebuildTalliesWithProgress } from './lib/dataset';
import { talliesExact } from '../src/graph/tallies/rebuild';
import { median } from './lib/measure';
import { queryMix, type MixIds } from './query-mix';

const program = new Command()
  .name('npm run bench:stats --')
  .description('Cold and warm dashboard aggregates on the graph in the bench Neo4j (or BENCH_NEO4J_URI).')
  .option('--cold <n>', 'cold requests (each with an empty cache)', positiveInt, 5)
  .option('--warm <n>', 'warm requests (one cache, data unchanged)', positiveInt, 200)
  .option('--writes <n>', 'recorded writes, each followed by a dashboard request', positiveInt, 5);

/** A curator token for the writes, known only to this process. */
const TOKEN = `bench-stats-${process.pid}-${Date.now()}`;

const DASHBOARD = queryMix({} as MixIds).find((o) => o.name === 'dashboardStats')!;
const GOAL_RATIO = 100;
const COLD_GOAL_MS = 2_000;

async function main(): Promise<void> {
  const opts = program.parse().opts<{ cold: number; warm: number; writes: number }>();
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
      API_TOKEN: TOKEN,
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
    const tTallies = performance.now();
    await migrateAndAwaitIndexes(db, silentLogger);
    let talliesRebuiltSeconds: number | null = null;
    if (!(await talliesExact(db))) {
      log('the talk tallies are behind this graph (loaded before them): rebuilding');
      await rebuildTalliesWithProgress(db, silentLogger);
      talliesRebuiltSeconds = (performance.now() - tTallies) / 1000;
    }
    const operation = async (
      aggregates: VersionedCache<unknown>,
      query: string,
      variables: Record<string, unknown> = {},
    ) => {
      const ctx: GraphQLContext = {
        db,
        config,
        logger: silentLogger,
        aggregates,
        authorization: `Bearer ${TOKEN}`,
      };
      const started = performance.now();
      const r = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
      const ms = performance.now() - started;
      const body = r.body.kind === 'single' ? r.body.singleResult : undefined;
      if (!body || body.errors) throw new Error(`operation failed: ${JSON.stringify(body?.errors)}`);
      return { ms, answer: JSON.stringify(body.data) };
    };
    const request = (aggregates: VersionedCache<unknown>) => operation(aggregates, DASHBOARD.query);

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
    // A warm answer still reads the data version: one round trip to Neo4j, the floor under the warm figure
    // (and so the ceiling on cold / warm). Measured the same way, one at a time.
    const roundTrip: number[] = [];
    for (let i = 0; i < opts.warm; i++) {
      const t = performance.now();
      await db.query('RETURN 1');
      roundTrip.push(performance.now() - t);
    }

    // The cold case a dashboard meets: the data changed, so the next request recomputes.
    const source = `bench-stats-writes-${Date.now()}`;
    await operation(
      cache,
      `mutation ($id: ID!) { createSource(input: { id: $id, title: "bench:stats writes" }) { id } }`,
      {
        id: source,
      },
    );
    const busiest = async (kind: string) =>
      (
        await db.query<{ id: string }>(
          'MATCH (s:Tally {kind: $kind}) RETURN s.id AS id ORDER BY s.talks DESC LIMIT 1',
          { kind },
        )
      )[0]!.id;
    const [topic, event] = [await busiest('Topic'), await busiest('Event')];
    const [speaker] = await db.query<{ id: string }>(
      'MATCH (p:Person)-[:GAVE]->(t:Talk) WITH p, count(t) AS n ORDER BY n DESC LIMIT 1 RETURN p.id AS id',
    );
    const writeMs: number[] = [];
    const afterWriteMs: number[] = [];
    for (let i = 0; i < opts.writes; i++) {
      const w = await operation(
        cache,
        `mutation ($input: TalkInput!, $p: ProvenanceInput!) { recordTalk(input: $input, provenance: $p) { id } }`,
        {
          input: {
            id: `${source}-talk-${i}`,
            title: `bench:stats write ${i}`,
            speaker: speaker!.id,
            event,
            topics: [topic],
          },
          p: { source },
        },
      );
      const r = await request(cache);
      writeMs.push(w.ms);
      afterWriteMs.push(r.ms);
      log(`write ${i + 1}/${opts.writes}: ${w.ms.toFixed(0)} ms, then the dashboard ${r.ms.toFixed(0)} ms`);
    }
    const retract = await operation(
      cache,
      `mutation ($id: ID!) { retractSource(id: $id, reason: "bench:stats clean-up") { decision } }`,
      {
        id: source,
      },
    );
    log(`writes retracted in ${retract.ms.toFixed(0)} ms`);
    if (!(await talliesExact(db))) throw new Error('the talk tallies are not exact after the writes');

    const coldMs = median(cold);
    const warmMs = median(warm);
    const ratio = coldMs / warmMs;
    log(
      `cold median ${coldMs.toFixed(1)} ms; warm median ${warmMs.toFixed(2)} ms (${(opts.warm / seconds).toFixed(0)} req/s one at a time)`,
    );
    log(
      `warm is ${ratio.toFixed(0)}x faster than cold (goal >= ${GOAL_RATIO}x): ${ratio >= GOAL_RATIO ? 'met' : 'MISSED'}`,
    );
    const roundTripMs = median(roundTrip);
    log(
      `one round trip to Neo4j (RETURN 1) ${roundTripMs.toFixed(2)} ms: no warm answer that reads the version can beat ${(coldMs / roundTripMs).toFixed(0)}x`,
    );
    const afterWrite = median(afterWriteMs);
    log(
      `after a write: the dashboard ${afterWrite.toFixed(0)} ms (goal < ${COLD_GOAL_MS} ms at SF100: ${afterWrite < COLD_GOAL_MS ? 'met' : 'MISSED'}); the write itself ${median(writeMs).toFixed(0)} ms`,
    );
    const result = {
      sf: dataset.sf,
      nodes: dataset.nodes,
      measuredAt: new Date().toISOString(),
      command: `npm run bench:stats -- --cold ${opts.cold} --warm ${opts.warm} --writes ${opts.writes}`,
      neo4j: await neo4jVersion(db),
      machine: machine(),
      coldMs: { median: coldMs, all: cold.map((x) => Math.round(x)) },
      warmMs: { median: warmMs, p99: [...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.99)] },
      ratio,
      goalRatio: GOAL_RATIO,
      roundTripMs: { median: roundTripMs, ceilingRatio: coldMs / roundTripMs },
      afterWriteMs: { median: afterWrite, all: afterWriteMs.map((x) => Math.round(x)), goal: COLD_GOAL_MS },
      writeMs: { median: median(writeMs), all: writeMs.map((x) => Math.round(x)) },
      retractMs: Math.round(retract.ms),
      talliesRebuiltSeconds,
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
