/**
 * What a bench load leaves besides the graph, shared by the online loader (bench/load.ts) and the offline
 * import (bench/import.ts): the count check against the generator, the BenchDataset node the benchmark
 * reads (SF, seed, ids of the query mix), the graph version bump, the talk tallies and the mix-ids file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphCounts, type GraphCounts } from '../../src/graph/counts';
import { migrate } from '../../src/graph/migrations/migrate';
import type { Logger } from '../../src/logging/logger';
import type { Database } from '../../src/neo4j/database';
import { GENERATOR_VERSION } from '../generate';
import type { MixIds } from '../query-mix';
import { bumpGraphVersion } from '../../src/neo4j/graph-version';
import { rebuildTallies } from '../../src/graph/tallies/rebuild';
import { SingleBar } from 'cli-progress';

/** Throws unless Neo4j holds exactly the generated nodes per label and relationships per type. */
export async function checkCounts(
  db: Database,
  nodes: Record<string, number>,
  relationships: Record<string, number>,
): Promise<GraphCounts> {
  const counts = await graphCounts(db);
  const problems: string[] = [];
  for (const [k, v] of Object.entries(nodes)) {
    if (counts.labels[k] !== v) problems.push(`${k}: generated ${v}, Neo4j has ${counts.labels[k] ?? 0}`);
  }
  for (const [k, v] of Object.entries(relationships)) {
    const have = counts.relationships[k] ?? 0;
    if (have !== v) problems.push(`${k}: generated ${v}, Neo4j has ${have}`);
  }
  if (problems.length > 0) throw new Error(`counts differ after the load:\n  ${problems.join('\n  ')}`);
  return counts;
}

/** The project's migrations on a loaded graph, then every index online, however long a big graph takes. */
export async function migrateAndAwaitIndexes(db: Database, logger: Logger): Promise<void> {
  try {
    await migrate(db, logger);
  } catch (err) {
    // migrate() waits 60 s for the indexes it created; a big graph takes longer (waited for below).
    if (!/awaitIndexes|timed out|Timeout/i.test(String((err as Error).message))) throw err;
  }
  await db.query('CALL db.awaitIndexes(3600)');
}

export interface DatasetInfo {
  seed: number;
  sf: number;
  ids: MixIds;
  loadedAt: string;
}

/** The BenchDataset node (what `npm run bench` reads) and a new graph version. */
export async function recordDataset(db: Database, d: DatasetInfo): Promise<void> {
  await db.mutate(
    `MERGE (d:BenchDataset {id: 'bench'})
     SET d.seed = $seed, d.sf = $sf, d.generatorVersion = $version, d.loadedAt = datetime($loadedAt), d.mixIds = $mix
     // A new graph is a new version of the data (as every recorded change makes one).
     ${bumpGraphVersion()}`,
    { seed: d.seed, sf: d.sf, version: GENERATOR_VERSION, loadedAt: d.loadedAt, mix: JSON.stringify(d.ids) },
  );
}

/** Writes <home>/mix-ids.json; returns its path. */
export function writeMixIds(home: string, d: DatasetInfo, uri: string): string {
  const file = path.join(home, 'mix-ids.json');
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ ...d.ids, seed: d.seed, sf: d.sf, generatorVersion: GENERATOR_VERSION, loadedAt: d.loadedAt, uri }, null, 2)}\n`,
  );
  return file;
}

/** The Neo4j version and edition the driver reaches. */
export async function neo4jVersion(db: Database): Promise<string | undefined> {
  const v = (
    await db.query<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    )
  )[0];
  return v ? `${v.version} ${v.edition}` : undefined;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The machine a result was measured on, load average included (the cores are shared). */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    ramGiB: round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

/**
 * The dashboard's talk tallies from the loaded graph (src/graph/tallies), with a progress bar on a TTY;
 * resolves to the seconds it took.
 */
export async function rebuildTalliesWithProgress(db: Database, logger: Logger): Promise<number> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'talk tallies [{bar}] {percentage}% | {value}/{total} talks | ETA {eta_formatted}',
        barsize: 30,
        hideCursor: true,
      })
    : undefined;
  let started = false;
  const r = await rebuildTallies(db, logger, (done, total) => {
    if (!started) bar?.start(total, 0);
    started = true;
    bar?.update(done);
  });
  bar?.stop();
  console.log(
    `talk tallies: ${r.talks.toLocaleString('en')} talks, ${r.tallies.toLocaleString('en')} counts in ${(r.ms / 1000).toFixed(1)} s (${Math.round((r.talks / Math.max(r.ms, 1)) * 1000).toLocaleString('en')} talks/s)`,
  );
  return r.ms / 1000;
}
