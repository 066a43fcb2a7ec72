import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { DECISIONS_FILE, decisionsYaml, exportDecisions } from '../graph/curation/decisions-file';
import { exportSource, toYaml } from '../graph/seed/export';
import { withDatabase } from './with-database';

const program = new Command()
  .name('npm run export --')
  .description(
    "Export source documents from the graph back to seed YAML (the loader round trip); with --out and no --source, also the curators' decisions (curation/decisions.yaml), so the graph can be rebuilt from the folder alone.",
  )
  .option('--source <id>', 'one Source id (default: every source)')
  .option('--out <folder>', 'write <source-id>.yaml files here instead of printing to stdout')
  .parse();

const opts = program.opts<{ source?: string; out?: string }>();

void withDatabase(async ({ db }) => {
  const ids = opts.source
    ? [opts.source]
    : (await db.query<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map((r) => r.id);
  if (ids.length === 0) throw new Error('The graph has no Source nodes; load seeds first (npm run seed).');
  for (const id of ids) {
    const doc = await exportSource(db, id);
    if (!doc) throw new Error(`No Source with id "${id}" in the graph.`);
    const yaml = toYaml(doc);
    if (opts.out) {
      fs.mkdirSync(opts.out, { recursive: true });
      const file = path.join(opts.out, `${id}.yaml`);
      fs.writeFileSync(file, yaml);
      process.stderr.write(`wrote ${file}\n`);
    } else {
      process.stdout.write(`${ids.length > 1 ? `# --- ${id}\n` : ''}${yaml}`);
    }
  }
  if (opts.out && !opts.source) {
    const file = path.join(opts.out, DECISIONS_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, decisionsYaml(await exportDecisions(db)));
    process.stderr.write(`wrote ${file}\n`);
  }
});
