import fs from 'node:fs';
import { Command } from 'commander';
import { allChanges, historyOf, type Change } from '../graph/curation/history';
import { labelOfKind } from '../graph/model';
import { withDatabase } from './with-database';

const program = new Command()
  .name('npm run history --')
  .description('Export the history of changes (who, when, what, why, before and after) as JSON lines.')
  .option('--id <id>', "one entity's changes (newest first)")
  .option('--kind <kind>', 'with --id: the kind of the entity (institution, person, ...)')
  .option('--since <iso>', 'only changes at or after this date-time, e.g. 2026-11-01')
  .option('--out <file>', 'write to a file instead of stdout')
  .parse();

const opts = program.opts<{ id?: string; kind?: string; since?: string; out?: string }>();

void withDatabase(async ({ db }) => {
  let label: string | null = null;
  if (opts.kind) {
    label = labelOfKind(opts.kind) ?? null;
    if (!label) throw new Error(`--kind: unknown kind "${opts.kind}"`);
  }
  if (opts.since && Number.isNaN(Date.parse(opts.since)))
    throw new Error(`--since: "${opts.since}" is not a date or date-time`);
  const changes: Change[] = opts.id
    ? await historyOf(db, opts.id, label, 100_000)
    : await allChanges(db, opts.since);
  const lines = changes.map((c) => JSON.stringify(c)).join('\n') + (changes.length ? '\n' : '');
  if (opts.out) {
    fs.writeFileSync(opts.out, lines);
    process.stderr.write(`wrote ${changes.length} change(s) to ${opts.out}\n`);
  } else process.stdout.write(lines);
});
