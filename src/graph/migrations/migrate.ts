import type { Logger } from '../../logging/logger';
import type { Database } from '../../neo4j/database';
import { MIGRATIONS, type Migration } from './migrations';
import { catalogueSchemaStatements, fulltextMatches, fulltextStatement, schemaObjectName } from './schema';
import { FULLTEXT_INDEX } from '../model';

/** Creating every index of a new database on a cold JVM is start-up work, not a request. */
const SCHEMA_TX_TIMEOUT_MS = 120_000;

interface IndexRow {
  name: string;
  state: string;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
}

/**
 * Applies the migrations the database has not recorded yet. Each is recorded as a
 * (:SchemaMigration {version}) node once all its statements succeed; statements are
 * IF NOT EXISTS, so a migration interrupted half-way is safe to run again.
 * When that would change nothing (the usual restart), two reads decide it and no statement runs.
 */
export async function migrate(
  db: Database,
  logger: Logger,
  migrations: Migration[] = MIGRATIONS,
): Promise<number[]> {
  const [appliedRows, indexes] = await Promise.all([
    db.query<{ version: number }>('MATCH (m:SchemaMigration) RETURN m.version AS version'),
    db.query<IndexRow>('SHOW INDEXES YIELD name, state, labelsOrTypes, properties'),
  ]);
  const applied = new Set(appliedRows.map((r) => r.version));
  if (schemaInPlace(migrations, applied, indexes)) {
    logger.debug('schema in place: every migration recorded, every index online');
    return [];
  }
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    await runSchemaStatements(db, m.statements);
    await db.mutate(
      'MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()',
      { version: m.version, name: m.name },
    );
    logger.info({ version: m.version, name: m.name }, 'applied schema migration');
    done.push(m.version);
  }
  await syncCatalogueSchema(db, logger);
  // Newly created indexes populate in the background; wait so the first search sees them.
  await db.query('CALL db.awaitIndexes(60)');
  return done;
}

/**
 * Schema statements in one write transaction (Neo4j allows several schema changes in one, only not mixed
 * with data): one commit instead of one per statement, which on a new database was most of the 20 s.
 */
async function runSchemaStatements(db: Database, statements: string[]): Promise<void> {
  await db.write(
    async (tx) => {
      for (const statement of statements) await db.run(tx, statement);
    },
    { timeoutMs: SCHEMA_TX_TIMEOUT_MS },
  );
}

/**
 * True when running the migrations would change nothing: each is recorded (so none would run), each
 * index or constraint the catalogue declares exists (so syncCatalogueSchema would create none), the
 * full-text index covers the catalogue and no index is still populating (nothing to wait for). A
 * catalogue statement whose name cannot be read counts as not in place, so it runs as before.
 */
function schemaInPlace(migrations: Migration[], applied: Set<number>, indexes: IndexRow[]): boolean {
  if (!migrations.every((m) => applied.has(m.version))) return false;
  if (!indexes.every((i) => i.state === 'ONLINE')) return false;
  const names = new Set(indexes.map((i) => i.name));
  if (!catalogueSchemaStatements().every((s) => names.has(schemaObjectName(s) ?? ''))) return false;
  const fulltext = indexes.find((i) => i.name === FULLTEXT_INDEX);
  return (
    fulltext !== undefined &&
    fulltextMatches({ labelsOrTypes: fulltext.labelsOrTypes ?? [], properties: fulltext.properties ?? [] })
  );
}

/**
 * After the versioned migrations: whatever the catalogue now declares (a new label's constraint, an
 * indexed property, the full-text index's labels) is created, so adding to the model needs no migration.
 */
async function syncCatalogueSchema(db: Database, logger: Logger): Promise<void> {
  await runSchemaStatements(db, catalogueSchemaStatements());
  const [index] = await db.query<{ labelsOrTypes: string[]; properties: string[] }>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties',
    { name: FULLTEXT_INDEX },
  );
  if (!fulltextMatches(index)) {
    if (index) await db.mutate(`DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`);
    await db.mutate(fulltextStatement());
    logger.info({ index: FULLTEXT_INDEX }, 'full-text index (re)created for the catalogue');
  }
}
