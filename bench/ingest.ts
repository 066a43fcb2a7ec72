import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { knowledgeFromSeeds } from '../src/ingest/knowledge';
import { ingestDocument } from '../src/ingest/pipeline';
import { segment } from '../src/ingest/segment';
import { draftYaml } from '../src/ingest/draft';
import { IngestError } from '../src/ingest/errors';

/**
 * npm run bench:ingest — reports per second for text reports: segmenting, extraction, linking against the
 * seed files (loaded once, as one query per report would be) and writing the draft YAML, in memory.
 * The gazetteer and the sentence model load once per process and are warmed up before timing.
 */
const dirs = ['../shared/corpus/reports', '../shared/seeds'];
const texts = dirs.flatMap((d) =>
  fs.existsSync(d)
    ? fs
        .readdirSync(d)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => fs.readFileSync(path.join(d, n), 'utf8'))
    : [],
);
const seconds = Number(process.argv[2] ?? 10);
const k = knowledgeFromSeeds('seeds');
const run = (t: string) => {
  try {
    return draftYaml(ingestDocument(segment(t, 'text'), k, 'bench')).length;
  } catch (err) {
    if (err instanceof IngestError) return 0; // "nothing found" is a result too
    throw err;
  }
};
const warm = Date.now();
for (const t of texts) run(t);
console.log(
  `warm-up (gazetteer, sentence model): ${Date.now() - warm} ms; ${texts.length} reports, ${texts.reduce((n, t) => n + t.split(/\s+/).length, 0)} words`,
);
let n = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let lastPrint = Date.now();
while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
  for (const t of texts) run(t);
  n += texts.length;
  if (Date.now() - lastPrint > 2000) {
    lastPrint = Date.now();
    console.log(`  ${n} reports...`);
  }
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Wall-clock throughput depends on what else runs on the machine; CPU time tells what one core does.
console.log(
  `${n} reports in ${elapsed.toFixed(1)} s: ${(n / elapsed).toFixed(1)} reports/s wall clock (goal >= 20)`,
);
console.log(
  `CPU time ${cpuSeconds.toFixed(1)} s: ${(n / cpuSeconds).toFixed(1)} reports per CPU-second; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);
