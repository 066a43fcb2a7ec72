import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSeeds } from '../../src/graph/seed/loader';
import { SOURCE_TEXTS_DIR } from '../../src/graph/seed/read';

const ROOT = path.resolve(__dirname, '../..');
const ACCEPTED = path.join(ROOT, 'tests/fixtures/ingest/accepted');
const SEEDS = path.join(ROOT, 'seeds');

/**
 * Corpus reports 04, 06, 08 and 10, ingested, reviewed by hand and accepted: they must load together with
 * the seed files (ids shared with the 2020 forum linked, declarations agreeing, every quote in its stored
 * text), so moving them into seeds/ is a file move.
 */
describe('the accepted corpus reports', () => {
  it('validate together with the seed files, quotes included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accepted-'));
    fs.cpSync(SEEDS, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}drafts`) });
    fs.cpSync(ACCEPTED, dir, { recursive: true });
    const { files, plan } = prepareSeeds(dir);
    expect(files).toHaveLength(fs.readdirSync(SEEDS).filter((n) => n.endsWith('.yaml')).length + 4);
    // Shared entities are one node each, declared by several sources.
    const people = plan.nodes.find((g) => g.label === 'Person')!.rows;
    expect(people.find((p) => p.id === 'xi-jinping')!.sources).toHaveLength(2);
    const inst = plan.nodes.find((g) => g.label === 'Institution')!.rows;
    expect(inst.find((i) => i.id === 'tc260')!.sources.length).toBeGreaterThanOrEqual(3);
    for (const n of fs.readdirSync(path.join(ACCEPTED, SOURCE_TEXTS_DIR))) expect(n).toMatch(/\.txt$/);
    fs.rmSync(dir, { recursive: true });
  });
});
