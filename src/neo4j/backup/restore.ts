import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../config/config';
import { backupDriver, type BackupProgress } from './backup';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type NodeLine,
  type RelLine,
  type Trailer,
} from './format';
import { decodeProps } from './values';
import { READ_GRAPH_VERSION, SET_GRAPH_VERSION_PAST } from '../graph-version';

export interface RestoreSummary {
  nodes: number;
  relationships: number;
  schema: { created: string[]; existing: string[] };
  ms: number;
}

export interface RestoreOptions {
  /** Delete what the database holds first, instead of refusing a database that is not empty. */
  replace?: boolean;
  progress?: BackupProgress;
  /** Rows per write transaction. */
  batchSize?: number;
}

/** Marks restored nodes until every relationship is in: the join key is the node's id in the backup. */
const TEMP_LABEL = '__Restoring';
const TEMP_KEY = '__backupId';
const TEMP_INDEX = '__restoring_backup_id';

const quote = (name: string) => '`' + name.replace(/`/g, '``') + '`';
const count = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

/** The lines of a gzip JSON Lines file, parsed, with their line numbers for error messages. */
async function* lines(file: string): AsyncGenerator<{ n: number; value: unknown }> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new BackupError(`${file}, line ${n}: not valid JSON; the backup file is damaged.`);
      }
      yield { n, value };
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${file}: cannot be read as a gzip backup (${(err as Error).message}).`);
  }
}

/** Deletes every node and relationship, in batches (a large graph does not fit one transaction). */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function nodeCount(driver: Driver, database: string): Promise<number> {
  const r = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database, routing: 'READ' });
  return count(r.records[0]!.get('n'));
}

async function graphVersion(driver: Driver, database: string): Promise<number> {
  const r = await driver.executeQuery(READ_GRAPH_VERSION, {}, { database, routing: 'READ' });
  return count(r.records[0]!.get('v'));
}

/** Writes rows grouped by label set (or type): labels and types cannot be query parameters. */
function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * Restores a backup made by backupDatabase into an empty database (or, with `replace`, into one it
 * empties first): nodes with their labels and typed properties, relationships with theirs, then the
 * constraints and indexes the backup lists that the database lacks. The file is checked as it is read
 * (format, version, every line, the trailer's counts); if anything fails, what was restored is deleted
 * again, so the database is left empty rather than half-restored.
 */
export async function restoreDatabase(
  c: Neo4jConnection,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5000;
  const progress = options.progress;
  if (!fs.existsSync(file)) throw new BackupError(`${file}: no such backup file.`);
  const driver = backupDriver(c);
  const db = c.database;
  let touched = false;
  try {
    const it = lines(file);
    const first = await it.next();
    const header = (first.done ? undefined : first.value.value) as BackupHeader | undefined;
    if (!header || header.format !== BACKUP_FORMAT) {
      throw new BackupError(`${file}: not a backup made by npm run backup (no "${BACKUP_FORMAT}" header).`);
    }
    if (header.version !== BACKUP_VERSION) {
      throw new BackupError(
        `${file}: backup format version ${header.version}; this version reads ${BACKUP_VERSION}.`,
      );
    }
    const existing = await nodeCount(driver, db);
    if (existing > 0 && !options.replace) {
      throw new BackupError(
        `The database "${db}" is not empty (${existing} nodes). Restore into an empty database, or pass --replace to delete its contents first (make a backup of them before).`,
      );
    }
    const versionBefore = await graphVersion(driver, db);
    touched = true;
    if (existing > 0) await wipe(driver, db);
    await driver.executeQuery(
      `CREATE INDEX ${TEMP_INDEX} IF NOT EXISTS FOR (n:${TEMP_LABEL}) ON (n.${TEMP_KEY})`,
      {},
      { database: db },
    );
    await driver.executeQuery('CALL db.awaitIndex($name, 300)', { name: TEMP_INDEX }, { database: db });

    let nodes = 0;
    let rels = 0;
    let trailer: Trailer | undefined;
    let phase: 'nodes' | 'relationships' = 'nodes';
    let batch: (NodeLine | RelLine)[] = [];
    progress?.phase('nodes', header.expected.nodes);

    const flushNodes = async (rows: NodeLine[]) => {
      for (const [, group] of groupBy(rows, (r) => JSON.stringify(r.l))) {
        const labels = [...group[0]!.l, TEMP_LABEL].map(quote).join(':');
        await driver.executeQuery(
          `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.p, n.${TEMP_KEY} = row.i`,
          { rows: group.map((r) => ({ i: r.i, p: decodeProps(r.p) })) },
          { database: db },
        );
      }
      nodes += rows.length;
      progress?.tick(rows.length);
    };
    const flushRels = async (rows: RelLine[]) => {
      for (const [type, group] of groupBy(rows, (r) => r.t)) {
        const r = await driver.executeQuery(
          `UNWIND $rows AS row
           MATCH (a:${TEMP_LABEL} {${TEMP_KEY}: row.s}) MATCH (b:${TEMP_LABEL} {${TEMP_KEY}: row.e})
           CREATE (a)-[r:${quote(type)}]->(b) SET r = row.p RETURN count(r) AS n`,
          { rows: group.map((x) => ({ s: x.s, e: x.e, p: decodeProps(x.p) })) },
          { database: db },
        );
        if (count(r.records[0]!.get('n')) !== group.length) {
          throw new BackupError(`${file}: a ${type} relationship names a node the backup does not have.`);
        }
      }
      rels += rows.length;
      progress?.tick(rows.length);
    };
    const flush = async () => {
      if (batch.length === 0) return;
      if (phase === 'nodes') await flushNodes(batch as NodeLine[]);
      else await flushRels(batch as RelLine[]);
      batch = [];
    };

    for await (const { n, value } of it) {
      if (trailer) throw new BackupError(`${file}, line ${n}: data after the end marker.`);
      const v = value as Partial<NodeLine & RelLine & Trailer>;
      if (v.end === true) {
        await flush();
        trailer = v as Trailer;
      } else if (typeof v.i === 'string' && Array.isArray(v.l) && v.p && typeof v.p === 'object') {
        if (phase !== 'nodes') throw new BackupError(`${file}, line ${n}: a node after the relationships.`);
        batch.push(v as NodeLine);
      } else if (typeof v.s === 'string' && typeof v.e === 'string' && typeof v.t === 'string' && v.p) {
        if (phase === 'nodes') {
          await flush();
          progress?.done();
          phase = 'relationships';
          progress?.phase('relationships', header.expected.relationships);
        }
        batch.push(v as RelLine);
      } else {
        throw new BackupError(`${file}, line ${n}: neither a node, a relationship nor the end marker.`);
      }
      if (batch.length >= batchSize) await flush();
    }
    progress?.done();
    if (!trailer) {
      throw new BackupError(`${file}: the backup is incomplete (no end marker); it was cut short.`);
    }
    if (trailer.nodes !== nodes || trailer.relationships !== rels) {
      throw new BackupError(
        `${file}: the end marker counts ${trailer.nodes} nodes and ${trailer.relationships} relationships, the file holds ${nodes} and ${rels}.`,
      );
    }

    // Unmark the nodes, in batches, then drop the join index.
    const session = driver.session({ database: db });
    try {
      await session.run(
        `MATCH (n:${TEMP_LABEL}) CALL { WITH n REMOVE n:${TEMP_LABEL} REMOVE n.${TEMP_KEY} } IN TRANSACTIONS OF 10000 ROWS`,
      );
    } finally {
      await session.close();
    }
    await driver.executeQuery(`DROP INDEX ${TEMP_INDEX} IF EXISTS`, {}, { database: db });

    // Constraints and indexes the database lacks (a fresh one has none; one the service ran on has its own).
    const names = new Set(
      [
        ...(await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database: db })).records,
        ...(await driver.executeQuery('SHOW INDEXES YIELD name', {}, { database: db })).records,
      ].map((r) => r.get('name') as string),
    );
    const schema = { created: [] as string[], existing: [] as string[] };
    for (const s of header.schema) {
      if (names.has(s.name)) {
        schema.existing.push(s.name);
        continue;
      }
      await driver.executeQuery(s.statement, {}, { database: db });
      schema.created.push(s.name);
    }
    await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: db });
    // A restored graph is a new version of the data, never an older one a cache may still hold.
    await driver.executeQuery(SET_GRAPH_VERSION_PAST, { before: versionBefore }, { database: db });
    return { nodes, relationships: rels, schema, ms: Date.now() - started };
  } catch (err) {
    // Leave nothing half-restored: the database was empty (or emptied on request) before we began.
    if (touched) {
      await wipe(driver, db).catch(() => {});
      await driver.executeQuery(`DROP INDEX ${TEMP_INDEX} IF EXISTS`, {}, { database: db }).catch(() => {});
    }
    throw err;
  } finally {
    await driver.close();
  }
}
