import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { graphCounts } from '../../src/graph/counts';
import { SeedValidationError } from '../../src/graph/seed/errors';
import { loadSeeds, prepareSeeds, storedSeedHash } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import type { Database } from '../../src/neo4j/database';
import { forumSeedsDir, resetAndSeed, testDatabase } from '../support/db';

/** A valid second document that shares ids with the forum article (tc260, jiang-zengzeng). */
const second = {
  source: {
    id: 'meeting-notes-2021',
    title: 'Notes from a 2021 meeting',
    kind: 'report',
    published: '2021-05-01',
  },
  topics: [{ id: 'post-quantum-cryptography', name: 'Post-quantum cryptography', at: 'p1' }],
  people: [{ id: 'ann-lee', name: 'Ann Lee', familyName: 'Lee', givenName: 'Ann', at: 'p1' }],
  events: [
    { id: 'spring-meeting-2021', name: 'Spring meeting', kind: 'meeting', startDate: '2021-04-20', at: 'p1' },
  ],
  talks: [
    {
      id: 'lee-pqc-2021',
      title: 'Migrating to post-quantum algorithms',
      speaker: 'ann-lee',
      event: 'spring-meeting-2021',
      topics: ['post-quantum-cryptography'],
      at: 'p2',
    },
  ],
};

const variant = (change: (d: any) => void): string => {
  const d = structuredClone(second) as any;
  change(d);
  return YAML.stringify(d);
};

const alias = (n: number) => String.fromCharCode(97 + n);
const billionLaughs = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `${alias(i + 1)}: &${alias(i + 1)} [${Array(9)
        .fill(`*${alias(i)}`)
        .join(', ')}]`,
  ),
].join('\n');

/** [what is broken, file name, file text, path the error must name, what it must say] */
const BROKEN: [string, string, string, string, RegExp][] = [
  ['YAML syntax', 'syntax.yaml', 'source:\n  id: x\n  title: [unclosed\n', 'line', /invalid YAML/],
  ['JSON syntax', 'syntax.json', '{"source": {"id": "x",}', '', /invalid JSON/],
  ['empty file', 'empty.yaml', '\n  \n', '', /file is empty/],
  ['a list instead of a document', 'list.yaml', '- a\n- b\n', '', /expected a mapping/],
  ['tab indentation', 'tabs.yaml', 'source:\n\tid: x\n', 'line 2', /Tabs are not allowed/],
  [
    'duplicate key',
    'dupkey.yaml',
    variant(() => {}).replace('topics:', 'topics: []\ntopics:'),
    'line',
    /unique/i,
  ],
  [
    'unknown top-level field',
    'unknown-top.yaml',
    variant((d) => (d.speakers = [])),
    '',
    /unknown field "speakers"/,
  ],
  [
    'unknown field',
    'unknown.yaml',
    variant((d) => (d.people[0].nickname = 'Annie')),
    'people[0]',
    /unknown field "nickname"/,
  ],
  ['missing source section', 'no-source.yaml', variant((d) => delete d.source), 'source', /expected object/i],
  [
    'fact without location',
    'no-at.yaml',
    variant((d) => delete d.talks[0].at),
    'talks[0].at',
    /expected where in the source/,
  ],
  ['wrong type', 'type.yaml', variant((d) => (d.people[0].name = 42)), 'people[0].name', /expected string/i],
  [
    'list given as a string',
    'type-list.yaml',
    variant((d) => (d.talks[0].topics = 'pqc')),
    'talks[0].topics',
    /expected array/i,
  ],
  ['id not a slug', 'id.yaml', variant((d) => (d.people[0].id = 'Ann Lee')), 'people[0].id', /slug/],
  [
    'duplicate id',
    'dup-id.yaml',
    variant((d) => d.people.push({ ...d.people[0] })),
    'people[1].id',
    /duplicate Person id "ann-lee"/,
  ],
  [
    'dangling reference',
    'dangling.yaml',
    variant((d) => (d.talks[0].speaker = 'bob-smith')),
    'talks[0].speaker',
    /Person "bob-smith" is referenced but not defined/,
  ],
  [
    'impossible date',
    'date.yaml',
    variant((d) => (d.events[0].startDate = '2021-02-30')),
    'events[0].startDate',
    /not a real calendar date/,
  ],
  [
    'malformed date',
    'date-format.yaml',
    variant((d) => (d.events[0].startDate = '20/04/2021')),
    'events[0].startDate',
    /YYYY-MM-DD/,
  ],
  [
    'end before start',
    'date-order.yaml',
    variant((d) => (d.events[0].endDate = '2021-04-01')),
    'events[0]',
    /end/i,
  ],
  [
    'topic cycle',
    'cycle.yaml',
    variant((d) =>
      d.topics.push(
        { id: 'pqc-a', name: 'A', broader: ['pqc-b'], at: 'p1' },
        { id: 'pqc-b', name: 'B', broader: ['pqc-a'], at: 'p1' },
      ),
    ),
    '',
    /cycle/,
  ],
  [
    'source id taken by another file',
    'source-clash.yaml',
    variant((d) => (d.source.id = 'cybersecurity-standards-forum-2020-report')),
    'source.id',
    /already used/,
  ],
  [
    'shared id redefined differently',
    'conflict.yaml',
    variant((d) => (d.institutions = [{ id: 'tc260', name: 'Some other committee', at: 'p1' }])),
    'institutions[0]',
    /tc260/,
  ],
  ['alias bomb', 'bomb.yaml', billionLaughs, '', /resource exhaustion/],
  [
    'huge file',
    'huge.yaml',
    `source: {id: x, title: x, kind: report}\n# ${'x'.repeat(2.5 * 1024 * 1024)}\n`,
    '',
    /larger than 2 MiB/,
  ],
];

describe('broken seed files are rejected with a clear message and the database is unchanged (real Neo4j)', () => {
  let db: Database;
  let dir: string;
  let before: unknown;
  let hashBefore: string | undefined;

  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db);
    before = await graphCounts(db);
    hashBefore = await storedSeedHash(db);
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-seeds-'));
    fs.cpSync(forumSeedsDir(), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the valid second document itself loads (so each case below fails for its one defect)', () => {
    fs.writeFileSync(path.join(dir, 'second.yaml'), YAML.stringify(second));
    // Validation only: planning writes nothing, so the database stays as the other cases expect.
    expect(prepareSeeds(dir).files).toContain('second.yaml');
  });

  it.each(BROKEN)('%s', async (_what, file, text, where, message) => {
    fs.writeFileSync(path.join(dir, file), text);
    const error = await loadSeeds(db, dir, silentLogger, { force: true }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems.filter((p) => p.file === file);
    expect(problems.length).toBeGreaterThan(0);
    const named = problems.find((p) => message.test(p.message));
    expect(named).toBeDefined();
    expect(named!.path.startsWith(where)).toBe(true);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('nothing was written');
    expect(await graphCounts(db)).toEqual(before);
    expect(await storedSeedHash(db)).toBe(hashBefore);
  });
});
