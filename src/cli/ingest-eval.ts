import path from 'node:path';
import { evaluate, table } from '../ingest/eval';

/** npm run ingest:eval — precision / recall / F1 per kind of fact against tests/fixtures/ingest. */
async function main() {
  const root = process.cwd();
  const rows = await evaluate(path.join(root, 'tests/fixtures/ingest'), root);
  console.log('Cells: precision / recall / F1 (ingested into an empty graph).\n');
  console.log(table(rows));
}
main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
