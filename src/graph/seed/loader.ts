import type { ManagedTransaction } from 'neo4j-driver';
import type { Logger } from '../../logging/logger';
import type { Database } from '../../neo4j/database';
import { dateSetters } from '../node-writes';
import { SeedValidationError } from './errors';
import { planSeeds, type GraphPlan } from './plan';
import { readSeedDir } from './read';

export interface SeedLoadResult {
  skipped: boolean;
  hash: string;
  files: string[];
  nodes: number;
  relationships: number;
  ms: number;
}

/** Reads, validates and plans every file in `dir`; throws SeedValidationError listing all problems. */
export function prepareSeeds(dir: string): { plan: GraphPlan; files: string[] } {
  const read = readSeedDir(dir);
  const { plan, problems } = planSeeds(read.files);
  const all = [...read.problems, ...problems];
  if (all.length > 0 || !plan) throw new SeedValidationError(all);
  return { plan, files: read.files.map((f) => f.file) };
}

export async function storedSeedHash(db: Database): Promise<string | undefined> {
  const rows = await db.query<{ hash: string }>("MATCH (s:SeedState {id: 'seeds'}) RETURN s.hash AS hash");
  return rows[0]?.hash;
}

/**
 * Loads the seed files in ONE write transaction: every file is validated first, and either the whole
 * graph update commits or nothing does. Idempotent: nodes are MERGEd on id, and the seeded relationships
 * of each source are replaced, so loading twice leaves identical counts.
 * Without `force`, a load whose files are unchanged since the last one (same hash) is skipped.
 */
export async function loadSeeds(
  db: Database,
  dir: string,
  logger: Logger,
  options: { force?: boolean } = {},
): Promise<SeedLoadResult> {
  const started = Date.now();
  const { plan, files } = prepareSeeds(dir);
  if (!options.force && (await storedSeedHash(db)) === plan.hash) {
    logger.info(
      { files: files.length, hash: plan.hash.slice(0, 12) },
      'seed files unchanged since last load; skipped',
    );
    return { skipped: true, hash: plan.hash, files, nodes: 0, relationships: 0, ms: Date.now() - started };
  }
  await db.write((tx) => writePlan(db, tx, plan));
  const result = {
    skipped: false,
    hash: plan.hash,
    files,
    nodes: plan.nodes.reduce((n, g) => n + g.rows.length, 0),
    relationships: plan.rels.reduce((n, g) => n + g.rows.length, 0),
    ms: Date.now() - started,
  };
  logger.info(
    { files: files.length, nodes: result.nodes, relationships: result.relationships, ms: result.ms },
    'seed graph loaded',
  );
  return result;
}

/** Labels and types come from the plan's fixed vocabulary (never from file text); values are parameters. */
async function writePlan(db: Database, tx: ManagedTransaction, plan: GraphPlan): Promise<void> {
  const seedSources = plan.sourceIds;
  for (const group of plan.nodes) {
    await db.run(
      tx,
      `UNWIND $rows AS row
       MERGE (n:${group.label} {id: row.id})
       SET n += row.props,
           n.sources = [s IN coalesce(n.sources, []) WHERE NOT s IN $seedSources] + row.sources
       ${dateSetters('n', group.dateProps)}`,
      { rows: group.rows, seedSources },
    );
  }
  // Replace, not merge, the relationships each source asserts: edits and deletions in a file take effect.
  await db.run(tx, 'MATCH ()-[r]->() WHERE r.seeded AND r.source IN $seedSources DELETE r', { seedSources });
  for (const group of plan.rels) {
    await db.run(
      tx,
      `UNWIND $rows AS row
       MATCH (a:${group.fromLabel} {id: row.from})
       MATCH (b:${group.toLabel} {id: row.to})
       CREATE (a)-[r:${group.type}]->(b)
       SET r = row.props
       ${dateSetters('r', group.dateProps)}`,
      { rows: group.rows },
    );
  }
  // Nodes a file no longer declares lose that source; left with no source and no relationship, they go.
  const declared = plan.nodes.flatMap((g) => g.rows.map((r) => `${g.label}:${r.id}`));
  await db.run(
    tx,
    `MATCH (n) WHERE any(s IN n.sources WHERE s IN $seedSources) AND NOT (labels(n)[0] + ':' + n.id) IN $declared
     SET n.sources = [s IN n.sources WHERE NOT s IN $seedSources]
     WITH n WHERE size(n.sources) = 0 AND NOT (n)--()
     DELETE n`,
    { seedSources, declared },
  );
  await db.run(
    tx,
    "MERGE (s:SeedState {id: 'seeds'}) SET s.hash = $hash, s.loadedAt = datetime(), s.sources = $seedSources",
    {
      hash: plan.hash,
      seedSources,
    },
  );
}
