import YAML from 'yaml';
import { planSeeds } from '../../src/graph/seed/plan';
import { checkQuotes, parseSeedText, type ParsedSeedFile } from '../../src/graph/seed/read';

const base = {
  source: { id: 'doc', title: 'Doc', kind: 'report' },
  topics: [
    { id: 'root', name: 'Root', at: 'p1' },
    { id: 'leaf', name: 'Leaf', broader: ['root'], at: 'p1' },
  ],
  people: [{ id: 'ann-lee', name: 'Ann Lee', familyName: 'Lee', at: 'p1' }],
  events: [{ id: 'meet', name: 'Meeting', kind: 'meeting', startDate: '2021-01-01', at: 'p1' }],
  talks: [{ id: 'talk-1', title: 'T', speaker: 'ann-lee', event: 'meet', topics: ['leaf'], at: 'p2' }],
};

function problems(file: string, doc: unknown, others: ParsedSeedFile[] = []) {
  const parsed = parseSeedText(file, typeof doc === 'string' ? doc : YAML.stringify(doc));
  if (parsed.problems.length) return parsed.problems;
  return planSeeds([...others, { file, sha256: 'x', data: parsed.data! }]).problems;
}

const mutate = (change: (d: any) => void) => {
  const d = structuredClone(base) as any;
  change(d);
  return d;
};

describe('seed validation names the file, the path and the problem', () => {
  it('accepts a valid file', () => {
    expect(problems('ok.yaml', base)).toEqual([]);
  });

  it.each([
    [
      'unknown field',
      mutate((d) => (d.people[0].nickname = 'Annie')),
      'people[0]',
      /unknown field "nickname"/,
    ],
    [
      'missing source',
      mutate((d) => delete d.source),
      'source',
      /expected object|Required|received undefined/i,
    ],
    [
      'dangling reference',
      mutate((d) => (d.talks[0].speaker = 'bob')),
      'talks[0].speaker',
      /Person "bob" is referenced but not defined/,
    ],
    [
      'impossible date',
      mutate((d) => (d.events[0].startDate = '2020-02-30')),
      'events[0].startDate',
      /not a real calendar date/,
    ],
    [
      'malformed date',
      mutate((d) => (d.events[0].startDate = '16/09/2020')),
      'events[0].startDate',
      /YYYY-MM-DD/,
    ],
    [
      'duplicate id',
      mutate((d) => d.people.push({ ...d.people[0] })),
      'people[1].id',
      /duplicate Person id "ann-lee"/,
    ],
    [
      'end before start',
      mutate((d) => (d.events[0].endDate = '2020-12-31')),
      'events[0].endDate',
      /endDate is before startDate/,
    ],
    [
      'broader cycle',
      mutate((d) => (d.topics[0].broader = ['leaf'])),
      '',
      /BROADER cycle: (root -> leaf -> root|leaf -> root -> leaf)/,
    ],
    ['id not a slug', mutate((d) => (d.people[0].id = 'Ann Lee')), 'people[0].id', /lower-case slugs/],
    ['talk without topics', mutate((d) => (d.talks[0].topics = [])), 'talks[0].topics', /at least one topic/],
    ['wrong type', mutate((d) => (d.people[0].name = 42)), 'people[0].name', /expected string/i],
  ])('%s', (_what, doc, path, message) => {
    const found = problems('bad.yaml', doc);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'bad.yaml', path, message: expect.stringMatching(message) }),
      ]),
    );
  });

  it('reports YAML syntax errors with line and column, and empty files', () => {
    const syntax = problems('broken.yaml', 'source:\n  id: doc\n   title: [unclosed\n');
    expect(syntax[0]).toMatchObject({
      file: 'broken.yaml',
      path: expect.stringMatching(/^line \d+, column \d+$/),
      message: expect.stringMatching(/invalid YAML/),
    });
    expect(problems('empty.yaml', '   \n')).toEqual([
      { file: 'empty.yaml', path: '', message: 'file is empty' },
    ]);
    expect(problems('list.yaml', '- a\n- b\n')[0]!.message).toMatch(/expected a mapping/);
  });

  it('checks across files: source ids are unique and re-declared entities must agree', () => {
    const first = parseSeedText('a.yaml', YAML.stringify(base)).data!;
    const other = { file: 'a.yaml', sha256: 'a', data: first };
    const sameSource = problems(
      'b.yaml',
      mutate(() => {}),
      [other],
    );
    expect(sameSource).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'b.yaml',
          path: 'source.id',
          message: expect.stringMatching(/already used by a\.yaml/),
        }),
      ]),
    );
    const conflict = problems(
      'b.yaml',
      {
        source: { id: 'doc-2', title: 'Doc 2', kind: 'report' },
        people: [{ id: 'ann-lee', name: 'Anne Lee', familyName: 'Lee', at: 'p9' }],
      },
      [other],
    );
    expect(conflict).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        path: 'people[0].name',
        message: expect.stringMatching(/"Anne Lee" here but "Ann Lee" in a\.yaml/),
      }),
    ]);
    const agreeing = problems(
      'b.yaml',
      {
        source: { id: 'doc-2', title: 'Doc 2', kind: 'report' },
        people: [{ id: 'ann-lee', name: 'Ann Lee', familyName: 'Lee', aliases: ['A. Lee'], at: 'p9' }],
      },
      [other],
    );
    expect(agreeing).toEqual([]);
  });
});

describe('quotes are checked against the source text stored beside the seed files', () => {
  const stored = 'Ann LEE, chief of the\n  Meeting, spoke on the leaf topic.';
  const withQuotes = mutate((d) => {
    d.people[0].quote = 'Ann LEE, chief of the Meeting';
    d.talks[0].quote = 'spoke on the leaf topic';
  });
  const data = () => parseSeedText('q.yaml', YAML.stringify(withQuotes)).data!;

  it('accepts quotes that occur in the text, whatever its line breaks', () => {
    expect(checkQuotes('q.yaml', data(), stored)).toEqual([]);
  });

  it('names each quote that does not occur, with its path', () => {
    const p = checkQuotes('q.yaml', data(), 'Ann LEE spoke.');
    expect(p.map((x) => x.path)).toEqual(['people[0].quote', 'talks[0].quote']);
    expect(p[0]!.message).toMatch(/does not occur in sources\/doc\.txt/);
  });

  it('requires the stored text when a file has quotes, and not otherwise', () => {
    expect(checkQuotes('q.yaml', data(), undefined)).toEqual([
      expect.objectContaining({
        path: 'source.id',
        message: expect.stringMatching(/sources\/doc\.txt is missing/),
      }),
    ]);
    expect(checkQuotes('q.yaml', parseSeedText('b.yaml', YAML.stringify(base)).data!, undefined)).toEqual([]);
  });

  it('ignores the review notes of a draft', () => {
    const draft = {
      ...withQuotes,
      review: { people: { 'ann-lee': { linked: 'new', quote: 'not in text' } } },
    };
    expect(checkQuotes('q.yaml', parseSeedText('q.yaml', YAML.stringify(draft)).data!, stored)).toEqual([]);
  });
});
