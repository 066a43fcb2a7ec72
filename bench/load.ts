/**
 * Bulk loader of synthetic graphs (bench/generate.ts) into the bench Neo4j (bench/bench-neo4j.ts):
 *
 *   npm run bench:load -- --sf 10 --seed 42 [--batch-size 10000] [--concurrency 2] [--keep-running]
 *
 * The target database is WIPED first. The project's migrations (src/graph/migrations) are applied after
 * the data by default: the uniqueness constraints, lookup and full-text indexes are each built in one pass
 * (--constraints first: the constraints before the data; --indexes first: everything before). Nodes are written with UNWIND ... CREATE and relationships with UNWIND ... MATCH ... CREATE
 * (end nodes found by the internal ids the node batches returned; --match id: by their `id`), in batches,
 * each batch in its own write transaction (executeWrite), several in flight.
 * At the end the counts in Neo4j are checked against what was generated, bench/results/load-sf<N>.json is
 * written and the benchmark's ids go to <bench home>/mix-ids.json.
 *
 * The embedded bench Neo4j lives as long as this process: it is stopped at the end unless --keep-running,
 * which keeps it (and this process) up until Ctrl-C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { migrate } from '../src/graph/migrations/migrate';
import { MIGRATIONS } from '../src/graph/migrations/migrations';
import { createLogger } from '../src/logging/logger';
import { Database } from '../src/neo4j/database';
import { benchEmbeddedOptions, runBenchCommand, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { integer, positiveInt, positiveNumber } from './lib/args';
import {
  checkCounts,
  machine,
  neo4jVersion,
  recordDataset,
  writeMixIds,
  migrateAndAwaitIndexes,
  rebuildTalliesWithProgress,
} from './lib/dataset';
import { GENERATOR_VERSION, syntheticGraph, type NodeBatch, type RelBatch } from './generate';

const REPO = path.resolve(__dirname, '..');

const program = new Command()
  .name('npm run bench:load --')
  .description(
    'Generate a synthetic graph and bulk-load it into the bench Neo4j (.neo4j-bench/, bolt 127.0.0.1:7688, or BENCH_NEO4J_URI). WIPES the target database first.',
  )
  .option('--sf <n>', 'scale factor (1 = about 10k nodes, 46k relationships)', positiveNumber, 1)
  .option('--seed <n>', 'seed of the generator', integer, 42)
  .option('--batch-size <n>', 'rows per write transaction', positiveInt, 10_000)
  .option('--concurrency <n>', 'write transactions in flight at once', positiveInt, 2)
  .option(
    '--keep-running',
    'keep the embedded bench Neo4j (and this process) running after the load, until Ctrl-C',
  )
  .option(
    '--force-wipe',
    'with BENCH_NEO4J_URI: wipe the database even if it holds data that is not a bench load',
  )
  .option(
    '--indexes <when>',
    "when to build the lookup and full-text indexes (migrations after the constraints): 'after' the data (faster) or 'first'",
    (v: string) => {
      if (v !== 'after' && v !== 'first') throw new InvalidArgumentError("expected 'after' or 'first'");
      return v;
    },
    'after',
  )
  .option(
    '--match <how>',
    "how relationship batches find their end nodes: 'internal-id' (Neo4j's id of the nodes just created; faster) or 'id' (the business id, through the uniqueness constraint)",
    (v: string) => {
      if (v !== 'internal-id' && v !== 'id') throw new InvalidArgumentError("expected 'internal-id' or 'id'");
      return v;
    },
    'internal-id',
  )
  .option(
    '--constraints <when>',
    "when to create the uniqueness constraints: 'after' the data (default with --match internal-id) or 'first' (default and required with --match id)",
    (v: string) => {
      if (v !== 'after' && v !== 'first') throw new InvalidArgumentError("expected 'after' or 'first'");
      return v;
    },
  )
  .option('--no-progress', 'no progress bar (a line per 10% instead)')
  .parse();

interface Options {
  sf: number;
  seed: number;
  batchSize: number;
  concurrency: number;
  keepRunning?: boolean;
  forceWipe?: boolean;
  indexes: 'after' | 'first';
  match: 'internal-id' | 'id';
  constraints?: 'after' | 'first';
  progress: boolean;
}
const opts = program.opts<Options>();
const constraints = opts.constraints ?? (opts.match === 'id' || opts.indexes === 'first' ? 'first' : 'after');
if (constraints === 'after' && (opts.match === 'id' || opts.indexes === 'first')) {
  program.error(
    '--constraints after needs --match internal-id and --indexes after (MATCH by id seeks in their indexes)',
  );
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secondsSince = (t: number) => (performance.now() - t) / 1000;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Batches travel as columns (one list per property) rather than a list of maps: the driver then packs
 * and Neo4j unpacks each property name once per batch instead of once per row, which halves the time
 * spent shipping rows. Missing values are null, and a null in CREATE's map sets nothing.
 */
interface Columns {
  cypher: string;
  params: { cols: Record<string, unknown[]>; size: number };
}

const columnsOf = (rows: Record<string, unknown>[]): Record<string, unknown[]> => {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  return Object.fromEntries([...keys].map((k) => [k, rows.map((r) => r[k] ?? null)]));
};

const assignments = (keys: string[], dateProps: string[]) =>
  keys.map((k) => (dateProps.includes(k) ? `${k}: date($cols.${k}[i])` : `${k}: $cols.${k}[i]`)).join(', ');

/**
 * Node ids (business id -> Neo4j's internal id) per label, when relationships are matched by internal
 * id: a few hundred bytes per node, about 150 MB at SF100.
 */
type InternalIds = Map<string, Map<string, number>>;

/** With `returnIds`, the batch also returns the internal ids of the nodes it created (row index, id). */
function nodeColumns(b: NodeBatch, returnIds: boolean): Columns {
  const cols = columnsOf(b.rows);
  return {
    cypher:
      `UNWIND range(0, $size - 1) AS i CREATE (n:${b.label} {${assignments(Object.keys(cols), b.dateProps)}})` +
      (returnIds ? '\nRETURN collect(i) AS rows, collect(id(n)) AS ids' : ''),
    params: { cols, size: b.rows.length },
  };
}

/**
 * Matching both ends by their internal id (NodeByIdSeek, a direct store read) instead of by `id` (a seek
 * in the uniqueness constraint's index, which took a third of Neo4j's time) loads relationships about a
 * third faster. Internal ids are only taken from nodes this load has just created, so they are valid.
 */
function relColumns(b: RelBatch, internal?: InternalIds): Columns {
  const props = columnsOf(b.rows.map((r) => r.props));
  // Constant values (seeded: true) go into the query text rather than 10,000 times into the batch.
  const constants = Object.entries(props).filter(([, v]) => v.every((x) => x === true));
  for (const [k] of constants) delete props[k];
  const endpoint = (label: string, id: string) => {
    const n = internal?.get(label)?.get(id);
    if (internal && n === undefined) throw new Error(`no ${label} ${id} was created; cannot link it`);
    return n ?? id;
  };
  const cols = {
    ...props,
    from: b.rows.map((r) => endpoint(b.fromLabel, r.from)),
    to: b.rows.map((r) => endpoint(b.toLabel, r.to)),
  };
  const sets = [
    ...constants.map(([k]) => `${k}: true`),
    ...(Object.keys(props).length ? [assignments(Object.keys(props), b.dateProps)] : []),
  ].join(', ');
  return {
    cypher: [
      'UNWIND range(0, $size - 1) AS i',
      ...(internal
        ? ['MATCH (a) WHERE id(a) = $cols.from[i]', 'MATCH (b) WHERE id(b) = $cols.to[i]']
        : [`MATCH (a:${b.fromLabel} {id: $cols.from[i]})`, `MATCH (b:${b.toLabel} {id: $cols.to[i]})`]),
      `CREATE (a)-[:${b.type} {${sets}}]->(b)`,
    ].join('\n'),
    params: { cols, size: b.rows.length },
  };
}

/** Runs `work` on every item of `items` with at most `concurrency` in flight. */
async function pool<T>(items: Iterator<T>, concurrency: number, work: (item: T) => Promise<void>) {
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined) {
      const next = items.next();
      if (next.done) return;
      try {
        await work(next.value);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failed !== undefined) throw failed;
}

/** Migrations that only create constraints: applied before the load, as MATCH by id needs their indexes. */
const CONSTRAINT_MIGRATIONS = MIGRATIONS.filter((m) =>
  m.statements.every((s) => /^CREATE CONSTRAINT /i.test(s)),
);
/** Names of the constraints those migrations create. */
const CONSTRAINTS = CONSTRAINT_MIGRATIONS.flatMap((m) =>
  m.statements.flatMap((s) => /^CREATE CONSTRAINT (\w+) /i.exec(s)?.[1] ?? []),
);
/** Names of the indexes the other migrations create. */
const DEFERRABLE_INDEXES = MIGRATIONS.filter((m) => !CONSTRAINT_MIGRATIONS.includes(m)).flatMap((m) =>
  m.statements.flatMap((s) => /^CREATE (?:\w+ )?INDEX (\w+) /i.exec(s)?.[1] ?? []),
);

/** Deletes everything in the database in batches (schema stays; migrations are idempotent). */
async function wipe(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const result = await session.run(
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      {},
      { timeout: 0 },
    );
    return result.summary.counters.updates().nodesDeleted;
  } finally {
    await session.close();
  }
}

async function main(track: (b: BenchNeo4j) => BenchNeo4j): Promise<void> {
  const started = performance.now();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', format: 'pretty' });
  const g = syntheticGraph({ seed: opts.seed, sf: opts.sf });
  const label = `SF${opts.sf} seed ${opts.seed}`;

  // An embedded bench Neo4j this process starts gets a fresh store: deleting the default database's
  // files while the server is down is much faster than deleting millions of nodes through Cypher.
  let freshStore = false;
  const tStart = performance.now();
  const bench = track(
    await startBenchNeo4j({
      logger,
      beforeStart: (o) => {
        for (const dir of ['databases/neo4j', 'transactions/neo4j']) {
          fs.rmSync(path.join(o.home, 'data', dir), { recursive: true, force: true });
        }
        freshStore = true;
      },
    }),
  );
  const startSeconds = secondsSince(tStart);
  const c = bench.connection;
  console.log(
    `${label}: ${fmt(g.totalNodes)} nodes to load into ${c.uri} (${bench.provider === 'embedded' ? 'embedded, started' : bench.provider}, ${round(startSeconds)} s)`,
  );

  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    maxConnectionPoolSize: opts.concurrency + 4,
    maxTransactionRetryTime: 120_000,
    // id() is deprecated in Neo4j 5 (elementId() is the stable handle), but it is the compact one here.
    notificationFilter: { disabledClassifications: ['DEPRECATION'] },
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 600_000,
    logging: { level: 'error', logger: () => {} },
    userAgent: 'standards-actors-graph-bench-load',
  });
  const db = new Database(c, 600_000, 120_000);
  try {
    // 1. Wipe.
    const tWipe = performance.now();
    const existing = (
      await db.query<{ n: number; bench: boolean }>(
        'MATCH (n) WITH count(n) AS n RETURN n, EXISTS { MATCH (:BenchDataset) } AS bench',
      )
    )[0]!;
    if (existing.n > 0) {
      if (bench.provider === 'BENCH_NEO4J_URI' && !existing.bench && !opts.forceWipe) {
        throw new Error(
          `${c.uri} (database ${c.database}) holds ${existing.n} nodes that are not a bench load; refusing to wipe it. Use --force-wipe if you mean it.`,
        );
      }
      process.stdout.write(`wiping ${fmt(existing.n)} nodes ... `);
      await wipe(driver, c.database);
      console.log('done');
    }
    const wipeSeconds = secondsSince(tWipe);

    // 2. Schema: the project's own migrations. The constraints always come first (MATCH by id is a seek
    //    in their indexes). With --indexes after (the default), the lookup and full-text indexes of the
    //    later migrations are dropped if a previous load left them, and built once the data is in:
    //    populating an index in one pass is cheaper than updating it at every commit.
    //    With --constraints after (the default when relationships find their ends by internal id, which
    //    needs no index), the uniqueness constraints are built after the data too: one pass over each
    //    label instead of an index insertion per created node.
    const tMigrate = performance.now();
    if (constraints === 'after') {
      for (const name of DEFERRABLE_INDEXES) await db.mutate(`DROP INDEX ${name} IF EXISTS`);
      for (const name of CONSTRAINTS) await db.mutate(`DROP CONSTRAINT ${name} IF EXISTS`);
    } else if (opts.indexes === 'after') {
      for (const name of DEFERRABLE_INDEXES) await db.mutate(`DROP INDEX ${name} IF EXISTS`);
      await migrate(db, logger, CONSTRAINT_MIGRATIONS);
    } else {
      await migrate(db, logger);
    }
    const migrateSeconds = secondsSince(tMigrate);

    // 3. Nodes, then relationships.
    const estimatedRels = g.estimateRelationships();
    const bar =
      opts.progress && process.stdout.isTTY
        ? new SingleBar({
            format:
              '{phase} [{bar}] {percentage}% | {value}/{total} entities | {speed} entities/s | ETA {eta_formatted}',
            barsize: 30,
            hideCursor: true,
            etaBuffer: 50,
          })
        : undefined;
    let done = 0;
    const tLoad = performance.now();
    bar?.start(g.totalNodes + estimatedRels, 0, { phase: 'nodes', speed: '0' });
    let nextLine = 0.1;
    const tick = (rows: number, phase: string) => {
      done += rows;
      const speed = fmt(done / secondsSince(tLoad));
      bar?.update(done, { phase, speed });
      const share = done / (g.totalNodes + estimatedRels);
      if (!bar && share >= nextLine) {
        console.log(`  ${phase}: ${fmt(done)} entities (${Math.round(share * 100)}%), ${speed} entities/s`);
        while (nextLine <= share) nextLine += 0.1;
      }
    };
    let attempts = 0;
    let batches = 0;
    /** One batch in one write transaction (retried by the driver on transient errors such as deadlocks). */
    const write = async ({ cypher, params }: Columns) => {
      const session = driver.session({ database: c.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        batches++;
        return await session.executeWrite(
          async (tx) => {
            attempts++;
            return (await tx.run(cypher, params)).records;
          },
          { timeout: 600_000 },
        );
      } finally {
        await session.close();
      }
    };

    const internal: InternalIds | undefined = opts.match === 'internal-id' ? new Map() : undefined;
    const sentNodes: Record<string, number> = {};
    await pool(g.nodeBatches(opts.batchSize), opts.concurrency, async (b) => {
      const records = await write(nodeColumns(b, !!internal));
      if (internal) {
        // The ids of the attempt that committed (executeWrite returns the last attempt's result).
        let ids = internal.get(b.label);
        if (!ids) internal.set(b.label, (ids = new Map()));
        const rows = records[0]!.get('rows') as number[];
        const created = records[0]!.get('ids') as number[];
        rows.forEach((row, k) => ids.set(b.rows[row]!.id, created[k]!));
      }
      sentNodes[b.label] = (sentNodes[b.label] ?? 0) + b.rows.length;
      tick(b.rows.length, 'nodes');
    });
    const nodeSeconds = secondsSince(tLoad);

    const tRels = performance.now();
    const sentRels: Record<string, number> = {};
    await pool(g.relBatches(opts.batchSize), opts.concurrency, async (b) => {
      await write(relColumns(b, internal));
      sentRels[b.type] = (sentRels[b.type] ?? 0) + b.rows.length;
      tick(b.rows.length, 'relationships');
    });
    const relSeconds = secondsSince(tRels);
    bar?.setTotal(done);
    bar?.update(done, { phase: 'done' });
    bar?.stop();

    // 4. Indexes: the remaining migrations (when deferred), then wait until every index is online.
    const tIndexes = performance.now();
    await migrateAndAwaitIndexes(db, logger);
    const indexSeconds = secondsSince(tIndexes);
    const loadSeconds = secondsSince(tLoad) + migrateSeconds;

    // 5. Check: Neo4j holds exactly what was generated.
    const totalNodes = Object.values(sentNodes).reduce((s, x) => s + x, 0);
    const totalRels = Object.values(sentRels).reduce((s, x) => s + x, 0);
    const counts = await checkCounts(db, sentNodes, sentRels);
    const ids = g.mixIds();
    const loadedAt = new Date().toISOString();
    const dataset = { seed: opts.seed, sf: opts.sf, ids, loadedAt };
    await recordDataset(db, dataset);
    // The dashboard's counts, derived from the loaded graph (the loader writes around the recount).
    const talliesSeconds = await rebuildTalliesWithProgress(db, logger);
    const version = await neo4jVersion(db);

    const entities = totalNodes + totalRels;
    const embedded = benchEmbeddedOptions();
    const result = {
      sf: opts.sf,
      seed: opts.seed,
      generatorVersion: GENERATOR_VERSION,
      loadedAt,
      counts: {
        nodes: totalNodes,
        relationships: totalRels,
        entities,
        nodesPerLabel: counts.labels,
        relationshipsPerType: counts.relationships,
      },
      seconds: {
        neo4jStart: round(startSeconds, 2),
        wipe: round(wipeSeconds, 2),
        migrations: round(migrateSeconds, 2),
        nodes: round(nodeSeconds, 2),
        relationships: round(relSeconds, 2),
        indexes: round(indexSeconds, 2),
        talkTallies: round(talliesSeconds, 2),
        load: round(loadSeconds, 2),
        total: round(secondsSince(started), 2),
      },
      throughput: {
        note: 'entities = nodes + relationships; per second of the load proper: migrations + node and relationship writes + index catch-up (not the Neo4j start or the wipe)',
        entitiesPerSecond: Math.round(entities / loadSeconds),
        nodesPerSecond: Math.round(totalNodes / nodeSeconds),
        relationshipsPerSecond: Math.round(totalRels / relSeconds),
      },
      settings: {
        batchSize: opts.batchSize,
        concurrency: opts.concurrency,
        indexes: opts.indexes,
        constraints,
        match: opts.match,
        batches,
        transactionRetries: attempts - batches,
        loaderMaxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        freshStore,
      },
      neo4j: {
        provider: bench.provider,
        uri: c.uri,
        version,
        ...(bench.provider === 'BENCH_NEO4J_URI'
          ? {}
          : { heap: embedded.heap, pageCache: embedded.pageCache, home: path.relative(REPO, embedded.home) }),
      },
      machine: machine(),
    };
    const resultsDir = path.join(REPO, 'bench', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const resultFile = path.join(resultsDir, `load-sf${opts.sf}.json`);
    fs.writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    const mixFile = writeMixIds(bench.home ?? embedded.home, dataset, c.uri);

    console.log(
      `${label}: ${fmt(totalNodes)} nodes + ${fmt(totalRels)} relationships = ${fmt(entities)} entities loaded in ${round(loadSeconds)} s: ` +
        `${fmt(result.throughput.entitiesPerSecond)} entities/s (nodes ${fmt(result.throughput.nodesPerSecond)}/s, relationships ${fmt(result.throughput.relationshipsPerSecond)}/s); ` +
        `total ${round(result.seconds.total)} s. Results: ${path.relative(process.cwd(), resultFile)}, ids: ${path.relative(process.cwd(), mixFile)}`,
    );
  } finally {
    await driver.close();
    await db.close();
  }

  if (opts.keepRunning && bench.provider === 'embedded') {
    console.log(
      `bench Neo4j keeps running at ${c.uri} (user neo4j, password ${c.password}; Browser http://127.0.0.1:${benchEmbeddedOptions().httpPort}/browser/). Ctrl-C stops it.`,
    );
    await new Promise<never>(() => {});
  }
}

runBenchCommand(main);
