/**
 * npm run bench: the query mix (bench/query-mix.ts) against this service, @neo4j/graphql 7 and the raw
 * Cypher floor, on the synthetic graph loaded by `npm run bench:load` into the bench Neo4j, in one run:
 *
 *   npm run bench -- [--rounds 3] [--duration 5] [--warmup 3] [--concurrency 1,8,32]
 *                    [--operations a,b] [--targets ours,peer,raw] [--quick] [--out dir] [--keep-going]
 *                    [--no-compile]
 *
 * 1. starts (or reuses) the bench Neo4j and reads which graph it holds (the BenchDataset node);
 * 2. starts the three targets as processes of their own and checks they give the same answers;
 * 3. profiles each operation: round trips to Neo4j and db hits of the Cypher each target sent;
 * 4. per operation and concurrency: warm-up, then rounds in which the targets take turns, each round
 *    one autocannon run; each figure is the median over rounds;
 * 5. writes bench/results/bench-sf<N>.json and .md (the latest run per scale factor; --out another folder,
 *    as `npm run bench:scaling` does), with the load average and each answer's size.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../src/config/config';
import { startBenchNeo4j } from './bench-neo4j';
import { fetchAnswer, fingerprint } from './lib/answers';
import { measure, median } from './lib/measure';
import { profileOperations, type Profiles } from './lib/profile';
import { markdown, targetChecks, TARGETS, type BenchReport, type Figure } from './lib/report';
import { positiveInt } from './lib/args';
import { compileTargets, startTarget, TARGET_NAMES, type Target, type TargetName } from './lib/targets';
import { queryMix, type MixIds } from './query-mix';

const REPO = path.resolve(__dirname, '..');

const list =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): T[] => {
    const items = value.split(',').map((v) => v.trim()) as T[];
    const bad = items.filter((v) => !allowed.includes(v));
    if (bad.length)
      throw new InvalidArgumentError(`unknown: ${bad.join(', ')}; expected some of ${allowed.join(', ')}`);
    return items;
  };
const operationNames = queryMix({
  topic: '',
  person: '',
  institution: '',
  searchText: '',
  pathFrom: '',
  pathTo: '',
  neighbourhoodOf: '',
}).map((o) => o.name);

const program = new Command()
  .name('npm run bench --')
  .description(
    'Throughput and latency of the query mix: this service vs @neo4j/graphql vs raw Cypher, on the graph `npm run bench:load` loaded.',
  )
  .option('--rounds <n>', 'measured rounds per operation, target and concurrency', positiveInt, 3)
  .option('--duration <s>', 'seconds per round', positiveInt, 5)
  .option('--warmup <s>', 'seconds of warm-up per operation, target and concurrency', positiveInt, 3)
  .option(
    '--concurrency <list>',
    'connections kept busy, comma-separated',
    (v: string) => v.split(',').map((x) => positiveInt(x.trim())),
    [1, 8, 32],
  )
  .option('--operations <list>', 'operations of the mix to run (default: all)', list(operationNames))
  .option('--targets <list>', 'what to measure', list(TARGET_NAMES), TARGET_NAMES)
  .option(
    '--max-round <s>',
    'cap every round and warm-up at this many seconds (slow operations get fewer requests)',
    positiveInt,
  )
  .option(
    '--quick',
    'a short run (under 5 min for the mix): 1 round of 2 s, 1 s warm-up, rounds and warm-ups capped at 4 s, concurrency 8 only',
  )
  .option('--out <dir>', 'where the results go', path.join(REPO, 'bench', 'results'))
  .option('--no-compile', 'run the targets from dist/ as it is (built earlier, e.g. once for several runs)')
  .option(
    '--keep-going',
    'when a target fails an operation in the answer check (e.g. a timeout on a big graph), record it and measure anyway',
  )
  .parse();

interface Options {
  rounds: number;
  duration: number;
  warmup: number;
  concurrency: number[];
  operations?: string[];
  targets: TargetName[];
  quick?: boolean;
  maxRound?: number;
  out: string;
  keepGoing?: boolean;
  compile: boolean;
}

/** The load average (1, 5, 15 min) as `uptime` prints it. */
const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

const t0 = Date.now();
const log = (msg: string) =>
  process.stdout.write(`[bench +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}\n`);

async function datasetOf(connection: Neo4jConnection) {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    const { records } = await driver.executeQuery(
      `OPTIONAL MATCH (d:BenchDataset {id: 'bench'})
       CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL dbms.components() YIELD versions, edition
       RETURN d {.*} AS dataset, nodes, relationships, versions[0] + ' ' + edition AS version`,
      {},
      { database: connection.database, routing: neo4j.routing.READ },
    );
    const r = records[0]!.toObject() as {
      dataset: { sf: number; seed: number; mixIds: string } | null;
      nodes: number;
      relationships: number;
      version: string;
    };
    if (!r.dataset) {
      throw new Error(
        `the bench Neo4j at ${connection.uri} holds no synthetic graph; load one first: npm run bench:load -- --sf 10`,
      );
    }
    return {
      sf: r.dataset.sf,
      seed: r.dataset.seed,
      ids: JSON.parse(r.dataset.mixIds) as MixIds,
      // The BenchDataset node itself is not part of the graph.
      nodes: r.nodes - 1,
      relationships: r.relationships,
      neo4jVersion: r.version,
    };
  } finally {
    await driver.close();
  }
}

/** Which code the targets ran: the commit, files of src/ and bench/ changed since, when dist/ was built. */
function buildInfo(): NonNullable<BenchReport['build']> {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO, encoding: 'utf8' }).stdout?.trim() ?? '';
  const main = path.join(REPO, 'dist', 'src', 'main.js');
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommitted: git('status', '--porcelain', '--', 'src', 'bench')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3)),
    distBuiltAt: fs.existsSync(main) ? fs.statSync(main).mtime.toISOString() : '',
  };
}

/** --keep-going: profiles operation by operation, so one that fails (e.g. a timeout) loses only its own profile. */
async function profileEach(
  connection: Neo4jConnection,
  ids: MixIds,
  operations: string[],
  targets: TargetName[],
  failures: string[],
): Promise<Profiles> {
  const profiles: Profiles = {};
  for (const name of operations) {
    try {
      Object.assign(profiles, await profileOperations(connection, ids, [name], targets));
    } catch (err) {
      const failure = `profile of ${name}: ${(err as Error).message.slice(0, 500)}`;
      failures.push(failure);
      log(`  ${failure}`);
    }
  }
  return profiles;
}

async function main(): Promise<void> {
  const opts = program.opts<Options>();
  if (opts.quick)
    Object.assign(opts, {
      rounds: 1,
      duration: 2,
      warmup: 1,
      concurrency: [8],
      maxRound: opts.maxRound ?? 4,
    });
  const operations = opts.operations ?? operationNames;
  const mix = queryMix({} as MixIds).filter((o) => operations.includes(o.name));

  const loadAtStart = loadAverage();
  log(`load average ${loadAtStart.join(', ')}`);
  log('starting (or reusing) the bench Neo4j');
  const bench = await startBenchNeo4j();
  const targets: Target[] = [];
  // Ctrl-C (or SIGTERM from bench:scaling) stops the targets and the Neo4j this run started, as the end does.
  const stopAll = (code: number) => async () => {
    for (const t of targets) await t.stop();
    await bench.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(130)());
  process.once('SIGTERM', () => void stopAll(143)());
  try {
    const dataset = await datasetOf(bench.connection);
    log(
      `graph: SF${dataset.sf} seed ${dataset.seed}, ${dataset.nodes} nodes, ${dataset.relationships} relationships, ${dataset.neo4jVersion}`,
    );

    if (opts.compile) {
      log('compiling src/ and bench/ into dist/ (the targets run as compiled JavaScript, as deployed)');
      compileTargets();
    } else log('using dist/ as built (--no-compile)');
    const build = buildInfo();
    log(`starting ${opts.targets.join(', ')}`);
    for (const name of opts.targets) targets.push(await startTarget(name, bench.connection, dataset.ids));

    log('checking that every target gives the same answers');
    const answerMismatches: string[] = [];
    const answerFailures: string[] = [];
    const answers: NonNullable<BenchReport['answers']> = {};
    // The slowest single answer per operation, to size rounds so that slow operations finish requests.
    const slowestMs: Record<string, number> = {};
    for (const op of mix) {
      const prints: Partial<Record<TargetName, string>> = {};
      for (const target of targets) {
        const started = Date.now();
        const answer = await fetchAnswer(target.request(op.name));
        slowestMs[op.name] = Math.max(slowestMs[op.name] ?? 0, Date.now() - started);
        if (answer.errors || answer.data === undefined) {
          const failure = `${target.name} failed ${op.name}: ${JSON.stringify(answer.errors).slice(0, 500)}`;
          if (!opts.keepGoing) throw new Error(failure);
          answerFailures.push(failure);
          log(`  ${failure}`);
          continue;
        }
        prints[target.name] = fingerprint(answer.data);
        answers[op.name] ??= {
          items: prints[target.name]!.split('|').filter(Boolean).length,
          bytes: Buffer.byteLength(JSON.stringify(answer.data)),
        };
      }
      const distinct = new Set(Object.values(prints));
      if (distinct.size > 1) {
        const sizes = Object.entries(prints).map(([t, p]) => `${t}: ${p!.split('|').length} ids/counts`);
        answerMismatches.push(`${op.name}: ${sizes.join(', ')}`);
        log(`  ${op.name}: answers differ (${sizes.join(', ')})`);
      }
    }

    log('profiling: round trips and db hits per operation');
    const profiles = opts.keepGoing
      ? await profileEach(bench.connection, dataset.ids, operations, opts.targets, answerFailures)
      : await profileOperations(bench.connection, dataset.ids, operations, opts.targets);
    for (const [name, p] of Object.entries(profiles)) {
      log(
        `  ${name}: ` +
          opts.targets
            .map((t) => `${t} ${p[t]?.roundTrips} round trip(s), ${p[t]?.dbHits} db hits`)
            .join('; '),
      );
    }

    const rssMiB: BenchReport['rssMiB'] = {};
    for (const t of targets) rssMiB[t.name] = { before: t.rssMiB(), after: NaN };

    const results: BenchReport['results'] = {};
    const runs = mix.length * opts.concurrency.length * targets.length;
    // A round lasts long enough for each connection to finish a few requests even on slow operations
    // (c requests in flight share the machine, so each takes about c times as long as one alone), unless
    // --max-round caps it; the estimate uses the same plan, so it is what the run will take.
    const plan = (name: string, c: number) => {
      const cap = opts.maxRound ?? Infinity;
      return {
        duration: Math.min(cap, Math.max(opts.duration, Math.ceil((3 * c * slowestMs[name]!) / 1000))),
        warmup: Math.min(cap, Math.max(opts.warmup, Math.ceil((c * slowestMs[name]!) / 1000))),
      };
    };
    const seriesSeconds = (name: string, c: number) => {
      const p = plan(name, c);
      return targets.length * (p.warmup + opts.rounds * p.duration);
    };
    const total = mix.reduce(
      (t, op) => t + opts.concurrency.reduce((u, c) => u + seriesSeconds(op.name, c), 0),
      0,
    );
    log(`measuring: ${runs} series, about ${Math.ceil(total / 60)} min (${total} s of load)`);
    const started = Date.now();
    let spent = 0;
    let done = 0;
    for (const op of mix) {
      results[op.name] = {};
      for (const c of opts.concurrency) {
        const { duration, warmup } = plan(op.name, c);
        if (duration > opts.duration) log(`  ${op.name} c${c}: rounds of ${duration} s (slow operation)`);
        for (const target of targets) await measure(target.request(op.name), c, warmup);
        const rounds: Record<string, Figure[]> = {};
        for (let round = 0; round < opts.rounds; round++) {
          // Targets take turns within a round, so a slow spell of the machine hits all of them.
          for (const target of targets) {
            const m = await measure(target.request(op.name), c, duration);
            (rounds[target.name] ??= []).push({ ...m, rounds: [] });
          }
        }
        for (const target of targets) {
          const figures = rounds[target.name]!;
          const figure: Figure = {
            rps: median(figures.map((f) => f.rps)),
            p50: median(figures.map((f) => f.p50)),
            p99: median(figures.map((f) => f.p99)),
            errors: figures.reduce((sum, f) => sum + f.errors, 0),
            rounds: figures.map((f) => Math.round(f.rps * 10) / 10),
          };
          (results[op.name]![target.name] ??= {})[c] = figure;
          done++;
          log(
            `  [${done}/${runs}] ${op.name} c${c} ${target.name}: ${figure.rps.toFixed(1)} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms` +
              (figure.errors ? `, ${figure.errors} ERRORS` : ''),
          );
        }
        spent += seriesSeconds(op.name, c);
        const elapsed = (Date.now() - started) / 1000;
        log(
          `  ${Math.round((100 * spent) / total)}% of the load done in ${Math.round(elapsed)} s; about ${Math.ceil(((total - spent) * elapsed) / spent / 60)} min left`,
        );
      }
    }
    for (const t of targets) rssMiB[t.name]!.after = t.rssMiB();

    const report: BenchReport = {
      when: new Date().toISOString(),
      machine: {
        cpus: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        neo4j: dataset.neo4jVersion,
      },
      dataset: {
        sf: dataset.sf,
        seed: dataset.seed,
        nodes: dataset.nodes,
        relationships: dataset.relationships,
      },
      settings: {
        duration: opts.duration,
        warmup: opts.warmup,
        rounds: opts.rounds,
        concurrency: opts.concurrency,
        targets: opts.targets,
      },
      operations: mix.map(({ name, kind }) => ({ name, kind })),
      results,
      profiles,
      answerMismatches,
      rssMiB,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      build,
      answers,
      ...(answerFailures.length ? { answerFailures } : {}),
    };
    fs.mkdirSync(opts.out, { recursive: true });
    const base = path.join(opts.out, `bench-sf${dataset.sf}${opts.quick ? '-quick' : ''}`);
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(`${base}.md`, markdown(report));

    const checks = targetChecks(report);
    const missed = checks.filter(
      (t) =>
        (t.vsPeer !== undefined && t.vsPeer < TARGETS.vsPeer) ||
        (t.vsRaw !== undefined && t.vsRaw < TARGETS.vsRaw) ||
        (t.p99Applies && t.p99 !== undefined && t.p99 > TARGETS.p99Ms),
    );
    const errors = Object.values(results)
      .flatMap((byTarget) => Object.values(byTarget).flatMap((byC) => Object.values(byC)))
      .reduce((sum, f) => sum + f.errors, 0);
    log(
      `results: ${path.relative(REPO, base)}.md and .json; load average ${report.loadAverage!.end.join(', ')}`,
    );
    log(
      `targets at c${TARGETS.atConcurrency}: ${checks.length - missed.length} of ${checks.length} operations meet all` +
        (missed.length ? `; missed: ${missed.map((m) => m.operation).join(', ')}` : ''),
    );
    if (errors) log(`${errors} requests failed during the measurements`);
    process.exitCode = errors ? 1 : 0;
  } finally {
    for (const t of targets) await t.stop();
    await bench.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
