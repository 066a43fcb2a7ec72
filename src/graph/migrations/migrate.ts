import type { Logger } from '../../logging/logger';
import type { Database } from '../../neo4j/database';
import { MIGRATIONS, type Migration } from './migrations';
import { catalogueSchemaStatements, fulltextMatches, fulltextStatement } from './schema';
import { FULLTEXT_INDEX } from '../model';

/**
 * Applies the migrations the database has not recorded yet. Each is recorded as a
 * (:SchemaMigration {version}) node once all its statements succeed; statements are
 * IF NOT EXISTS, so a migration interrupted half-way is safe to run again.
 */
export async function migrate(
  db: Database,
  logger: Logger,
  migrations: Migration[] = MIGRATIONS,
): Promise<number[]> {
  const applied = new Set(
    (await db.query<{ version: number }>('MATCH (m:SchemaMigration) RETURN m.version AS version')).map(
      (r) => r.version,
    ),
  );
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    for (const statement of m.statements) await db.mutate(statement);
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
 * After the versioned migrations: whatever the catalogue now declares (a new label's constraint, an
 * indexed property, the full-text index's labels) is created, so adding to the model needs no migration.
 */
async function syncCatalogueSchema(db: Database, logger: Logger): Promise<void> {
  for (const statement of catalogueSchemaStatements()) await db.mutate(statement);
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
