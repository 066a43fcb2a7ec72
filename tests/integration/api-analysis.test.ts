import { startApi, type Api } from '../support/api';

describe('GraphQL: talks, search, paths, neighbourhood, stats (real Neo4j, seed graph)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.stop());

  it('answers "who spoke on biometrics" through the topic hierarchy, with title, institution, event and source', async () => {
    const { talks } = await api.data(`{
      talks(where: { topic: "biometric-identification" }) {
        totalCount
        nodes {
          title date
          speaker { name }
          speakerAffiliation { title institution { name } }
          event { name }
          provenance { source { id } location }
        }
      }
    }`);
    expect(talks).toEqual({
      totalCount: 1,
      nodes: [
        {
          title: 'Face recognition security and standardisation practice',
          date: '2020-09-16',
          speaker: { name: 'Jiang Zengzeng' },
          speakerAffiliation: { title: 'Standardisation Expert', institution: { name: 'Tencent' } },
          event: { name: 'Cybersecurity Standards Forum 2020' },
          provenance: {
            source: { id: 'cybersecurity-standards-forum-2020-report' },
            location: 'paragraph 5',
          },
        },
      ],
    });
    const direct = await api.data(
      `{ talks(where: { topic: "biometric-identification", includeNarrower: false }) { totalCount } }`,
    );
    expect(direct.talks.totalCount).toBe(0);
  });

  it('filters talks by speaker, institution (with units), event (with parts) and dates; sorts by speaker', async () => {
    const d = await api.data(`{
      bySpeaker: talks(where: { speaker: "hu-ying" }) { nodes { id } }
      byInstitution: talks(where: { institution: "china-mobile" }) { nodes { speaker { id } } }
      byWeek: talks(where: { event: "china-cybersecurity-week-2020" }) { totalCount }
      before: talks(where: { to: "2020-09-15" }) { totalCount }
      onDay: talks(where: { from: "2020-09-16", to: "2020-09-16" }) { totalCount }
      bySpeakerName: talks(first: 100, orderBy: { field: SPEAKER }) { nodes { speaker { name } } }
      all: talks(where: { topic: "cybersecurity" }) { totalCount }
    }`);
    expect(d.bySpeaker.nodes).toEqual([{ id: 'csf-2020-hu-ying' }]);
    expect(d.byInstitution.nodes).toEqual([{ speaker: { id: 'yuan-jie' } }]);
    expect(d.byWeek.totalCount).toBe(8);
    expect(d.before.totalCount).toBe(0);
    expect(d.onDay.totalCount).toBe(8);
    const names = d.bySpeakerName.nodes.map((t: any) => t.speaker.name);
    expect(names).toEqual([...names].sort());
    expect(d.all.totalCount).toBe(8);
  });

  it.each([
    ['TC260', 'tc260'],
    ['tc 260', 'tc260'],
    ['TC-260', 'tc260'],
    ['National Information Security Standardisation Technical Committee', 'tc260'],
    ['national information security', 'tc260'],
    ['CESI', 'cesi'],
    ['biometr', 'biometric-identification'],
    ['Jiang', 'jiang-zengzeng'],
    ['Zhengzhou', 'zhengzhou'],
  ])('search "%s" ranks %s first', async (text, id) => {
    const { search } = await api.data(
      `query($t: String!) { search(text: $t) { score kind matched entity { id name } } }`,
      { t: text },
    );
    expect(search[0]?.entity.id).toBe(id);
    const scores = search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('search filters by kind and limits hits', async () => {
    const { people, many } = await api.data(`{
      people: search(text: "Liu", kinds: [PERSON]) { kind entity { id } }
      many: search(text: "security", first: 3) { entity { id } }
    }`);
    expect(people.map((h: any) => h.entity.id).sort()).toEqual(['liu-bei', 'liu-xiangang']);
    expect(people.every((h: any) => h.kind === 'PERSON')).toBe(true);
    expect(many).toHaveLength(3);
  });

  it.each(['tc260" OR *:*', '(((', 'AND OR NOT', 'name:tc260~', '\\', '*', 'tc260^999 || x', 'a/b[c]{d}'])(
    'search treats Lucene syntax in %j as text: no error, no injection',
    async (text) => {
      const r = await api.gql(`query($t: String!) { search(text: $t) { entity { id } } }`, { t: text });
      if (r.errors) {
        expect(r.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors[0]!.message).not.toMatch(/lucene|neo4j|cypher|parse/i);
      } else {
        // "*:*" would match everything if it reached Lucene as syntax.
        expect(r.data!.search.length).toBeLessThan(10);
      }
    },
  );

  it('connection: the shortest path from the Tencent speaker to TC260, with typed edges and provenance', async () => {
    const { connection } = await api.data(`{
      connection(from: "jiang-zengzeng", to: "tc260") { length nodes { key kind name } edges { type from to source location } }
    }`);
    expect(connection.length).toBeGreaterThanOrEqual(1);
    const path = connection[0];
    expect(path.length).toBe(3);
    expect(path.nodes[0].key).toBe('Person:jiang-zengzeng');
    expect(path.nodes[path.nodes.length - 1].key).toBe('Institution:tc260');
    expect(path.edges.map((e: any) => e.type)).toEqual(['GAVE', 'AT', 'ORGANISED']);
    expect(
      path.edges.every((e: any) => e.source === 'cybersecurity-standards-forum-2020-report' && e.location),
    ).toBe(true);
  });

  it('connection validates its arguments', async () => {
    const unknown = await api.gql(`{ connection(from: "nobody", to: "tc260") { length } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
    const hops = await api.gql(`{ connection(from: "liu-bei", to: "tc260", maxHops: 40) { length } }`);
    expect(hops.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const kind = await api.gql(
      `{ connection(from: "Person:liu-bei", to: "Institution:tc260", maxHops: 1) { length } }`,
    );
    expect(kind.data?.connection).toEqual([]);
    const same = await api.gql(`{ connection(from: "tc260", to: "Institution:tc260") { length } }`);
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('neighbourhood: nearest nodes first, edges among them only, truncation flagged', async () => {
    const { small, wide } = await api.data(`{
      small: neighbourhood(id: "tc260", depth: 1) { truncated nodes { key entity { __typename name } } edges { type from to } }
      wide: neighbourhood(id: "tc260", depth: 3, limit: 5) { truncated nodes { key } edges { from to } }
    }`);
    const keys = small.nodes.map((n: any) => n.key);
    expect(keys[0]).toBe('Institution:tc260');
    expect(keys).toEqual(
      expect.arrayContaining(['Person:liu-xiangang', 'Event:cybersecurity-standards-forum-2020']),
    );
    expect(small.truncated).toBe(false);
    for (const e of small.edges) {
      expect(keys).toContain(e.from);
      expect(keys).toContain(e.to);
    }
    expect(wide.nodes).toHaveLength(5);
    expect(wide.truncated).toBe(true);
    const bad = await api.gql(`{ neighbourhood(id: "tc260", depth: 9) { truncated } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });

  it('neighbourhood edges carry the fields asked for, provenance included, and the same edges either way', async () => {
    const { plain, withProvenance } = await api.data(`{
      plain: neighbourhood(id: "tc260", depth: 1) { edges { type from to } }
      withProvenance: neighbourhood(id: "tc260", depth: 1) { edges { type from to source location quote label } }
    }`);
    const pairs = (edges: any[]) => [...new Set(edges.map((e) => `${e.type} ${e.from} ${e.to}`))].sort();
    expect(pairs(withProvenance.edges)).toEqual(pairs(plain.edges));
    expect(plain.edges.every((e: any) => Object.keys(e).length === 3)).toBe(true);
    expect(withProvenance.edges.some((e: any) => e.source && e.location)).toBe(true);
  });

  it('stats: talks per topic (with roll-up), institution, event; events per year; counts', async () => {
    const { stats } = await api.data(`{
      stats {
        direct: talksPerTopic { topic { id } count }
        rolled: talksPerTopic(rollUp: true) { topic { id } count }
        talksPerInstitution { institution { id } count }
        talksPerEvent { event { id } count }
        eventsPerYear { year count }
        nodesPerKind { kind count }
        relationshipsPerType { type count }
      }
    }`);
    const direct = Object.fromEntries(stats.direct.map((r: any) => [r.topic.id, r.count]));
    const rolled = Object.fromEntries(stats.rolled.map((r: any) => [r.topic.id, r.count]));
    expect(direct['face-recognition']).toBe(1);
    expect(direct['cybersecurity']).toBeUndefined();
    expect(rolled['cybersecurity']).toBe(8);
    expect(rolled['biometric-identification']).toBe(1);
    expect(stats.talksPerEvent).toEqual([{ event: { id: 'cybersecurity-standards-forum-2020' }, count: 8 }]);
    expect(stats.talksPerInstitution).toHaveLength(8);
    expect(stats.eventsPerYear).toEqual([{ year: 2020, count: 2 }]);
    expect(stats.nodesPerKind).toEqual(
      expect.arrayContaining([
        { kind: 'PERSON', count: 10 },
        { kind: 'TALK', count: 8 },
      ]),
    );
    expect(stats.relationshipsPerType).toEqual(expect.arrayContaining([{ type: 'GAVE', count: 8 }]));
  });

  it('reads Neo4j once per root field however many rows and levels come back (no N+1)', async () => {
    const nested = `{
      events(first: 100) { nodes { talks { speaker { affiliations { institution { units { id } people { person { talks { topics { ancestors { id } } } } } } } } topics { narrower { id } } } organisers { institution { id } } } }
    }`;
    const before = api.service.db.roundTrips;
    await api.data(nested);
    expect(api.service.db.roundTrips - before).toBe(1);
    const two = api.service.db.roundTrips;
    await api.data(
      `{ people(first: 100) { nodes { talks { id } } } topics(first: 100) { nodes { talks(includeNarrower: true) { speaker { name } } } } }`,
    );
    expect(api.service.db.roundTrips - two).toBe(2);
  });

  it('looks up the ends of a path, the centre of a neighbourhood and a talk filter in the same query', async () => {
    const cases = [
      `{ connection(from: "jiang-zengzeng", to: "tc260") { length } }`,
      `{ neighbourhood(id: "tc260", depth: 2) { truncated } }`,
      `{ talks(where: { topic: "biometric-identification", speaker: "jiang-zengzeng" }) { totalCount nodes { id } } }`,
    ];
    for (const query of cases) {
      const before = api.service.db.roundTrips;
      await api.data(query);
      expect({ query, roundTrips: api.service.db.roundTrips - before }).toEqual({ query, roundTrips: 1 });
    }
    const { onTopicBySpeaker, otherSpeaker } = await api.data(`{
      onTopicBySpeaker: talks(where: { topic: "biometric-identification", speaker: "jiang-zengzeng" }) { totalCount nodes { id } }
      otherSpeaker: talks(where: { topic: "biometric-identification", speaker: "hu-ying" }) { totalCount nodes { id } }
    }`);
    expect(onTopicBySpeaker).toEqual({ totalCount: 1, nodes: [{ id: 'csf-2020-jiang-zengzeng' }] });
    expect(otherSpeaker).toEqual({ totalCount: 0, nodes: [] });
  });

  it('sends cache hints for reads', async () => {
    const r = await api.gql('{ topics { totalCount } }');
    expect(r.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });
});
