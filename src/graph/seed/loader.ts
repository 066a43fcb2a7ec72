import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Logger } from '../../logging/logger';
import type { Database } from '../../neo4j/database';
import { DECISIONS_FILE, importDecisions, readDecisionsFile } from '../curation/decisions-file';
import { recordChange } from '../curation/history';
import { noteTalksAround } from '../tallies/maintain';
import { dateSetters } from '../node-writes';
import { applyCuration, readCurationState, type CuratedPlan } from './apply-curation';
import { SeedValidationError } from './errors';
import { planSeeds, seedPlanHash, type GraphPlan } from './plan';
import { hashSeedDir, readSeedDir } from './read';

/**
 * A seed load is bulk work at start-up or from the command line, not an API request: on a cold JVM its
 * first run plans dozens of queries and can outlast the request timeout (NEO4J_TX_TIMEOUT_MS).
 */
const LOAD_TX_TIMEOUT_MS = 300_000;

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
 * Without `force`, a load whose files are unchanged since the last one (same hash) is skipped; when the
 * files' bytes, the decisions file and the curators' decisions are all as at the last load (a restart),
 * that is decided by one read transaction, without parsing or validating the files again.
 */
export async function loadSeeds(
  db: Database,
  dir: string,
  logger: Logger,
  options: { force?: boolean; by?: string; action?: 'seed-load' | 'ingest-accept'; reason?: string } = {},
): Promise<SeedLoadResult> {
  const started = Date.now();
  const skipped = (hash: string, files: string[]) => {
    logger.info(
      { files: files.length, hash: hash.slice(0, 12) },
      'seed files unchanged since last load; skipped',
    );
    return { skipped: true, hash, files, nodes: 0, relationships: 0, ms: Date.now() - started };
  };
  const unchanged = options.force ? undefined : await unchangedSinceLastLoad(db, dir);
  if (unchanged) return skipped(unchanged.hash, unchanged.files);

  const prepared = prepareSeeds(dir);
  const { files } = prepared;
  // Decisions exported beside the seed files (a rebuild from files) are added first; the graph's win.
  const decisions = readDecisionsFile(dir);
  if (decisions) await db.write((tx) => importDecisions(db, tx, decisions));
  // The curators' decisions are part of what was loaded: a new decision makes the next load run.
  const state = await db.read((tx) => readCurationState(db, tx));
  const plan = { ...prepared.plan, hash: curatedHash(prepared.plan.hash, state.fingerprint) };
  const inputs = inputsKey(prepared.plan.hash, dir, state.fingerprint);
  if (!options.force && (await storedSeedHash(db)) === plan.hash) {
    // Same graph, but the quick check missed (an older SeedState, a rewritten decisions file): record
    // what it was made from so the next start decides with one read.
    await db.write((tx) =>
      db.run(tx, "MATCH (s:SeedState {id: 'seeds'}) SET s.inputs = $inputs", { inputs }),
    );
    return skipped(plan.hash, files);
  }
  await db.write(
    async (tx) => {
      const curated = applyCuration(plan, await readCurationState(db, tx));
      await writePlan(db, tx, curated, inputs);
      await recordChange(db, tx, {
        action: options.action ?? 'seed-load',
        by: options.by ?? 'seed-loader',
        reason: options.reason ?? null,
        entities: curated.nodes.flatMap((g) => g.rows.map((r) => `${g.label}:${r.id}`)),
        details: { files: files.map((f) => path.basename(f)), hash: plan.hash },
      });
    },
    { timeoutMs: LOAD_TX_TIMEOUT_MS },
  );
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

/**
 * What a load is made from: the files' plan hash (their bytes and the mapping's version), the decisions
 * file's bytes and the curators' decisions in the graph. Equal keys mean the load would change nothing.
 */
function inputsKey(planHash: string, dir: string, curationFingerprint: string): string {
  const file = path.join(dir, DECISIONS_FILE);
  const decisions = fs.existsSync(file)
    ? createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    : null;
  return createHash('sha256')
    .update(JSON.stringify([planHash, decisions, curationFingerprint]))
    .digest('hex');
}

/**
 * The restart's check: the files are hashed, not parsed, and one read transaction gets the last load's
 * key and the curation state. Files identical to those of a load that succeeded were valid then.
 */
async function unchangedSinceLastLoad(
  db: Database,
  dir: string,
): Promise<{ hash: string; files: string[] } | undefined> {
  const files = hashSeedDir(dir);
  if (!files || files.length === 0) return undefined;
  const { stored, state } = await db.read(async (tx) => {
    const r = await db.run(tx, "MATCH (s:SeedState {id: 'seeds'}) RETURN s.hash AS hash, s.inputs AS inputs");
    const row = r.records[0];
    return {
      stored: row
        ? { hash: row.get('hash') as string, inputs: row.get('inputs') as string | null }
        : undefined,
      state: row ? await readCurationState(db, tx) : undefined,
    };
  });
  if (!stored?.inputs || !state) return undefined;
  if (stored.inputs !== inputsKey(seedPlanHash(files), dir, state.fingerprint)) return undefined;
  return { hash: stored.hash, files: files.map((f) => f.file) };
}

const curatedHash = (planHash: string, fingerprint: string) =>
  createHash('sha256').update(`${planHash}|${fingerprint}`).digest('hex');

/** Labels and types come from the plan's fixed vocabulary (never from file text); values are parameters. */
async function writePlan(
  db: Database,
  tx: ManagedTransaction,
  plan: CuratedPlan,
  inputs: string,
): Promise<void> {
  const seedSources = plan.sourceIds;
  for (const group of plan.nodes) {
    // Properties a curator set (curatedProps) and aliases a curator added (curatedAliases) are kept.
    await db.run(
      tx,
      `UNWIND $rows AS row
       MERGE (n:${group.label} {id: row.id})
       WITH n, row, coalesce(n.curatedProps, []) AS mine, properties(n) AS was
       SET n += row.props,
           n.sources = [s IN coalesce(n.sources, []) WHERE NOT s IN $seedSources] + row.sources
       WITH n, mine, was
       CALL (n, mine, was) {
         UNWIND mine AS k
         SET n[k] = was[k]
       }
       SET n.aliases = n.aliases + [a IN coalesce(n.curatedAliases, []) WHERE NOT a IN n.aliases],
           n.searchKeys = n.searchKeys + [k IN coalesce(n.curatedKeys, []) WHERE NOT k IN n.searchKeys]
       ${dateSetters('n', group.dateProps)}`,
      { rows: group.rows, seedSources },
    );
  }
  // Declarations of merged-away ids give their names and sources to the entity they were merged into.
  for (const group of plan.adopt) {
    await db.run(
      tx,
      `UNWIND $rows AS row
       MATCH (n:${group.label} {id: row.id})
       SET n.aliases = n.aliases + [a IN row.names WHERE a <> n.name AND NOT a IN n.aliases],
           n.sources = n.sources + [s IN row.sources WHERE NOT s IN n.sources],
           n.searchKeys = n.searchKeys + [k IN row.keys WHERE NOT k IN n.searchKeys]`,
      { rows: group.rows },
    );
  }
  // Replace, not merge, the relationships each source asserts: edits and deletions in a file take effect.
  // Only links that appear or disappear can move a talk's tallies: those are noted (src/graph/tallies).
  const seededRels = 'MATCH ()-[r]->() WHERE r.seeded AND r.source IN $seedSources';
  const linkKey = `type(r) + '|' + labels(startNode(r))[0] + '|' + startNode(r).id + '|' + labels(endNode(r))[0] + '|' + endNode(r).id`;
  const noteLinks = (links: string[]) =>
    links.length === 0
      ? Promise.resolve()
      : noteTalksAround(db, tx, `${seededRels} AND ${linkKey} IN $links`, { seedSources, links });
  const before = new Set(
    (await db.run(tx, `${seededRels} RETURN DISTINCT ${linkKey} AS k`, { seedSources })).records.map(
      (x) => x.get('k') as string,
    ),
  );
  const planned = new Set(
    plan.rels.flatMap((g) => g.rows.map((r) => [g.type, g.fromLabel, r.from, g.toLabel, r.to].join('|'))),
  );
  await noteLinks([...before].filter((k) => !planned.has(k)));
  await db.run(tx, `${seededRels} DELETE r`, { seedSources });
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
  await noteLinks([...planned].filter((k) => !before.has(k)));
  // Nodes a file no longer declares lose that source; left with no source and no relationship, they go.
  const declared = [
    ...plan.nodes.flatMap((g) => g.rows.map((r) => `${g.label}:${r.id}`)),
    ...plan.adopt.flatMap((g) => g.rows.map((r) => `${g.label}:${r.id}`)),
  ];
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
    "MERGE (s:SeedState {id: 'seeds'}) SET s.hash = $hash, s.inputs = $inputs, s.loadedAt = datetime(), s.sources = $seedSources",
    { hash: plan.hash, inputs, seedSources },
  );
}
