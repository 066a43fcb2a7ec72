/**
 * npm run bench:scaling: the query mix at several scale factors side by side, p50 and p99 at concurrency
 * 1 and 8, for this service and the raw Cypher floor:
 *
 *   npm run bench:scaling -- --measure [--sf 1,10,100]    # run the benchmark on each imported graph, then collect
 *   npm run bench:scaling                                 # collect the per-SF results already there
 *
 * 1. with --measure, compiles dist/ once, then for each SF runs bench/run.ts (short: one round per series) against the graph that
 *    `npm run bench:import -- --sf <N> --home .neo4j-import/sf<N>` left, starting that Neo4j on the
 *    scaling ports and stopping it afterwards; each run writes bench/results/scaling/bench-sf<N>.json/.md;
 * 2. gathers every per-SF result into bench/results/scaling.json, scaling.md (the table, growth per
 *    operation, the 2× goal checked) and scaling.svg (the chart).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { assertPortFree } from '../src/util/ports';
import { positiveInt, positiveNumber } from './lib/args';
import type { BenchReport } from './lib/report';
import { collectScaling, scalingMarkdown } from './lib/scaling';
import { renderScalingSvg } from './lib/scaling-chart';
import { compileTargets } from './lib/targets';

const REPO = path.resolve(__dirname, '..');
const RESULTS = path.join(REPO, 'bench', 'results');

const program = new Command()
  .name('npm run bench:scaling --')
  .description(
    'The query mix at SF1, SF10 and SF100 side by side (p50, p99 at concurrency 1 and 8): bench/results/scaling.{json,md,svg}.',
  )
  .option('--measure', 'run the benchmark on each SF first (else only collect the results already there)')
  .option(
    '--sf <list>',
    'scale factors, comma-separated',
    (v: string) => v.split(',').map((x) => positiveNumber(x.trim())),
    [1, 10, 100],
  )
  .option('--home <pattern>', 'Neo4j home of each SF ({sf} is replaced)', '.neo4j-import/sf{sf}')
  .option('--bolt-port <n>', 'Bolt port the graph under test is started on', positiveInt, 7689)
  .option('--http-port <n>', 'HTTP port the graph under test is started on', positiveInt, 7476)
  .option('--targets <list>', 'targets of bench/run.ts', 'ours,raw')
  .option('--concurrency <list>', 'concurrencies of bench/run.ts', '1,8')
  .option('--operations <list>', 'operations of the mix (default: all)')
  .option('--duration <s>', 'seconds per round (one round per series)', positiveInt, 3)
  .option('--warmup <s>', 'seconds of warm-up per series', positiveInt, 1)
  .option('--max-round <s>', 'cap of any round or warm-up (slow operations)', positiveInt, 5)
  .option('--dir <dir>', 'where the per-SF results go', path.join(RESULTS, 'scaling'))
  .parse();

interface Options {
  measure?: boolean;
  sf: number[];
  home: string;
  boltPort: number;
  httpPort: number;
  targets: string;
  concurrency: string;
  operations?: string;
  duration: number;
  warmup: number;
  maxRound: number;
  dir: string;
}
const opts = program.opts<Options>();

const t0 = Date.now();
const log = (msg: string) =>
  process.stdout.write(`[scaling +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}\n`);

const reportFile = (sf: number) => path.join(opts.dir, `bench-sf${sf}.json`);

/** Runs bench/run.ts on one SF's imported graph; its progress goes to our stdout. */
async function measureSf(sf: number, index: number): Promise<void> {
  const home = path.resolve(REPO, opts.home.replaceAll('{sf}', String(sf)));
  if (!fs.existsSync(path.join(home, 'mix-ids.json'))) {
    throw new Error(
      `no imported SF${sf} graph in ${home}; import it first: npm run bench:import -- --sf ${sf} --seed 42 --home ${path.relative(REPO, home)}`,
    );
  }
  for (const port of [opts.boltPort, opts.httpPort]) {
    try {
      await assertPortFree('127.0.0.1', port, 'port');
    } catch {
      throw new Error(
        `127.0.0.1:${port} is taken; bench:scaling starts each SF's Neo4j there itself (--bolt-port, --http-port)`,
      );
    }
  }
  const args = [
    '--import',
    'tsx',
    path.join(REPO, 'bench', 'run.ts'),
    '--targets',
    opts.targets,
    '--concurrency',
    opts.concurrency,
    '--rounds',
    '1',
    '--duration',
    String(opts.duration),
    '--warmup',
    String(opts.warmup),
    '--max-round',
    String(opts.maxRound),
    '--out',
    opts.dir,
    '--keep-going',
    '--no-compile',
    ...(opts.operations ? ['--operations', opts.operations] : []),
  ];
  log(`SF${sf} (${index + 1} of ${opts.sf.length}): bench/run.ts on ${path.relative(REPO, home)}`);
  const started = Date.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        BENCH_NEO4J_URI: '',
        BENCH_NEO4J_HOME: home,
        BENCH_NEO4J_BOLT_PORT: String(opts.boltPort),
        BENCH_NEO4J_HTTP_PORT: String(opts.httpPort),
      },
    });
    // Ctrl-C or SIGTERM: bench/run.ts stops its targets and Neo4j, then this command ends.
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.once('error', reject);
    child.once('exit', (c, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (c === 130 || c === 143 || signal) reject(new Error(`bench/run.ts on SF${sf} was interrupted`));
      else resolve(c);
    });
  });
  const file = reportFile(sf);
  const written = fs.existsSync(file) && fs.statSync(file).mtimeMs >= started;
  if (!written) throw new Error(`bench/run.ts on SF${sf} exited with ${code} and wrote no ${file}`);
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
  if (report.dataset.sf !== sf) throw new Error(`${home} holds SF${report.dataset.sf}, not SF${sf}`);
  // run.ts exits 1 when requests failed; the figures are written and the errors counted in the table.
  log(
    `SF${sf} done in ${Math.round((Date.now() - started) / 1000)} s${code ? ` (some requests failed: exit ${code})` : ''}`,
  );
}

async function main(): Promise<void> {
  if (opts.measure) {
    // One build for every SF, so that each runs the same code (each run checks out dist/ as it is).
    log('compiling src/ and bench/ into dist/ once for every SF');
    compileTargets();
    for (const [i, sf] of opts.sf.entries()) await measureSf(sf, i);
  }

  const reports = opts.sf
    .filter((sf) => {
      const there = fs.existsSync(reportFile(sf));
      if (!there) log(`no result for SF${sf} in ${path.relative(REPO, opts.dir)} (run with --measure)`);
      return there;
    })
    .map((sf) => JSON.parse(fs.readFileSync(reportFile(sf), 'utf8')) as BenchReport);
  if (!reports.length) throw new Error('no per-SF results to collect');
  const result = collectScaling(reports);
  const command = `npm run bench:scaling -- --measure --sf ${opts.sf.join(',')}`;
  fs.writeFileSync(path.join(RESULTS, 'scaling.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, 'scaling.md'), scalingMarkdown(result, command));
  fs.writeFileSync(path.join(RESULTS, 'scaling.svg'), `${await renderScalingSvg(result)}\n`);
  for (const g of result.goal)
    log(
      `  ${g.operation}: p50 ×${g.p50Growth?.toFixed(2) ?? '–'} (answer ×${g.answerGrowth?.toFixed(2) ?? '–'}, db hits ×${g.dbHitsGrowth?.toFixed(2) ?? '–'}): ${g.verdict}`,
    );
  log(
    `SF ${result.sfs.join(', ')}: bench/results/scaling.md, scaling.json and scaling.svg (${result.series.length} series)`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:scaling failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
