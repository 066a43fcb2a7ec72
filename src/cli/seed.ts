import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { migrate } from '../graph/migrations/migrate';
import { SeedValidationError } from '../graph/seed/errors';
import { loadSeeds, prepareSeeds } from '../graph/seed/loader';
import { ensureTallies } from '../graph/tallies/rebuild';
import { withDatabase } from './with-database';

const program = new Command()
  .name('npm run seed --')
  .description('Validate every seed file, then load them all into Neo4j in one transaction.')
  .option('--dir <folder>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .option('--force', 'reload even if the files are unchanged since the last load')
  .option('--check', 'only validate the files; do not touch the database')
  .parse();

const opts = program.opts<{ dir?: string; force?: boolean; check?: boolean }>();

if (opts.check) {
  const dir = path.resolve(opts.dir ?? process.env.SEEDS_DIR ?? 'seeds');
  try {
    const { plan, files } = prepareSeeds(dir);
    const nodes = plan.nodes.reduce((n, g) => n + g.rows.length, 0);
    const rels = plan.rels.reduce((n, g) => n + g.rows.length, 0);
    console.log(`${files.length} seed file(s) valid: ${nodes} nodes, ${rels} relationships would be loaded.`);
  } catch (err) {
    if (!(err instanceof SeedValidationError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
} else {
  void withDatabase(async ({ config, logger, db }) => {
    const dir = opts.dir ? path.resolve(opts.dir) : config.seedsDir;
    prepareSeeds(dir); // validate before starting any write
    await migrate(db, logger);
    const r = await loadSeeds(db, dir, logger, { force: opts.force, by: os.userInfo().username });
    console.log(
      r.skipped
        ? `Seed files unchanged since the last load (${r.files.length} file(s)); nothing to do. Use --force to reload.`
        : `Loaded ${r.files.length} file(s): ${r.nodes} nodes, ${r.relationships} relationships in ${r.ms} ms (one transaction).`,
    );
    const t = await ensureTallies(db, logger);
    if (t) console.log(`Talk tallies were behind the graph: rebuilt for ${t.talks} talks in ${t.ms} ms.`);
  });
}
