import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { prepareSeeds, loadSeeds } from '../../src/graph/seed/loader';
import { acceptDraft } from '../../src/ingest/accept';
import { addGraphKnowledge, knowledgeFromSeeds } from '../../src/ingest/knowledge';
import { silentLogger } from '../../src/logging/logger';
import type { Database } from '../../src/neo4j/database';
import { resetAndSeed, SEEDS_DIR, testDatabase } from '../support/db';

const ROOT = path.resolve(__dirname, '../..');
const REPORT = path.resolve(ROOT, '../shared/corpus/reports/10-etsi-security-workshop-2009.txt');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A scratch copy of the seeds folder (files and stored texts), so the real one is never touched. */
function scratchSeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-seeds-'));
  // Report 10 is in the default seeds already: the scratch copy leaves it out, to ingest it afresh.
  fs.cpSync(SEEDS_DIR, dir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}drafts`) && !/etsi-security-workshop/.test(path.basename(src)),
  });
  return dir;
}

function ingest(args: string[]) {
  return spawnSync('node', ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run ingest: draft, check, accept, load', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db);
  }, 300_000);
  afterAll(async () => db.close());

  it('writes a draft that the seed validator accepts, and accepting it adds facts whose quotes are in the stored text', async () => {
    const seeds = scratchSeeds();
    const run = ingest([REPORT, '--seeds', seeds]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/found: .*people/);
    const drafts = path.join(seeds, 'drafts');
    const [draftName] = fs.readdirSync(drafts).filter((n) => n.endsWith('.yaml'));
    const draftFile = path.join(drafts, draftName!);
    const draft = YAML.parse(fs.readFileSync(draftFile, 'utf8'));
    expect(draft.review).toBeDefined();
    // `npm run seed -- --check` on the drafts folder: schema, references and quotes.
    expect(() => prepareSeeds(drafts)).not.toThrow();

    // Same report, same draft.
    const again = fs.readFileSync(draftFile, 'utf8');
    fs.rmSync(drafts, { recursive: true });
    expect(ingest([REPORT, '--seeds', seeds]).status).toBe(0);
    expect(fs.readFileSync(draftFile, 'utf8')).toBe(again);

    const { target, sourceId } = acceptDraft(draftFile, seeds);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.existsSync(draftFile)).toBe(false);
    await loadSeeds(db, seeds, silentLogger, { force: true });
    const stored = squash(fs.readFileSync(path.join(seeds, 'sources', `${sourceId}.txt`), 'utf8'));
    const rows = await db.query<{ type: string; quote: string | null }>(
      'MATCH ()-[r]->() WHERE r.source = $source RETURN type(r) AS type, r.quote AS quote',
      { source: sourceId },
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows.filter((x) => x.type !== 'AUTHORED')) {
      expect(r.quote).toEqual(expect.any(String));
      expect(stored).toContain(squash(r.quote!));
    }
    const people = await db.query<{ name: string }>(
      'MATCH (p:Person)-[:MENTIONED_IN]->(:Source {id: $source}) RETURN p.name AS name ORDER BY name',
      { source: sourceId },
    );
    expect(people.map((p) => p.name)).toEqual(['Carmine Rizzo', 'Charles Brookson']);

    // The same report again is recognised as already in the seeds; nothing is written.
    const twice = ingest([REPORT, '--seeds', seeds]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already in the seeds/);
    expect(fs.readdirSync(drafts).filter((n) => n.endsWith('.yaml'))).toEqual([]);
    fs.rmSync(seeds, { recursive: true });
    await resetAndSeed(db);
  }, 600_000);

  it('links against the graph with one query (--graph path)', async () => {
    const k = knowledgeFromSeeds(path.join(os.tmpdir(), 'no-such-seeds'));
    const before = db.roundTrips;
    await addGraphKnowledge(db, k);
    expect(db.roundTrips - before).toBe(1);
    expect(k.entities.find((e) => e.id === 'liu-xiangang')).toMatchObject({
      label: 'Person',
      required: { familyName: 'Liu' },
    });
    expect(k.entities.find((e) => e.id === 'tc260')?.aliases).toContain('TC 260');
    expect(k.topics.find((t) => t.id === 'face-recognition')?.broader).toEqual(['biometric-identification']);
  });
});
