import { Command } from 'commander';
import { graphCounts } from '../graph/counts';
import { withDatabase } from './with-database';

const program = new Command()
  .name('npm run counts --')
  .description('Print node counts per label and relationship counts per type.')
  .option('--json', 'print JSON instead of a table')
  .parse();

const opts = program.opts<{ json?: boolean }>();

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const total = rows.reduce((n, [, v]) => n + v, 0);
  return [
    `${title.padEnd(width)}  count`,
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${String(v).padStart(5)}`),
    `${'total'.padEnd(width)}  ${String(total).padStart(5)}`,
  ].join('\n');
}

void withDatabase(async ({ db }) => {
  const counts = await graphCounts(db);
  if (opts.json) {
    console.log(JSON.stringify(counts, null, 2));
  } else {
    console.log(`${table('label', counts.labels)}\n\n${table('relationship type', counts.relationships)}`);
  }
});
