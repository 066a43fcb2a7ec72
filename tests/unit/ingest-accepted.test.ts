import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { prepareSeeds } from '../../src/graph/seed/loader';

const SEEDS = path.resolve(__dirname, '../../seeds');

/**
 * Corpus reports 04, 06, 08 and 10 were ingested, reviewed by hand and accepted into seeds/: with the seed
 * article and the lead's reports 02 and 12 the default graph holds seven reports, entities they share
 * linked (one node, several sources), every quote in its stored text.
 */
describe('the accepted corpus reports in the default graph', () => {
  const accepted = [
    'china-cybersecurity-week-2019-avar-report',
    'tc260-work-focus-2022-report',
    'tc260-big-data-security-white-paper-report',
    'etsi-security-workshop-2009-press-release',
  ];

  it('validate with every seed file, quotes included, and share entities instead of duplicating them', () => {
    const { files, plan } = prepareSeeds(SEEDS);
    const sources = files.map((f) => YAML.parse(fs.readFileSync(path.join(SEEDS, f), 'utf8')).source.id);
    expect(sources).toEqual(expect.arrayContaining(accepted));
    for (const id of accepted) expect(fs.existsSync(path.join(SEEDS, 'sources', `${id}.txt`))).toBe(true);
    const people = plan.nodes.find((g) => g.label === 'Person')!.rows;
    expect(people.find((p) => p.id === 'xi-jinping')!.sources).toEqual(
      expect.arrayContaining([
        'cybersecurity-standards-forum-2020-report',
        'china-cybersecurity-week-2019-avar-report',
      ]),
    );
    const inst = plan.nodes.find((g) => g.label === 'Institution')!.rows;
    expect(inst.find((i) => i.id === 'tc260')!.sources).toEqual(
      expect.arrayContaining(['tc260-work-focus-2022-report', 'tc260-big-data-security-white-paper-report']),
    );
    expect(inst.filter((i) => /^tc-?260/.test(i.id))).toHaveLength(1);
  });
});
