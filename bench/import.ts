/**
 * Offline bulk import of a synthetic graph (bench/generate.ts) with Neo4j's own importer:
 *
 *   npm run bench:import -- --sf 100 --seed 42 [--bench] [--keep-running]
 *
 * 1. streams the generator's batches into CSV files for `neo4j-admin database import full`
 *    (bench/import/write-csv.ts, typed headers: bench/import/csv.ts);
 * 2. runs the importer from the embedded Neo4j's Maven jars (bench/import/neo4j-admin.ts) into the
 *    `neo4j` database of a Neo4j home of its own: `.neo4j-import/` (Bolt 7689, HTTP 7476), or with
 *    --bench the bench Neo4j's `.neo4j-bench/` (Bolt 7688), which must be stopped: its graph is REPLACED;
 * 3. starts that Neo4j, sets the empty lists the CSV format cannot carry, applies the project's migrations
 *    (constraints, lookup and full-text indexes; waits until they are online), checks the counts against
 *    the generator's, and leaves what `npm run bench:load` leaves: the BenchDataset node, a new graph
 *    version and <home>/mix-ids.json, so `npm run bench` runs on it;
 * 4. writes bench/results/import-sf<N>.json and deletes the CSV files (--keep-csv keeps them).
 *
 * An online load into a running database (adding to a live graph) is bench/load.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { createLogger } from '../src/logging/logger';
import { Database } from '../src/neo4j/database';
import { assertPortFree } from '../src/util/ports';
import { benchEmbeddedOptions, runBenchCommand, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { GENERATOR_VERSION, syntheticGraph, type SyntheticGraph } from './generate';
import { setEmptyLists } from './import/finish';
import { runAdminImport, wipeDatabase } from './import/neo4j-admin';
import { CSV_LAYOUT, writeGraphCsv, type CsvManifest } from './import/write-csv';
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

const REPO = path.resolve(__dirname, '..');

const program = new Command()
  .name('npm run bench:import --')
  .description(
    "Generate a synthetic graph and import it offline with neo4j-admin into a Neo4j of its own (.neo4j-import/, bolt 127.0.0.1:7689) or, with --bench, into the stopped bench Neo4j (.neo4j-bench/). REPLACES that database's graph.",
  )
  .option('--sf <n>', 'scale factor (1 = about 10k nodes, 46k relationships)', positiveNumber, 1)
  .option('--seed <n>', 'seed of the generator', integer, 42)
  .option(
    '--bench',
    "import into the bench Neo4j's home (BENCH_NEO4J_HOME, default .neo4j-bench/; it must be stopped)",
  )
  .option('--home <dir>', 'Neo4j home to import into (without --bench)', '.neo4j-import')
  .option('--bolt-port <n>', 'Bolt port of that Neo4j (without --bench)', positiveInt, 7689)
  .option('--http-port <n>', 'HTTP port of that Neo4j (without --bench)', positiveInt, 7476)
  .option('--csv-dir <dir>', 'where the CSV files go (default <home>/import-csv)')
  .option('--keep-csv', 'keep the CSV files after the import')
  .option(
    '--reuse-csv',
    'import the CSV files a --keep-csv run left (same SF, seed, generator) instead of writing them again',
  )
  .option('--batch-size <n>', 'rows per generated batch', positiveInt, 20_000)
  .option('--importer-heap <size>', 'JVM heap of the importer', '2g')
  .option('--max-off-heap <size>', "the importer's --max-off-heap-memory", '4g')
  .option('--threads <n>', "the importer's --threads (default: the number of cores)", positiveInt)
  .option('--verbose', "show the importer's every output line (progress dots)")
  .option('--keep-running', 'keep the imported Neo4j (and this process) running afterwards, until Ctrl-C')
  .option('--no-progress', 'no progress bar while writing CSV')
  .parse();

interface Options {
  sf: number;
  seed: number;
  bench?: boolean;
  home: string;
  boltPort: number;
  httpPort: number;
  csvDir?: string;
  keepCsv?: boolean;
  reuseCsv?: boolean;
  batchSize: number;
  importerHeap: string;
  maxOffHeap: string;
  threads?: number;
  verbose?: boolean;
  keepRunning?: boolean;
  progress: boolean;
}
const opts = program.opts<Options>();

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secondsSince = (t: number) => (performance.now() - t) / 1000;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Generates the graph into CSV files, with progress; the manifest is also saved as <dir>/manifest.json. */
function writeCsv(g: SyntheticGraph, csvDir: string): { manifest: CsvManifest; seconds: number } {
  const estimated = g.totalNodes + g.estimateRelationships();
  console.log(
    `SF${opts.sf} seed ${opts.seed}: ${fmt(g.totalNodes)} nodes, about ${fmt(estimated - g.totalNodes)} relationships -> CSV in ${path.relative(process.cwd(), csvDir) || '.'}`,
  );
  const bar =
    opts.progress && process.stdout.isTTY
      ? new SingleBar({
          format:
            'CSV {phase} [{bar}] {percentage}% | {value}/{total} entities | {speed} entities/s | ETA {eta_formatted}',
          barsize: 30,
          hideCursor: true,
          etaBuffer: 50,
        })
      : undefined;
  const tCsv = performance.now();
  let done = 0;
  let nextLine = 0.1;
  bar?.start(estimated, 0, { phase: 'nodes', speed: '0' });
  const manifest = writeGraphCsv(g, csvDir, {
    batchSize: opts.batchSize,
    onRows: (rows, phase) => {
      done += rows;
      const speed = fmt(done / secondsSince(tCsv));
      bar?.update(Math.min(done, estimated), { phase, speed });
      if (!bar && done / estimated >= nextLine) {
        console.log(
          `  CSV ${phase}: ${fmt(done)} entities (${Math.round((done / estimated) * 100)}%), ${speed} entities/s`,
        );
        while (nextLine <= done / estimated) nextLine += 0.1;
      }
    },
  });
  bar?.update(done, { phase: 'done' });
  bar?.stop();
  const seconds = secondsSince(tCsv);
  const saved: SavedManifest = {
    sf: opts.sf,
    seed: opts.seed,
    generatorVersion: GENERATOR_VERSION,
    layout: CSV_LAYOUT,
    seconds,
    manifest,
  };
  fs.writeFileSync(path.join(csvDir, 'manifest.json'), `${JSON.stringify(saved, null, 2)}\n`);
  return { manifest, seconds };
}

interface SavedManifest {
  sf: number;
  seed: number;
  generatorVersion: number;
  layout?: number;
  seconds: number;
  manifest: CsvManifest;
}

/** The CSV files of an earlier run with --keep-csv, if they are of this SF, seed and generator version. */
function savedCsv(csvDir: string): SavedManifest | undefined {
  const file = path.join(csvDir, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedManifest;
  const same =
    saved.sf === opts.sf &&
    saved.seed === opts.seed &&
    saved.generatorVersion === GENERATOR_VERSION &&
    saved.layout === CSV_LAYOUT;
  return same && saved.manifest.nodes.every((n) => n.files.every((f) => fs.existsSync(f)))
    ? saved
    : undefined;
}

async function main(track: (b: BenchNeo4j) => BenchNeo4j): Promise<void> {
  const started = performance.now();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', format: 'pretty' });
  if (process.env.BENCH_NEO4J_URI) {
    throw new Error(
      'BENCH_NEO4J_URI is set, but the offline import writes a local store; unset it (or use npm run bench:load for a remote server).',
    );
  }
  // The server is described by bench-neo4j's settings (BENCH_NEO4J_*); without --bench, our own home and ports.
  if (!opts.bench) {
    process.env.BENCH_NEO4J_HOME = path.resolve(opts.home);
    process.env.BENCH_NEO4J_BOLT_PORT = String(opts.boltPort);
    process.env.BENCH_NEO4J_HTTP_PORT = String(opts.httpPort);
  }
  const server = benchEmbeddedOptions();
  for (const [port, what] of [
    [server.boltPort, 'Bolt'],
    [server.httpPort, 'HTTP'],
  ] as const) {
    try {
      await assertPortFree('127.0.0.1', port, `${what} port`);
    } catch {
      throw new Error(
        `Something listens on 127.0.0.1:${port} (${what} of the Neo4j in ${server.home}?). The offline import needs that Neo4j stopped: stop it first.`,
      );
    }
  }
  const csvDir = path.resolve(opts.csvDir ?? path.join(server.home, 'import-csv'));
  const label = `SF${opts.sf} seed ${opts.seed}`;

  // 1. Generate and write CSV.
  const g = syntheticGraph({ seed: opts.seed, sf: opts.sf });
  const saved = opts.reuseCsv ? savedCsv(csvDir) : undefined;
  if (opts.reuseCsv && !saved) console.log(`no reusable CSV files in ${csvDir}; writing them`);
  const { manifest, seconds: csvSeconds } = saved ?? writeCsv(g, csvDir);
  const nodes = Object.values(manifest.nodeCounts).reduce((s, x) => s + x, 0);
  const rels = Object.values(manifest.relationshipCounts).reduce((s, x) => s + x, 0);
  const entities = nodes + rels;
  console.log(
    `CSV: ${fmt(entities)} entities, ${round(manifest.bytes / 2 ** 20)} MiB in ${round(csvSeconds)} s (${fmt(entities / csvSeconds)} entities/s, generation included${saved ? '; files and time of an earlier run, reused' : ''})`,
  );

  // 2. The importer, into an emptied database (the old store's deletion is timed apart from the import).
  const wipeSeconds = wipeDatabase(server.home);
  // The machine may be shared: the load around the import is what its figure depends on.
  const loadBeforeImport = os.loadavg().map((x) => round(x, 2));
  console.log(
    `neo4j-admin database import full -> ${path.relative(process.cwd(), server.home) || '.'} (database neo4j)`,
  );
  const imported = await runAdminImport({
    server,
    manifest,
    heap: opts.importerHeap,
    maxOffHeap: opts.maxOffHeap,
    threads: opts.threads,
    onLine: (l) => {
      // Progress lines are rows of dots ending in a percentage: show every quarter only.
      if (opts.verbose) return console.log(`  | ${l}`);
      const text = l.replace(/^[.\-\s]+/, '');
      const percent = /^(\d+)%/.exec(text)?.[1];
      if (text && (percent === undefined || Number(percent) % 25 === 0)) console.log(`  | ${text}`);
    },
  });
  const importSeconds = imported.seconds;
  const loadAfterImport = os.loadavg().map((x) => round(x, 2));
  console.log(
    `import: ${fmt(entities)} entities in ${round(importSeconds)} s: ${fmt(entities / importSeconds)} entities/s (importer's own clock ${imported.reportedSeconds ?? '?'} s${imported.wroteClassData ? "; this run wrote the importer's class-data archive" : ''}); the old database was deleted before, in ${round(wipeSeconds)} s`,
  );
  if (!opts.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });

  // 3. Start it, schema, empty lists, check, dataset.
  const tStart = performance.now();
  const bench = track(await startBenchNeo4j({ logger }));
  const startSeconds = secondsSince(tStart);
  const c = bench.connection;
  console.log(`Neo4j started at ${c.uri} in ${round(startSeconds)} s`);
  const db = new Database(c, 3_600_000, 120_000);
  try {
    // Before the indexes: the full-text index covers aliases, and updating it node by node is slow.
    const tLists = performance.now();
    const emptyListsSet = await setEmptyLists(db, manifest.emptyLists);
    const emptyListSeconds = secondsSince(tLists);
    console.log(`${fmt(emptyListsSet)} empty lists set in ${round(emptyListSeconds)} s`);

    const tMigrate = performance.now();
    await migrateAndAwaitIndexes(db, logger);
    const migrateSeconds = secondsSince(tMigrate);
    console.log(`migrations and indexes online in ${round(migrateSeconds)} s`);

    const tCheck = performance.now();
    const counts = await checkCounts(db, manifest.nodeCounts, manifest.relationshipCounts);
    const ids = g.mixIds();
    const loadedAt = new Date().toISOString();
    const dataset = { seed: opts.seed, sf: opts.sf, ids, loadedAt };
    await recordDataset(db, dataset);
    const mixFile = writeMixIds(server.home, dataset, c.uri);
    const checkSeconds = secondsSince(tCheck);

    // The dashboard's counts are derived data the importer cannot write: built from the graph here.
    const talliesSeconds = await rebuildTalliesWithProgress(db, logger);

    const readySeconds =
      csvSeconds +
      importSeconds +
      startSeconds +
      migrateSeconds +
      emptyListSeconds +
      checkSeconds +
      talliesSeconds;
    const result = {
      sf: opts.sf,
      seed: opts.seed,
      generatorVersion: GENERATOR_VERSION,
      loadedAt,
      counts: {
        nodes,
        relationships: rels,
        entities,
        nodesPerLabel: counts.labels,
        relationshipsPerType: counts.relationships,
        emptyListsSet,
      },
      csv: {
        reusedFromEarlierRun: !!saved,
        files: [...manifest.nodes, ...manifest.relationships].reduce((s, x) => s + x.files.length, 0),
        mib: round(manifest.bytes / 2 ** 20),
        multiline: manifest.multiline,
      },
      seconds: {
        csv: round(csvSeconds, 2),
        wipe: round(wipeSeconds, 2),
        import: round(importSeconds, 2),
        importerReported: imported.reportedSeconds,
        neo4jStart: round(startSeconds, 2),
        migrationsAndIndexes: round(migrateSeconds, 2),
        emptyLists: round(emptyListSeconds, 2),
        checkAndDataset: round(checkSeconds, 2),
        talkTallies: round(talliesSeconds, 2),
        ready: round(readySeconds, 2),
        total: round(secondsSince(started), 2),
      },
      throughput: {
        note: 'entities = nodes + relationships. import: the neo4j-admin process, JVM start included; csv: generation and CSV writing; endToEnd: csv + import; ready: until the graph is usable (Neo4j started, indexes online, empty lists set, counts checked)',
        importEntitiesPerSecond: Math.round(entities / importSeconds),
        importerReportedEntitiesPerSecond: imported.reportedSeconds
          ? Math.round(entities / imported.reportedSeconds)
          : undefined,
        csvEntitiesPerSecond: Math.round(entities / csvSeconds),
        endToEndEntitiesPerSecond: Math.round(entities / (csvSeconds + importSeconds)),
        readyEntitiesPerSecond: Math.round(entities / readySeconds),
      },
      settings: {
        batchSize: opts.batchSize,
        importerHeap: opts.importerHeap,
        maxOffHeap: opts.maxOffHeap,
        threads: opts.threads ?? 'default (cores)',
        importerPeakMemory: imported.peakMemory,
        importerClassData: imported.wroteClassData ? 'written by this run' : 'mapped (or unavailable)',
        bench: !!opts.bench,
      },
      neo4j: {
        version: await neo4jVersion(db),
        uri: c.uri,
        home: path.relative(REPO, server.home),
        heap: server.heap,
        pageCache: server.pageCache,
      },
      machine: {
        ...machine(),
        loadAverageAroundImport: { before: loadBeforeImport, after: loadAfterImport },
      },
    };
    const resultsDir = path.join(REPO, 'bench', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const resultFile = path.join(resultsDir, `import-sf${opts.sf}.json`);
    fs.writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `${label}: ${fmt(nodes)} nodes + ${fmt(rels)} relationships = ${fmt(entities)} entities. ` +
        `import ${fmt(result.throughput.importEntitiesPerSecond)} entities/s (${round(importSeconds)} s); ` +
        `CSV + import ${fmt(result.throughput.endToEndEntitiesPerSecond)} entities/s (${round(csvSeconds + importSeconds)} s); ` +
        `ready to query ${fmt(result.throughput.readyEntitiesPerSecond)} entities/s (${round(readySeconds)} s). ` +
        `Results: ${path.relative(process.cwd(), resultFile)}, ids: ${path.relative(process.cwd(), mixFile)}`,
    );
  } finally {
    await db.close();
  }

  if (opts.keepRunning) {
    console.log(
      `the imported Neo4j keeps running at ${c.uri} (user neo4j, password ${c.password}; Browser http://127.0.0.1:${server.httpPort}/browser/). Ctrl-C stops it.`,
    );
    await new Promise<never>(() => {});
  }
}

runBenchCommand(main);
