/**
 * npm run load-test: the benchmark's query mix at a steady concurrency against the seed graph (default
 * 60 s at 32 connections, loopback only). Passes only with zero errors; reports throughput, latency and
 * the service's memory (RSS) before and after.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { queryMix, SEED_IDS } from '../bench/query-mix';
import { postGraphQL, REPO, startScratchNeo4j, startServiceProcess } from './lib/service-under-test';

const program = new Command()
  .description('Steady load on the query mix; zero errors expected; RSS before and after.')
  .option('--duration <s>', 'seconds of load', (v) => Number(v), 60)
  .option('--connections <n>', 'concurrent connections', (v) => Number(v), 32)
  .option(
    '--out <file>',
    'where to write the JSON report',
    path.join(REPO, 'test-artifacts', 'load-test.json'),
  )
  .parse();
const opts = program.opts<{ duration: number; connections: number; out: string }>();

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (msg: string) =>
    process.stdout.write(`[load-test +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

  log(
    'starting a scratch embedded Neo4j in .neo4j-load/ and the service (production mode) with the seed graph',
  );
  const db = await startScratchNeo4j(path.join(REPO, '.neo4j-load'));
  const service = await startServiceProcess(db.connection);
  const mix = queryMix(SEED_IDS);
  try {
    // Warm-up: each operation a few times, so the "before" RSS is the running service's, not a cold one.
    for (let i = 0; i < 5; i++) {
      for (const op of mix) {
        const r = await postGraphQL(service.graphqlUrl, op.query, op.variables);
        if (r.status !== 200 || r.body?.errors) {
          throw new Error(`${op.name} failed before the load started: ${JSON.stringify(r.body)}`);
        }
      }
    }
    const rssBefore = service.rssMiB();
    log(`warmed up; service RSS ${rssBefore} MiB; ${opts.duration} s at ${opts.connections} connections`);

    // GraphQL answers errors with HTTP 200, so every body is checked too.
    const graphqlErrors: Record<string, number> = {};
    let finish!: (r: autocannon.Result) => void;
    let fail!: (e: unknown) => void;
    const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
    const instance = autocannon(
      {
        url: service.graphqlUrl,
        connections: opts.connections,
        duration: opts.duration,
        requests: mix.map((op) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
          onResponse: (status: number, body: string) => {
            if (status === 200 && !body.includes('"errors"')) return;
            graphqlErrors[op.name] = (graphqlErrors[op.name] ?? 0) + 1;
          },
        })),
      },
      (err, res) => (err ? fail(err) : finish(res)),
    );
    let last = Date.now();
    let count = 0;
    instance.on('response', () => {
      count++;
      if (Date.now() - last >= 10_000) {
        last = Date.now();
        log(`${count} responses so far, RSS ${service.rssMiB()} MiB`);
      }
    });
    const result = await done;
    const rssAfter = service.rssMiB();
    const alive = service.alive();
    const ready = await fetch(`${service.baseUrl}/ready`).then((r) => r.status);
    const errorCount =
      result.errors +
      result.timeouts +
      result.non2xx +
      Object.values(graphqlErrors).reduce((a, b) => a + b, 0);

    const report = {
      when: new Date().toISOString(),
      settings: opts,
      operations: mix.map((op) => op.name),
      requests: result.requests.total,
      throughputPerSecond: result.requests.average,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: {
        connection: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphql: graphqlErrors,
      },
      rssMiB: { before: rssBefore, after: rssAfter },
      serviceAlive: alive,
      readyAfter: ready,
    };
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    fs.writeFileSync(opts.out, JSON.stringify(report, null, 2));

    log('results');
    process.stdout.write(
      `  ${report.requests} requests, ${report.throughputPerSecond.toFixed(0)} req/s, latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms\n` +
        `  service RSS ${rssBefore} MiB before, ${rssAfter} MiB after\n`,
    );
    const checks: [string, boolean][] = [
      [`zero errors (${errorCount}: ${JSON.stringify(report.errors)})`, errorCount === 0],
      ['service alive and ready afterwards', alive && ready === 200],
    ];
    for (const [what, ok] of checks) process.stdout.write(`  ${ok ? 'PASS' : 'FAIL'}  ${what}\n`);
    process.stdout.write(
      `report: ${path.relative(REPO, opts.out)}; total ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
    );
    process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await service.stop();
    await db.neo4j.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `load test failed to run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
