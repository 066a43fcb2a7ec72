/**
 * npm run fault-test: under a steady query and mutation load, stop Neo4j (the embedded JVM, or with
 * `--neo4j container` a Neo4j container), keep the load on, start Neo4j again, and check that the service
 * recovers by itself, never crashes, and kept every mutation it acknowledged. Loopback only; bounded in
 * time (about a minute plus start-up).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { queryMix, SEED_IDS } from '../bench/query-mix';
import type { Neo4jConnection } from '../src/config/config';
import { startNeo4jContainer } from './lib/neo4j-container';
import {
  postGraphQL,
  REPO,
  SCRIPT_TOKEN,
  startScratchNeo4j,
  startServiceProcess,
} from './lib/service-under-test';

const program = new Command()
  .description('Stop and restart Neo4j under load; report errors, recovery time and lost writes.')
  .option('--concurrency <n>', 'concurrent query clients', (v) => Number(v), 8)
  .option('--before <s>', 'seconds of load before the outage', (v) => Number(v), 10)
  .option('--outage <s>', 'seconds Neo4j stays down', (v) => Number(v), 10)
  .option('--after <s>', 'seconds of load after Neo4j is back', (v) => Number(v), 10)
  .option('--neo4j <kind>', 'what to stop: embedded (a JVM of our own) or container', 'embedded')
  .option(
    '--image <image>',
    'Neo4j image for --neo4j container (never pulled)',
    process.env.NEO4J_IMAGE || 'neo4j:5.26',
  )
  .option('--cli <command>', 'container CLI for --neo4j container', process.env.CONTAINER_CLI || 'podman')
  .option(
    '--out <file>',
    'where to write the JSON report',
    path.join(REPO, 'test-artifacts', 'fault-test.json'),
  )
  .parse();
const opts = program.opts<{
  concurrency: number;
  before: number;
  outage: number;
  after: number;
  neo4j: string;
  image: string;
  cli: string;
  out: string;
}>();
if (opts.neo4j !== 'embedded' && opts.neo4j !== 'container') {
  program.error(`--neo4j must be embedded or container (got "${opts.neo4j}")`);
}

/** The Neo4j the test stops and starts, whichever kind it is. */
interface Neo4jUnderTest {
  label(): string;
  connection: Neo4jConnection;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

async function startNeo4j(): Promise<Neo4jUnderTest> {
  if (opts.neo4j === 'container') {
    const c = await startNeo4jContainer(opts.image, opts.cli);
    return { ...c, label: () => c.label, dispose: c.remove };
  }
  const db = await startScratchNeo4j(path.join(REPO, '.neo4j-fault'));
  return {
    label: () => `embedded JVM (pid ${db.neo4j.pid})`,
    connection: db.connection,
    stop: () => db.neo4j.stop(),
    start: () => db.restart(),
    dispose: () => db.neo4j.stop(),
  };
}

type Phase = 'warm-up' | 'before' | 'outage' | 'restarting' | 'after';
interface Outcome {
  start: number;
  at: number;
  phase: Phase;
  ok: boolean;
  status: number;
  code?: string;
  message?: string;
}

const SOURCE = 'cybersecurity-standards-forum-2020-report';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (msg: string) =>
    process.stdout.write(`[fault-test +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

  log(
    opts.neo4j === 'container'
      ? `starting a Neo4j container from ${opts.image} (${opts.cli}) and the service (production mode) against it`
      : 'starting a scratch embedded Neo4j in .neo4j-fault/ and the service (production mode) against it',
  );
  const db = await startNeo4j();
  const service = await startServiceProcess(db.connection);
  log(`service ready at ${service.graphqlUrl} (pid ${service.child.pid}), seed graph loaded`);

  let phase: Phase = 'warm-up';
  let running = true;
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  const mix = queryMix(SEED_IDS);

  const queryClient = async (n: number) => {
    for (let i = n; running; i++) {
      const op = mix[i % mix.length]!;
      const started = phase;
      const start = Date.now();
      const r = await postGraphQL(service.graphqlUrl, op.query, op.variables);
      const ok = r.status === 200 && !r.body?.errors && r.body?.data !== undefined;
      outcomes.push({
        start,
        at: Date.now(),
        phase: started,
        ok,
        status: r.status,
        code: r.body?.errors?.[0]?.extensions?.code,
        message: r.body?.errors?.[0]?.message,
      });
      if (!ok) await sleep(100); // a failing client backs off a little, as real ones do
    }
  };
  // Writes: each alias is unique; the ones the API acknowledged must survive the outage.
  const writer = async () => {
    for (let i = 0; running; i++) {
      const alias = `fault-test-alias-${i}`;
      const start = Date.now();
      const started = phase;
      const r = await postGraphQL(
        service.graphqlUrl,
        'mutation($alias: String!, $src: ID!) { addAlias(kind: TOPIC, id: "ai-security", alias: $alias, provenance: { source: $src }) { id } }',
        { alias, src: SOURCE },
        { authorization: `Bearer ${SCRIPT_TOKEN}` },
      );
      const ok = r.status === 200 && !r.body?.errors;
      if (ok) acknowledged.push(alias);
      outcomes.push({
        start,
        at: Date.now(),
        phase: started,
        ok,
        status: r.status,
        code: r.body?.errors?.[0]?.extensions?.code,
        message: r.body?.errors?.[0]?.message,
      });
      await sleep(ok ? 50 : 200);
    }
  };
  // A probe sends one small query every 250 ms: recovery is when a request started after Neo4j came
  // back first succeeds (load clients can still be waiting out the driver's retries of older requests).
  const probes: { start: number; end: number; ok: boolean }[] = [];
  const probe = async () => {
    while (running) {
      const start = Date.now();
      const r = await postGraphQL(service.graphqlUrl, '{ topic(id: "cybersecurity") { id } }');
      probes.push({ start, end: Date.now(), ok: r.status === 200 && !r.body?.errors });
      await sleep(250);
    }
  };
  const clients = [...Array.from({ length: opts.concurrency }, (_, n) => queryClient(n)), writer(), probe()];

  await sleep(5000); // warm-up: query plans and JIT, not counted
  phase = 'before';
  await sleep(opts.before * 1000);
  phase = 'outage';
  log(`stopping Neo4j, ${db.label()}, under load`);
  await db.stop();
  const downAt = Date.now();
  await sleep(opts.outage * 1000);
  phase = 'restarting';
  log('starting Neo4j again');
  await db.start();
  const neo4jReadyAt = Date.now();
  phase = 'after';
  log(`Neo4j accepts Bolt again after ${((neo4jReadyAt - downAt) / 1000).toFixed(1)} s down`);
  await sleep(opts.after * 1000);
  running = false;
  await Promise.all(clients);

  // Recovery: from Neo4j answering Bolt to the first success of a request started after that.
  const firstOk = probes.find((p) => p.ok && p.start >= neo4jReadyAt);
  const recoveryMs = firstOk ? firstOk.end - neo4jReadyAt : Infinity;
  // Requests started once recovered must all succeed.
  const failuresAfterRecovery = firstOk
    ? outcomes.filter((o) => !o.ok && o.start > firstOk.end).length +
      probes.filter((p) => !p.ok && p.start > firstOk.end).length
    : NaN;
  const slowestOutageRequestMs = Math.max(
    0,
    ...outcomes.filter((o) => o.phase === 'outage' || o.phase === 'restarting').map((o) => o.at - o.start),
  );
  const ready = await fetch(`${service.baseUrl}/ready`).then((r) => r.status);

  // Every acknowledged alias must be in the database, checked directly over Bolt.
  const driver = neo4j.driver(
    db.connection.uri,
    neo4j.auth.basic(db.connection.user, db.connection.password),
  );
  const { records } = await driver.executeQuery(
    "MATCH (t:Topic {id: 'ai-security'}) RETURN [a IN t.aliases WHERE a STARTS WITH 'fault-test-alias-'] AS aliases",
    {},
    { routing: 'READ' },
  );
  await driver.close();
  const stored = new Set<string>(records[0]?.get('aliases') ?? []);
  const lost = acknowledged.filter((a) => !stored.has(a));

  const alive = service.alive();
  const unhandled = service.logLines.filter((l) => l.includes('unhandled promise rejection')).length;
  const byPhase = (p: Phase) => {
    const os = outcomes.filter((o) => o.phase === p);
    const codes: Record<string, number> = {};
    const samples: Record<string, string | undefined> = {};
    for (const o of os.filter((x) => !x.ok)) {
      const key = o.code ?? `HTTP ${o.status}`;
      codes[key] = (codes[key] ?? 0) + 1;
      samples[key] ??= o.message;
    }
    const ok = os.filter((o) => o.ok).length;
    return { requests: os.length, ok, errors: os.length - ok, codes, samples };
  };
  const http5xx = outcomes.filter((o) => o.status >= 500).length;
  await service.stop();
  await db.dispose();

  const report = {
    when: new Date().toISOString(),
    settings: opts,
    neo4j: db.label(),
    phases: {
      before: byPhase('before'),
      outage: byPhase('outage'),
      restarting: byPhase('restarting'),
      after: byPhase('after'),
    },
    neo4jDownSeconds: (neo4jReadyAt - downAt) / 1000,
    recoverySeconds: recoveryMs / 1000,
    failuresAfterRecovery,
    slowestOutageRequestSeconds: slowestOutageRequestMs / 1000,
    probes: probes.map((p) => ({
      start: (p.start - neo4jReadyAt) / 1000,
      seconds: (p.end - p.start) / 1000,
      ok: p.ok,
    })),
    http5xx,
    serviceAlive: alive,
    readyAfter: ready,
    unhandledRejections: unhandled,
    mutations: { acknowledged: acknowledged.length, lost: lost.length, lostAliases: lost.slice(0, 10) },
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(report, null, 2));
  fs.writeFileSync(opts.out.replace(/\.json$/, '-service.log'), service.logLines.join('\n') + '\n');

  const checks: [string, boolean][] = [
    [
      `recovered ${report.recoverySeconds.toFixed(2)} s after Neo4j was ready (target ≤ 5 s)`,
      recoveryMs <= 5000,
    ],
    [
      `no failures among requests started once recovered (${failuresAfterRecovery})`,
      failuresAfterRecovery === 0,
    ],
    [`service process alive, no crash`, alive],
    [`/ready is 200 again (${ready})`, ready === 200],
    [`no unhandled rejections (${unhandled})`, unhandled === 0],
    [`no HTTP 5xx (${http5xx})`, http5xx === 0],
    [
      `every acknowledged mutation is stored (${acknowledged.length} acknowledged, ${lost.length} lost)`,
      lost.length === 0,
    ],
  ];
  log('results');
  process.stdout.write(
    `  slowest request during the outage: ${report.slowestOutageRequestSeconds.toFixed(1)} s (driver retries up to NEO4J_RETRY_MS)\n`,
  );
  for (const p of ['before', 'outage', 'restarting', 'after'] as const) {
    const s = report.phases[p];
    process.stdout.write(
      `  ${p.padEnd(10)} ${String(s.requests).padStart(6)} requests, ${String(s.errors).padStart(5)} errors ${JSON.stringify(s.codes)}\n`,
    );
  }
  for (const [what, ok] of checks) process.stdout.write(`  ${ok ? 'PASS' : 'FAIL'}  ${what}\n`);
  process.stdout.write(
    `report: ${path.relative(REPO, opts.out)}; total ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `fault test failed to run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
