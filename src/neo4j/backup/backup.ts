import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../config/config';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type Trailer } from './format';
import { encodeProps } from './values';

export interface BackupSummary {
  file: string;
  nodes: number;
  relationships: number;
  bytes: number;
  ms: number;
}

export interface BackupProgress {
  phase(name: 'nodes' | 'relationships', total: number): void;
  tick(n: number): void;
  done(): void;
}

/**
 * A driver for backup and restore. Unlike the service's, it keeps integers lossless: with JS numbers an
 * INTEGER 5 and a FLOAT 5.0 look alike, and a backup must tell them apart.
 */
export function backupDriver(c: Neo4jConnection): Driver {
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    logging: { level: 'error', logger: () => {} },
    userAgent: 'standards-actors-graph-backup',
  });
}

const count = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

/** The constraints first (they own indexes), then the other indexes; built-in lookup indexes are left out. */
export async function readSchema(driver: Driver, database: string): Promise<BackupHeader['schema']> {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement ORDER BY name',
    {},
    { database, routing: 'READ' },
  );
  const indexes = await driver.executeQuery(
    `SHOW INDEXES YIELD name, type, owningConstraint, createStatement
     WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name, createStatement ORDER BY name`,
    {},
    { database, routing: 'READ' },
  );
  return [...constraints.records, ...indexes.records].map((r) => ({
    name: r.get('name') as string,
    statement: r.get('createStatement') as string,
  }));
}

/**
 * Streams every node and relationship of the database, with their labels, types and typed properties,
 * into a gzip JSON Lines file, through Bolt while the database stays online. The records are read in one
 * read transaction, pulled in batches as the file is written (memory stays flat). The file appears only
 * when complete: it is written as `<file>.partial` and renamed at the end.
 */
export async function backupDatabase(
  c: Neo4jConnection,
  file: string,
  progress?: BackupProgress,
): Promise<BackupSummary> {
  const started = Date.now();
  const driver = backupDriver(c);
  const partial = `${file}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const gzip = createGzip({ level: 6 });
  const out = fs.createWriteStream(partial);
  gzip.pipe(out);
  // Waits only when the compressor's buffer is full, so the database is read as fast as it is written.
  const write = (obj: unknown): Promise<unknown> | undefined =>
    gzip.write(`${JSON.stringify(obj)}\n`) ? undefined : once(gzip, 'drain');
  const session = driver.session({
    database: c.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: 10000,
  });
  try {
    // Both answered from the count store.
    const countOf = async (cypher: string) =>
      count(
        (await driver.executeQuery(cypher, {}, { database: c.database, routing: 'READ' })).records[0]!.get(
          'n',
        ),
      );
    const expected = {
      nodes: await countOf('MATCH (n) RETURN count(n) AS n'),
      relationships: await countOf('MATCH ()-[r]->() RETURN count(r) AS n'),
    };
    const version = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] + ' ' + edition AS v",
      {},
      { database: c.database, routing: 'READ' },
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      created: new Date().toISOString(),
      database: c.database,
      neo4j: (version.records[0]?.get('v') as string | undefined) ?? 'unknown',
      expected,
      schema: await readSchema(driver, c.database),
    };
    await write(header);

    const trailer: Trailer = { end: true, nodes: 0, relationships: 0, labels: {}, types: {} };
    const tx = session.beginTransaction();
    try {
      progress?.phase('nodes', expected.nodes);
      const nodes = tx.run('MATCH (n) RETURN elementId(n) AS i, labels(n) AS l, properties(n) AS p');
      for await (const r of nodes) {
        const labels = r.get('l') as string[];
        const wait = write({ i: r.get('i'), l: labels, p: encodeProps(r.get('p')) });
        if (wait) await wait;
        trailer.nodes++;
        for (const l of labels) trailer.labels[l] = (trailer.labels[l] ?? 0) + 1;
        progress?.tick(1);
      }
      progress?.done();
      progress?.phase('relationships', expected.relationships);
      const rels = tx.run(
        'MATCH ()-[r]->() RETURN elementId(startNode(r)) AS s, elementId(endNode(r)) AS e, type(r) AS t, properties(r) AS p',
      );
      for await (const r of rels) {
        const type = r.get('t') as string;
        const wait = write({ s: r.get('s'), e: r.get('e'), t: type, p: encodeProps(r.get('p')) });
        if (wait) await wait;
        trailer.relationships++;
        trailer.types[type] = (trailer.types[type] ?? 0) + 1;
        progress?.tick(1);
      }
      progress?.done();
    } finally {
      await tx.close();
    }
    await write(trailer);
    gzip.end();
    await once(out, 'finish');
    fs.renameSync(partial, file);
    return {
      file,
      nodes: trailer.nodes,
      relationships: trailer.relationships,
      bytes: fs.statSync(file).size,
      ms: Date.now() - started,
    };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await session.close();
    await driver.close();
  }
}
