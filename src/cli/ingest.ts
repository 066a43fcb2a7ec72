import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { migrate } from '../graph/migrations/migrate';
import { SeedValidationError } from '../graph/seed/errors';
import { loadSeeds } from '../graph/seed/loader';
import { SOURCE_TEXTS_DIR } from '../graph/seed/read';
import { acceptDraft } from '../ingest/accept';
import { draftYaml } from '../ingest/draft';
import { IngestError } from '../ingest/errors';
import { addGraphKnowledge, knowledgeFromSeeds, type Knowledge } from '../ingest/knowledge';
import { alreadyIngested, ingestDocument } from '../ingest/pipeline';
import { DEFAULT_MAX_BYTES, readInput } from '../ingest/read-input';
import { reviewSummary } from '../ingest/review-summary';
import { withDatabase } from './with-database';

const program = new Command()
  .name('npm run ingest --')
  .description(
    'Turn reports (text, Markdown, HTML, PDF) into draft seed files in seeds/drafts/, or accept a reviewed draft.',
  )
  .argument('[files...]', 'reports to ingest')
  .option(
    '--accept <drafts...>',
    'validate reviewed drafts, move them into the seeds folder and load the seeds (all or nothing)',
  )
  .option('--title <title>', 'title of the report (overrides the document)')
  .option('--url <url>', 'URL of the report')
  .option('--published <date>', 'publication date, YYYY-MM-DD (dates without a year are read relative to it)')
  .option('--seeds <folder>', 'seeds folder', process.env.SEEDS_DIR ?? 'seeds')
  .option('--out <folder>', 'drafts folder (default: <seeds>/drafts)')
  .option(
    '--graph',
    'also link against the graph in Neo4j (NEO4J_URI, or the embedded one); one query per run',
  )
  .option('--max-bytes <n>', 'largest accepted input file', String(DEFAULT_MAX_BYTES))
  .parse();

const opts = program.opts<{
  accept?: string[];
  title?: string;
  url?: string;
  published?: string;
  seeds: string;
  out?: string;
  graph?: boolean;
  maxBytes: string;
}>();
const seedsDir = path.resolve(opts.seeds);
const outDir = path.resolve(opts.out ?? path.join(seedsDir, 'drafts'));

function fail(err: unknown): never {
  if (err instanceof IngestError || err instanceof SeedValidationError)
    process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}

async function ingestFiles(files: string[], k: Knowledge): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published))
        throw new IngestError(file, '--published must be YYYY-MM-DD');
      const doc = await readInput(
        file,
        { title: opts.title, url: opts.url, published: opts.published },
        Number(opts.maxBytes),
      );
      // A report whose URL is in the seeds already is said so before any extraction.
      const sameUrl = doc.meta.url ? k.sources.find((src) => src.url === doc.meta.url) : undefined;
      if (sameUrl) {
        throw new IngestError(
          file,
          `this report is already in the seeds: ${sameUrl.from} (source id "${sameUrl.id}"); nothing written`,
        );
      }
      const draft = ingestDocument(doc, k, path.relative(process.cwd(), file) || file);
      const prior = alreadyIngested(draft, k, doc.meta);
      if (prior)
        throw new IngestError(file, `this report is already in the seeds: ${prior}; nothing written`);
      const target = path.join(outDir, `${draft.sourceId}.yaml`);
      fs.mkdirSync(path.join(outDir, SOURCE_TEXTS_DIR), { recursive: true });
      fs.writeFileSync(path.join(outDir, SOURCE_TEXTS_DIR, `${draft.sourceId}.txt`), doc.text);
      fs.writeFileSync(target, draftYaml(draft));
      console.log(reviewSummary(draft, path.relative(process.cwd(), target)));
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      process.stderr.write(`${err.message}\n`);
      failed++;
    }
  }
  return failed;
}

async function main(): Promise<void> {
  if (opts.accept) {
    const accepted: ReturnType<typeof acceptDraft>[] = [];
    try {
      for (const draft of opts.accept) accepted.push(acceptDraft(path.resolve(draft), seedsDir));
    } catch (err) {
      // All or nothing: drafts accepted before the one that failed go back.
      for (const a of accepted.reverse()) a.undo();
      fail(err);
    }
    for (const a of accepted) console.log(`Accepted into ${path.relative(process.cwd(), a.target)}`);
    console.log('Loading the seed graph...');
    await withDatabase(async ({ db, logger }) => {
      try {
        await migrate(db, logger);
        const r = await loadSeeds(db, seedsDir, logger, {
          force: true,
          by: os.userInfo().username,
          action: 'ingest-accept',
          reason: `accepted ${accepted.map((a) => path.basename(a.target)).join(', ')}`,
        });
        console.log(
          `Loaded ${r.files.length} file(s): ${r.nodes} nodes, ${r.relationships} relationships (one transaction).`,
        );
      } catch (err) {
        for (const a of [...accepted].reverse()) a.undo();
        process.stderr.write('Load failed; the drafts are back in the drafts folder.\n');
        throw err;
      }
    });
    return;
  }
  const files = program.args;
  if (files.length === 0) program.help({ error: true });
  const k = knowledgeFromSeeds(seedsDir);
  if (opts.graph) {
    await withDatabase(async ({ db }) => {
      await addGraphKnowledge(db, k);
      process.exitCode = (await ingestFiles(files, k)) > 0 ? 1 : 0;
      if (process.exitCode) throw new IngestError('ingest', 'some reports were not ingested');
    });
    return;
  }
  process.exit((await ingestFiles(files, k)) > 0 ? 1 : 0);
}

main().catch(fail);
