import path from 'node:path';
import { planSeeds } from '../../src/graph/seed/plan';
import { parseSeedText, readSeedDir } from '../../src/graph/seed/read';
import { draftYaml } from '../../src/ingest/draft';
import { knowledgeFromSeeds } from '../../src/ingest/knowledge';
import { ingestDocument } from '../../src/ingest/pipeline';
import { readInput } from '../../src/ingest/read-input';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLE = path.resolve(ROOT, '../shared/seeds/000_7915bb7479bf3b6e.txt');

describe('the seed article ingested while the seeds already hold it', () => {
  it('links its people, institutions, places, events and topics to the existing ids, and the planner accepts the draft beside the seed file', async () => {
    const seeds = path.join(ROOT, 'seeds');
    const k = knowledgeFromSeeds(seeds);
    const doc = await readInput(ARTICLE);
    const draft = ingestDocument(doc, k, 'article');
    const seed = draft.seed;
    expect(seed.people!.map((p) => p.id).sort()).toEqual([
      'haley-wu',
      'hu-ying',
      'jiang-zengzeng',
      'li-jingchun',
      'liu-bei',
      'liu-xiangang',
      'wang-jianmin',
      'xi-jinping',
      'xue-yongbo',
      'yuan-jie',
    ]);
    for (const id of [
      'tc260',
      'cesi',
      'china-mobile-information-security-centre',
      'national-research-centre-for-it-security',
    ]) {
      expect(seed.institutions!.map((i) => i.id)).toContain(id);
    }
    expect(seed.events!.map((e) => e.id).sort()).toEqual([
      'china-cybersecurity-week-2020',
      'cybersecurity-standards-forum-2020',
    ]);
    expect(seed.talks!.find((t) => t.speaker === 'yuan-jie')!.topics).toContain('5g-security');
    expect(draft.review.people!['liu-xiangang']!.link).toMatch(/exact|alias|normalised/);

    // Declared again with the same names and required fields: no conflict with the existing file.
    const text = draftYaml({ ...draft, seed: { ...seed, source: { ...seed.source, id: 'article-again' } } });
    const parsed = parseSeedText('draft.yaml', text);
    expect(parsed.problems).toEqual([]);
    const existing = readSeedDir(seeds).files;
    const { problems } = planSeeds([...existing, { file: 'draft.yaml', sha256: 'x', data: parsed.data! }]);
    expect(problems.filter((p) => !/quote/.test(p.message))).toEqual([]);
    // Deterministic: the same report gives the same draft.
    expect(draftYaml(ingestDocument(await readInput(ARTICLE), knowledgeFromSeeds(seeds), 'article'))).toBe(
      draftYaml(draft),
    );
  });
});
