import os from 'node:os';
import { Command } from 'commander';
import { CurationError } from '../graph/curation/curator';
import { markNotSame, withdrawNotSame } from '../graph/curation/decisions';
import { duplicateCandidates } from '../graph/curation/duplicates';
import { deleteEntity, deleteFact } from '../graph/curation/facts';
import { mergeEntities, undoMerge } from '../graph/curation/merge';
import { previewRetraction, retractSource, withdrawRetraction } from '../graph/curation/retract';
import { migrate } from '../graph/migrations/migrate';
import { labelOfKind, type NodeLabel } from '../graph/model';
import type { Database } from '../neo4j/database';
import { withDatabase } from './with-database';

/**
 * The curation operations from the command line, for scripts and for curators at the server: the same
 * functions, transactions and history records as the GraphQL mutations; "by" is --by or the OS user.
 */

const program = new Command()
  .name('npm run curate --')
  .description(
    'Merge, undo, mark as different, retract a source, delete; every change is recorded with who and why.',
  )
  .option('--by <name>', 'who is making the change (recorded in the history)', os.userInfo().username);

const by = () => program.opts<{ by: string }>().by;

function label(kind: string): NodeLabel {
  const l = labelOfKind(kind);
  if (!l)
    throw new CurationError(
      'BAD_USER_INPUT',
      'kind',
      `unknown kind "${kind}" (e.g. institution, person, topic)`,
    );
  return l;
}

/** Runs one operation; a refusal is one clear line and exit code 1, and nothing is written. */
function action(work: (db: Database) => Promise<unknown>) {
  return () =>
    withDatabase(async ({ db, logger }) => {
      await migrate(db, logger);
      try {
        const result = await work(db);
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } catch (err) {
        if (!(err instanceof CurationError)) throw err;
        process.stderr.write(`${err.code}: ${err.field}: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}

program
  .command('merge <kind> <keep> <drop>')
  .description('merge <drop> into <keep> (same kind); the old id redirects')
  .requiredOption('--reason <text>', 'why')
  .action((kind: string, keep: string, drop: string, o: { reason: string }) =>
    action((db) =>
      db.write((tx) => mergeEntities(db, tx, { label: label(kind), keep, drop, reason: o.reason, by: by() })),
    )(),
  );

program
  .command('undo-merge <decision>')
  .description('take a merge back: both entities as they were')
  .requiredOption('--reason <text>', 'why')
  .action((decision: string, o: { reason: string }) =>
    action((db) => db.write((tx) => undoMerge(db, tx, { decision, reason: o.reason, by: by() })))(),
  );

program
  .command('not-same <kind> <a> <b>')
  .description('record that two entities are different (never merged or suggested)')
  .requiredOption('--reason <text>', 'why')
  .action((kind: string, a: string, b: string, o: { reason: string }) =>
    action((db) =>
      db.write((tx) => markNotSame(db, tx, { label: label(kind), a, b, reason: o.reason, by: by() })),
    )(),
  );

program
  .command('withdraw <decision>')
  .description('withdraw a "not the same" mark or a retraction')
  .requiredOption('--reason <text>', 'why')
  .option('--retraction', 'the decision is a retraction (default: a "not the same" mark)')
  .action((decision: string, o: { reason: string; retraction?: boolean }) =>
    action((db) =>
      db.write(async (tx) => {
        if (o.retraction) await withdrawRetraction(db, tx, { decision, reason: o.reason, by: by() });
        else await withdrawNotSame(db, tx, { decision, reason: o.reason, by: by() });
        return { withdrawn: decision };
      }),
    )(),
  );

program
  .command('retract <source>')
  .description('retract a source: facts only it states go, others stay')
  .option('--reason <text>', 'why (required unless --dry-run)')
  .option('--dry-run', 'show exactly what would change, and change nothing')
  .action((source: string, o: { reason?: string; dryRun?: boolean }) =>
    action(async (db) => {
      if (o.dryRun) return db.read((tx) => previewRetraction(db, tx, source));
      if (!o.reason) throw new CurationError('BAD_USER_INPUT', '--reason', 'say why the source is retracted');
      return db.write((tx) => retractSource(db, tx, { source, reason: o.reason!, by: by() }));
    })(),
  );

program
  .command('delete-fact <id>')
  .description("delete one fact by its id (a seed file's fact stays suppressed across reloads)")
  .requiredOption('--reason <text>', 'why')
  .action((id: string, o: { reason: string }) =>
    action((db) => db.write((tx) => deleteFact(db, tx, { id, reason: o.reason, by: by() })))(),
  );

program
  .command('delete-entity <kind> <id>')
  .description('delete an entity (refused while seed files hold it)')
  .requiredOption('--reason <text>', 'why')
  .action((kind: string, id: string, o: { reason: string }) =>
    action(async (db) => {
      const l = label(kind);
      await db.write((tx) => deleteEntity(db, tx, { label: l, id, reason: o.reason, by: by() }));
      return { deleted: `${l}:${id}` };
    })(),
  );

program
  .command('duplicates <kind>')
  .description('list likely duplicates with their evidence')
  .option('--first <n>', 'how many', '20')
  .option('--min-score <x>', 'lowest score shown (0 to 1)', '0.5')
  .action((kind: string, o: { first: string; minScore: string }) =>
    action((db) =>
      duplicateCandidates(db, label(kind), { first: Number(o.first), minScore: Number(o.minScore) }),
    )(),
  );

program.parse();
