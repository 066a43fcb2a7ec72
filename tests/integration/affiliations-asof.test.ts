import path from 'node:path';
import YAML from 'yaml';
import { exportSource } from '../../src/graph/seed/export';
import { planSeeds } from '../../src/graph/seed/plan';
import { parseSeedText } from '../../src/graph/seed/read';
import { startApi, type Api } from '../support/api';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'affiliations', 'seeds');

type Aff = { title: string; asOf: string | null; from: string | null; to: string | null };
const titles = (affs: { title: string; person?: { id: string } }[]) =>
  affs.map((a) => (a.person ? `${a.person.id}: ${a.title}` : a.title));

describe('time-bounded affiliations: from/to, and titles as of a date (real Neo4j)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, FIXTURE);
  });
  afterAll(() => api.stop());

  it('serves from and to beside asOf', async () => {
    const { person } = await api.data<{ person: { affiliations: Aff[] } }>(
      `{ person(id: "zhao-ming") { affiliations { title asOf from to } } }`,
    );
    expect(person.affiliations).toEqual(
      expect.arrayContaining([
        { title: 'Deputy Secretary General', asOf: '2020-09-16', from: '2018-03-01', to: '2020-12-31' },
        { title: 'Secretary General', asOf: null, from: '2021-01-01', to: null },
        { title: 'Engineer', asOf: '2016-05-01', from: null, to: null },
      ]),
    );
    expect(person.affiliations).toHaveLength(3);
  });

  it('answers "who held which title at TC260 in mid-2020" with Institution.people(asOf)', async () => {
    const q = `query ($d: Date) { institution(id: "tc260") { people(asOf: $d) { title person { id } } } }`;
    const at = async (d: string) => titles((await api.data<any>(q, { d })).institution.people).sort();
    // Zhao Ming's dated Deputy Secretary General covers the day and outranks his undated "Engineer";
    // Sun Hua's undated title holds as no dated one of hers does.
    expect(await at('2020-06-30')).toEqual([
      'sun-hua: Secretary General',
      'zhao-ming: Deputy Secretary General',
    ]);
    // 2022: Zhao Ming's open-ended Secretary General; Sun Hua's dated Adviser replaces her undated title.
    expect(await at('2022-01-01')).toEqual(['sun-hua: Adviser', 'zhao-ming: Secretary General']);
    // Before any dated affiliation of Zhao Ming's, the undated one is all there is.
    expect(await at('2017-01-01')).toEqual(['sun-hua: Secretary General', 'zhao-ming: Engineer']);
    // The bounds are inclusive.
    expect(await at('2020-12-31')).toContain('zhao-ming: Deputy Secretary General');
    expect(await at('2021-01-01')).toContain('zhao-ming: Secretary General');
    expect(await at('2021-01-01')).not.toContain('zhao-ming: Deputy Secretary General');
    // Without asOf: every affiliation, whatever its dates.
    const all = await api.data<any>(`{ institution(id: "tc260") { people { title } } }`);
    expect(all.institution.people).toHaveLength(5);
  });

  it('gives Person.affiliations(asOf) the same rule', async () => {
    const { a, b } = await api.data<any>(
      `{ a: person(id: "sun-hua") { affiliations(asOf: "2020-10-01") { title } }
         b: person(id: "sun-hua") { affiliations(asOf: "2021-06-01") { title } } }`,
    );
    expect(titles(a.affiliations)).toEqual(['Secretary General']);
    expect(titles(b.affiliations)).toEqual(['Adviser']);
  });

  it("gives each talk the speaker's title as of the talk's date", async () => {
    const { talks } = await api.data<any>(
      `{ talks(first: 10) { nodes { id date speakerAffiliation { title institution { id } }
           speakerAffiliations { title from to institution { id } } } } }`,
    );
    const byId = Object.fromEntries(talks.nodes.map((t: any) => [t.id, t]));
    expect(byId['sf-2020-zhao-ming'].speakerAffiliations).toEqual([
      {
        title: 'Deputy Secretary General',
        from: '2018-03-01',
        to: '2020-12-31',
        institution: { id: 'tc260' },
      },
    ]);
    expect(byId['plenary-2022-zhao-ming'].speakerAffiliation).toEqual({
      title: 'Secretary General',
      institution: { id: 'tc260' },
    });
    // An undated affiliation with nothing dated beside it holds on the talk's date.
    expect(byId['sf-2020-wu-fang'].speakerAffiliation).toEqual({
      title: 'Director',
      institution: { id: 'test-lab' },
    });
  });

  it('refuses a bad asOf argument with BAD_USER_INPUT', async () => {
    const r = await api.gql(`{ institution(id: "tc260") { people(asOf: "2020-02-30") { title } } }`);
    expect(r.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(r.errors?.[0]?.message).toMatch(/calendar date/);
  });

  it('exports from and to back to the seed format', async () => {
    const doc = (await exportSource(api.service.db, 'affiliations-plenary-2022')) as any;
    expect(doc.affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: 'zhao-ming', title: 'Secretary General', from: '2021-01-01' }),
        expect.objectContaining({ person: 'sun-hua', title: 'Adviser', from: '2021-06-01' }),
      ]),
    );
    const forum = (await exportSource(api.service.db, 'affiliations-forum-2020')) as any;
    expect(forum.affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: 'zhao-ming',
          from: '2018-03-01',
          to: '2020-12-31',
          asOf: '2020-09-16',
        }),
      ]),
    );
  });
});

describe('seed files: affiliation dates are checked', () => {
  const file = (affiliation: Record<string, unknown>) => {
    const doc = {
      source: { id: 'doc', title: 'Doc', kind: 'report' },
      institutions: [{ id: 'inst', name: 'Inst', at: 'p1' }],
      people: [{ id: 'ann-lee', name: 'Ann Lee', familyName: 'Lee', at: 'p1' }],
      affiliations: [{ person: 'ann-lee', institution: 'inst', at: 'p1', ...affiliation }],
    };
    const parsed = parseSeedText('a.yaml', YAML.stringify(doc));
    if (parsed.problems.length) return parsed.problems.map((p) => JSON.stringify(p));
    return planSeeds([{ file: 'a.yaml', sha256: 'x', data: parsed.data! }]).problems.map((p) =>
      JSON.stringify(p),
    );
  };

  it('accepts from and to, either alone or both', () => {
    expect(file({ from: '2019-01-01', to: '2020-01-01' })).toEqual([]);
    expect(file({ to: '2020-01-01' })).toEqual([]);
  });

  it('refuses to before from, and a date that does not exist, naming the path', () => {
    expect(file({ from: '2021-01-01', to: '2020-01-01' }).join('\n')).toMatch(
      /affiliations\[0\]\.to.*to is before from/,
    );
    expect(file({ from: '2021-02-29' }).join('\n')).toMatch(/affiliations\[0\]\.from.*calendar date/);
  });
});
