import { startApi, type Api } from '../support/api';

const SOURCE = 'cybersecurity-standards-forum-2020-report';

describe('GraphQL: entities, lists, filters, pagination (real Neo4j, seed graph)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.stop());

  it('event(id) with place, parts, organisers by role, talks and provenance', async () => {
    const { event } = await api.data(`{
      event(id: "cybersecurity-standards-forum-2020") {
        name kind type startDate endDate recorded
        place { name locatedIn { name locatedIn { name } } }
        partOf { id startDate endDate }
        organisers { role institution { id name } provenance { location source { id } } }
        sponsors: organisers(role: SPONSORED) { institution { name } }
        talks { id speaker { name } }
        speakers { id }
        emphasised { topic { id } point directive { id } provenance { location } }
        references { directive { name issuedBy { title issuer { __typename ... on Person { name } ... on Institution { name } } } } }
        sources { id published authors { name } }
      }
    }`);
    expect(event).toMatchObject({
      name: 'Cybersecurity Standards Forum 2020',
      kind: 'EVENT',
      type: 'forum',
      startDate: '2020-09-16',
      endDate: '2020-09-16',
      recorded: true,
      place: { name: 'Zhengzhou', locatedIn: { name: 'Henan', locatedIn: { name: 'China' } } },
      partOf: { id: 'china-cybersecurity-week-2020', startDate: '2020-09-14', endDate: '2020-09-20' },
      sponsors: [{ institution: { name: "Zhengzhou Municipal People's Government" } }],
      sources: [{ id: SOURCE, published: '2020-09-28', authors: [{ name: 'Haley Wu' }] }],
    });
    expect(event.organisers.map((o: any) => [o.role, o.institution.id])).toEqual([
      ['SPONSORED', 'zhengzhou-municipal-government'],
      ['ORGANISED', 'tc260'],
      ['CO_ORGANISED', 'cesi'],
    ]);
    expect(event.organisers[1].provenance).toEqual({ location: 'paragraph 2', source: { id: SOURCE } });
    expect(event.talks).toHaveLength(8);
    expect(event.speakers).toHaveLength(8);
    expect(event.emphasised.length).toBeGreaterThanOrEqual(8);
    const issuers = event.references.map((r: any) => r.directive.issuedBy[0]);
    expect(issuers).toEqual(
      expect.arrayContaining([
        { title: 'President', issuer: { __typename: 'Person', name: 'Xi Jinping' } },
        { title: null, issuer: { __typename: 'Institution', name: 'Central Cyberspace Affairs Commission' } },
      ]),
    );
  });

  it('person(id): affiliations with title and provenance, talks, topics', async () => {
    const { person } = await api.data(`{
      person(id: "liu-xiangang") {
        name familyName givenName
        affiliations { title asOf institution { id aliases } provenance { location source { id } } }
        talks { title event { id } topics { id } }
        topics { id }
      }
    }`);
    expect(person).toEqual({
      name: 'Liu Xiangang',
      familyName: 'Liu',
      givenName: 'Xiangang',
      affiliations: [
        {
          title: 'Deputy Secretary General',
          asOf: '2020-09-16',
          institution: { id: 'tc260', aliases: expect.arrayContaining(['TC260']) },
          provenance: { location: 'paragraph 5', source: { id: SOURCE } },
        },
      ],
      talks: [
        {
          title: expect.any(String),
          event: { id: 'cybersecurity-standards-forum-2020' },
          topics: [{ id: 'cybersecurity-standardisation' }],
        },
      ],
      topics: [{ id: 'cybersecurity-standardisation' }],
    });
  });

  it('institution(id): units, people, events by role, talks', async () => {
    const { mobile, tc260 } = await api.data(`{
      mobile: institution(id: "china-mobile") { units { id people { title person { name } } } talks { speaker { name } } }
      tc260: institution(id: "tc260") { type events { role event { id } } organised: events(role: ORGANISED) { event { id } } sponsored: events(role: SPONSORED) { event { id } } }
    }`);
    expect(mobile.units).toEqual([
      {
        id: 'china-mobile-information-security-centre',
        people: [{ title: 'Deputy General Manager', person: { name: 'Yuan Jie' } }],
      },
    ]);
    expect(mobile.talks).toEqual([{ speaker: { name: 'Yuan Jie' } }]);
    expect(tc260).toEqual({
      type: 'standards-body',
      events: [{ role: 'ORGANISED', event: { id: 'cybersecurity-standards-forum-2020' } }],
      organised: [{ event: { id: 'cybersecurity-standards-forum-2020' } }],
      sponsored: [],
    });
  });

  it('topic(id): hierarchy both ways, talks and speakers with narrower topics', async () => {
    const { topic } = await api.data(`{
      topic(id: "biometric-identification") {
        broader { id } narrower { id } ancestors { id }
        direct: talks { id }
        all: talks(includeNarrower: true) { speaker { name } }
        speakers(includeNarrower: true) { name }
        calledForBy { directive { id } point }
      }
    }`);
    expect(topic.broader).toEqual([{ id: 'data-security' }]);
    expect(topic.narrower).toEqual([{ id: 'face-recognition' }]);
    expect(topic.ancestors.map((t: any) => t.id).sort()).toEqual(['cybersecurity', 'data-security']);
    expect(topic.direct).toEqual([]);
    expect(topic.all).toEqual([{ speaker: { name: 'Jiang Zengzeng' } }]);
    expect(topic.speakers).toEqual([{ name: 'Jiang Zengzeng' }]);
    expect(topic.calledForBy[0].directive.id).toBe('ccac-decisions-on-cybersecurity-standardisation');
  });

  it('place, talk, source and directive by id; unknown ids are null', async () => {
    const d = await api.data(`{
      place(id: "henan") { type contains { id } events { id } }
      talk(id: "csf-2020-hu-ying") { type date speaker { honorific name } speakerAffiliation { title institution { id } } provenance { location } }
      source(id: "${SOURCE}") { title type language authors { id } }
      directive(id: "four-perseverances") { issuedBy { issuer { ... on Person { id } } } points { topic { id } } referencedBy { event { id } } }
      missing: person(id: "no-such-person") { id }
    }`);
    expect(d.place).toEqual({
      type: 'province',
      contains: [{ id: 'zhengzhou' }],
      events: [{ id: 'china-cybersecurity-week-2020' }, { id: 'cybersecurity-standards-forum-2020' }],
    });
    expect(d.talk).toEqual({
      type: 'keynote',
      date: '2020-09-16',
      speaker: { honorific: 'Dr', name: 'Hu Ying' },
      speakerAffiliation: { title: null, institution: { id: 'cesi' } },
      provenance: { location: 'paragraph 5' },
    });
    expect(d.source).toEqual({
      title: expect.any(String),
      type: 'news-article',
      language: 'en',
      authors: [{ id: 'haley-wu' }],
    });
    expect(d.directive.issuedBy).toEqual([{ issuer: { id: 'xi-jinping' } }]);
    expect(d.directive.points).toHaveLength(4);
    expect(d.directive.referencedBy).toEqual([{ event: { id: 'cybersecurity-standards-forum-2020' } }]);
    expect(d.missing).toBeNull();
  });

  it('lists filter by name/alias, dates, place, organiser, topic, institution, role', async () => {
    const d = await api.data(`{
      byAlias: institutions(where: { name: "cesi" }) { totalCount nodes { id } }
      roles: institutions(where: { role: CO_ORGANISED }) { nodes { id } }
      inHenan: events(where: { place: "henan" }) { totalCount }
      after15: events(where: { from: "2020-09-15" }) { nodes { id } }
      byOrganiser: events(where: { organiser: "tc260" }) { nodes { id } }
      byTopic: events(where: { topic: "biometric-identification" }) { nodes { id } }
      partOf: events(where: { partOf: "china-cybersecurity-week-2020" }) { nodes { id } }
      tencentPeople: people(where: { institution: "tencent" }) { nodes { id } }
      unitPeople: people(where: { institution: "china-mobile" }) { nodes { id } }
      aiPeople: people(where: { topic: "ai-security" }) { nodes { id } }
      rootTopics: topics(where: { root: true }) { nodes { id } }
      underData: topics(where: { broader: "data-security" }) { nodes { id } }
    }`);
    expect(d.byAlias).toEqual({ totalCount: 1, nodes: [{ id: 'cesi' }] });
    expect(d.roles.nodes).toEqual([{ id: 'cesi' }]);
    expect(d.inHenan.totalCount).toBe(2);
    expect(d.after15.nodes).toEqual([{ id: 'cybersecurity-standards-forum-2020' }]);
    expect(d.byOrganiser.nodes).toEqual([{ id: 'cybersecurity-standards-forum-2020' }]);
    expect(d.byTopic.nodes).toEqual([{ id: 'cybersecurity-standards-forum-2020' }]);
    expect(d.partOf.nodes).toEqual([{ id: 'cybersecurity-standards-forum-2020' }]);
    expect(d.tencentPeople.nodes).toEqual([{ id: 'jiang-zengzeng' }]);
    expect(d.unitPeople.nodes).toEqual([{ id: 'yuan-jie' }]);
    expect(d.aiPeople.nodes).toEqual([{ id: 'hu-ying' }]);
    expect(d.rootTopics.nodes).toEqual([{ id: 'cybersecurity' }]);
    expect(d.underData.nodes.map((t: any) => t.id).sort()).toEqual([
      'biometric-identification',
      'online-platform-data-security',
    ]);
  });

  it('sorts both ways, with a stable order', async () => {
    const d = await api.data(`{
      asc: people(first: 100) { nodes { name } }
      desc: people(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { name } }
      events(orderBy: { field: START_DATE, direction: DESC }) { nodes { id } }
    }`);
    const names = d.asc.nodes.map((p: any) => p.name);
    expect(names).toEqual([...names].sort());
    expect(d.desc.nodes.map((p: any) => p.name)).toEqual([...names].reverse());
    expect(d.events.nodes.map((e: any) => e.id)).toEqual([
      'cybersecurity-standards-forum-2020',
      'china-cybersecurity-week-2020',
    ]);
  });

  it('paginates with cursors: pages cover the list once, last page, empty page, default and cap', async () => {
    const all = (await api.data(`{ topics(first: 100) { totalCount nodes { id } } }`)).topics;
    expect(all.totalCount).toBe(all.nodes.length);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (
        await api.data(
          `query($after: String) { topics(first: 5, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
          { after },
        )
      ).topics;
      pages++;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 1);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(page.edges.length).toBeLessThanOrEqual(5);
        break;
      }
      expect(page.edges).toHaveLength(5);
      expect(page.pageInfo.endCursor).toBe(page.edges[4].cursor);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n: any) => n.id));
    expect(pages).toBe(Math.ceil(all.totalCount / 5));

    const empty = (
      await api.data(`{ topics(first: 0) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`)
    ).topics;
    expect(empty).toEqual({
      totalCount: all.totalCount,
      nodes: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
    const none = (
      await api.data(
        `{ people(where: { name: "zzzz" }) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
      )
    ).people;
    expect(none).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    expect((await api.data(`{ topics { nodes { id } } }`)).topics.nodes).toHaveLength(
      Math.min(20, all.totalCount),
    );
    expect((await api.data(`{ topics(first: 1000) { nodes { id } } }`)).topics.nodes).toHaveLength(
      Math.min(100, all.totalCount),
    );
  });

  it('rejects a bad cursor and a negative page size with BAD_USER_INPUT naming the argument', async () => {
    const bad = await api.gql(`{ events(after: "not-a-cursor") { nodes { id } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = await api.gql(
      `{ events(after: "${Buffer.from('o:-1').toString('base64url')}") { nodes { id } } }`,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await api.gql(`{ events(first: -1) { nodes { id } } }`);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badDate = await api.gql(`{ events(where: { from: "2020-13-01" }) { nodes { id } } }`);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
