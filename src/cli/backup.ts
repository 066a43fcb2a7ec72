import path from 'node:path';
import { Command } from 'commander';
import { backupDatabase } from '../neo4j/backup/backup';
import { progressOnStderr } from './backup-progress';
import { withNeo4j } from './with-neo4j';

const stamp = () => new Date().toISOString().replace(/[:]/g, '').replace(/\..*$/, 'Z');

const program = new Command()
  .name('npm run backup --')
  .description(
    'Back up the whole database (every node and relationship with labels, types and typed properties, and the schema) to a gzip JSON Lines file, online, through Bolt.',
  )
  .option('--out <file>', 'where to write it', '')
  .parse();

const opts = program.opts<{ out: string }>();

void withNeo4j(async ({ connection, where }) => {
  const file = path.resolve(opts.out || path.join('backups', `${connection.database}-${stamp()}.jsonl.gz`));
  process.stderr.write(`backing up ${where} to ${file}\n`);
  const s = await backupDatabase(connection, file, progressOnStderr('backup'));
  const secs = s.ms / 1000;
  process.stdout.write(
    `${file}: ${s.nodes} nodes, ${s.relationships} relationships, ${(s.bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s (${Math.round((s.nodes + s.relationships) / secs)} entities/s)\n`,
  );
});
