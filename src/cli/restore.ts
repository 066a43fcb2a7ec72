import path from 'node:path';
import { Command } from 'commander';
import { ensureTallies } from '../graph/tallies/rebuild';
import { backupDatabase } from '../neo4j/backup/backup';
import { restoreDatabase } from '../neo4j/backup/restore';
import { Database } from '../neo4j/database';
import { progressOnStderr } from './backup-progress';
import { withNeo4j } from './with-neo4j';

const program = new Command()
  .name('npm run restore --')
  .description(
    'Restore a backup made by npm run backup into an empty database (nothing is half-restored: a failure leaves it empty).',
  )
  .argument('<file>', 'the backup (.jsonl.gz)')
  .option(
    '--replace',
    'delete what the database holds first; it is backed up to backups/before-restore-<time>.jsonl.gz before',
  )
  .option('--batch-size <n>', 'rows per write transaction', (v) => Number.parseInt(v, 10), 5000)
  .parse();

const opts = program.opts<{ replace?: boolean; batchSize: number }>();
const file = path.resolve(program.args[0]!);

void withNeo4j(async ({ config, connection, where, logger }) => {
  if (opts.replace) {
    const safety = path.resolve(
      'backups',
      `before-restore-${new Date().toISOString().replace(/[:]/g, '').replace(/\..*$/, 'Z')}.jsonl.gz`,
    );
    process.stderr.write(`--replace: first backing up what ${where} holds to ${safety}\n`);
    await backupDatabase(connection, safety, progressOnStderr('backup'));
  }
  process.stderr.write(`restoring ${file} into ${where}\n`);
  const s = await restoreDatabase(connection, file, {
    replace: opts.replace,
    batchSize: opts.batchSize,
    progress: progressOnStderr('restore'),
  });
  const secs = s.ms / 1000;
  process.stdout.write(
    `restored ${s.nodes} nodes and ${s.relationships} relationships in ${secs.toFixed(1)} s (${Math.round((s.nodes + s.relationships) / secs)} entities/s); schema: ${s.schema.created.length} constraints/indexes created, ${s.schema.existing.length} already there\n`,
  );
  // The restore made a new graph version; the dashboard's counts are recounted for it.
  const db = new Database(connection, config.txTimeoutMs, config.retryMs);
  try {
    const t = await ensureTallies(db, logger);
    if (t) process.stdout.write(`talk tallies rebuilt: ${t.talks} talks in ${(t.ms / 1000).toFixed(1)} s\n`);
  } finally {
    await db.close();
  }
});
