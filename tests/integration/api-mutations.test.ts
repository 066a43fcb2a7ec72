import { startApi, TEST_TOKEN, type Api } from '../support/api';

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };
const SRC = 'curation-test-source';

describe('GraphQL mutations: auth, validation, writes with provenance (real Neo4j)', () => {
  let api: Api;
  const write = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, AUTH);

  beforeAll(async () => {
    api = await startApi();
    const r = await write(
      `mutation { createSource(input: { id: "${SRC}", title: "Curation notes", type: "report", published: "2021-03-01" }) { id published } }`,
    );
    expect(r.data).toEqual({ createSource: { id: SRC, published: '2021-03-01' } });
  });
  afterAll(() => api.stop());

  const countNodes = async () =>
    (await api.service.db.query<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n;

  describe('auth', () => {
    const mutation = `mutation { addAlias(kind: TOPIC, id: "ai-security", alias: "machine learning security", provenance: { source: "${SRC}" }) { id } }`;

    it('refuses a mutation without a token (UNAUTHENTICATED) and with a wrong one', async () => {
      const none = await api.gql(mutation);
      expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await api.gql(mutation, {}, { authorization: 'Bearer wrong-token-wrong-token' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const basic = await api.gql(mutation, {}, { authorization: `Basic ${TEST_TOKEN}` });
      expect(basic.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const { topic } = await api.data(`{ topic(id: "ai-security") { aliases } }`);
      expect(topic.aliases).not.toContain('machine learning security');
    });

    it('disables mutations entirely (FORBIDDEN) when no token is configured', async () => {
      const { startService } = await import('../../src/service');
      const { testConfig } = await import('../support/db');
      const { silentLogger } = await import('../../src/logging/logger');
      const open = await startService(testConfig({ SEED_ON_START: 'false' }), silentLogger);
      try {
        const res = await fetch(open.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...AUTH },
          body: JSON.stringify({ query: mutation }),
        });
        const body = (await res.json()) as any;
        expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
        expect(body.errors[0].message).toMatch(/API_TOKEN/);
      } finally {
        await open.stop();
      }
    });
  });

  it('creates a person, institution unit, topic under a topic, event in a place, a talk and an affiliation', async () => {
    const steps = [
      `mutation { createPerson(input: { id: "ada-lovelace", name: "Ada Lovelace", familyName: "Lovelace", givenName: "Ada", aliases: ["Countess of Lovelace"] }, provenance: { source: "${SRC}", location: "page 1" }) { id sources { id } } }`,
      `mutation { createInstitution(input: { id: "tc260-wg7", name: "TC260 Working Group 7", type: "unit", partOf: "tc260" }, provenance: { source: "${SRC}" }) { partOf { id } } }`,
      `mutation { createTopic(input: { id: "voice-recognition", name: "Voice recognition", broader: ["biometric-identification"] }, provenance: { source: "${SRC}" }) { ancestors { id } } }`,
      `mutation { createEvent(input: { id: "standards-workshop-2021", name: "Standards Workshop 2021", type: "workshop", startDate: "2021-03-01", place: "zhengzhou", partOf: "china-cybersecurity-week-2020" }, provenance: { source: "${SRC}" }) { startDate endDate place { id } } }`,
      `mutation { recordTalk(input: { id: "sw-2021-ada", title: "Voice biometrics", type: "keynote", speaker: "ada-lovelace", event: "standards-workshop-2021", topics: ["voice-recognition"] }, provenance: { source: "${SRC}", location: "page 2" }) { date speaker { id } provenance { location source { id } } } }`,
      `mutation { linkAffiliation(input: { person: "ada-lovelace", institution: "tc260-wg7", title: "Convenor", asOf: "2021-03-01" }, provenance: { source: "${SRC}" }) { title asOf institution { id } provenance { source { id } } } }`,
    ];
    for (const s of steps) {
      const r = await write(s);
      expect(r.errors).toBeUndefined();
    }
    const dated = await write(
      `mutation { linkAffiliation(input: { person: "ada-lovelace", institution: "tc260", title: "Member", from: "2019-01-01", to: "2020-12-31" }, provenance: { source: "${SRC}" }) { title from to } }`,
    );
    expect(dated.data).toEqual({
      linkAffiliation: { title: 'Member', from: '2019-01-01', to: '2020-12-31' },
    });
    const { talks } = await api.data(
      `{ talks(where: { topic: "biometric-identification" }) { nodes { id speaker { name } speakerAffiliation { title institution { id } } provenance { location source { id } } } } }`,
    );
    expect(talks.nodes).toEqual(
      expect.arrayContaining([
        {
          id: 'sw-2021-ada',
          speaker: { name: 'Ada Lovelace' },
          speakerAffiliation: { title: 'Convenor', institution: { id: 'tc260-wg7' } },
          provenance: { location: 'page 2', source: { id: SRC } },
        },
      ]),
    );
    const { search } = await api.data(`{ search(text: "Countess of Lovelace") { entity { id } } }`);
    expect(search[0].entity.id).toBe('ada-lovelace');
    const { people } = await api.data(`{ people(where: { institution: "tc260" }) { nodes { id } } }`);
    expect(people.nodes.map((p: any) => p.id)).toEqual(
      expect.arrayContaining(['ada-lovelace', 'liu-xiangang']),
    );
  });

  it('updates entities and adds aliases, recording the source', async () => {
    const r = await write(
      `mutation { updatePerson(id: "liu-bei", input: { honorific: "Ms" }, provenance: { source: "${SRC}", location: "page 3" }) { honorific sources { id } } }`,
    );
    expect(r.data?.updatePerson).toEqual({
      honorific: 'Ms',
      sources: [{ id: SRC }, { id: 'cybersecurity-standards-forum-2020-report' }],
    });
    const alias = await write(
      `mutation { addAlias(kind: INSTITUTION, id: "cesi", alias: "CESI Beijing", provenance: { source: "${SRC}" }) { ... on Institution { aliases } } }`,
    );
    expect(alias.data?.addAlias.aliases).toContain('CESI Beijing');
    const ev = await write(
      `mutation { updateEvent(id: "standards-workshop-2021", input: { endDate: "2021-03-02" }, provenance: { source: "${SRC}" }) { startDate endDate } }`,
    );
    expect(ev.data?.updateEvent).toEqual({ startDate: '2021-03-01', endDate: '2021-03-02' });
    const inst = await write(
      `mutation { updateInstitution(id: "tc260-wg7", input: { name: "TC260 WG7" }, provenance: { source: "${SRC}" }) { name partOf { id } } }`,
    );
    expect(inst.data?.updateInstitution).toEqual({ name: 'TC260 WG7', partOf: { id: 'tc260' } });
    const topic = await write(
      `mutation { updateTopic(id: "voice-recognition", input: { broader: ["face-recognition"] }, provenance: { source: "${SRC}" }) { broader { id } } }`,
    );
    expect(topic.data?.updateTopic).toEqual({ broader: [{ id: 'face-recognition' }] });
  });

  it.each([
    [
      'an unknown speaker',
      `mutation { recordTalk(input: { id: "x-talk", title: "x", speaker: "nobody", event: "cybersecurity-standards-forum-2020", topics: ["ai-security"] }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.speaker',
    ],
    [
      'an unknown topic',
      `mutation { recordTalk(input: { id: "x-talk", title: "x", speaker: "liu-bei", event: "cybersecurity-standards-forum-2020", topics: ["ai-security", "nope"] }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.topics.1',
    ],
    [
      'an unknown source',
      `mutation { createPerson(input: { id: "x-person", name: "X", familyName: "X" }, provenance: { source: "no-such-source" }) { id } }`,
      'BAD_USER_INPUT',
      'provenance.source',
    ],
    [
      'a duplicate id',
      `mutation { createPerson(input: { id: "liu-bei", name: "X", familyName: "X" }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.id',
    ],
    [
      'a malformed id',
      `mutation { createPerson(input: { id: "Not A Slug", name: "X", familyName: "X" }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.id',
    ],
    [
      'an empty name',
      `mutation { createPerson(input: { id: "x-person", name: "  ", familyName: "X" }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.name',
    ],
    [
      'an end before the start',
      `mutation { createEvent(input: { id: "x-event", name: "X", startDate: "2021-05-02", endDate: "2021-05-01" }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.endDate',
    ],
    [
      'an affiliation that ends before it starts',
      `mutation { linkAffiliation(input: { person: "liu-bei", institution: "tc260", from: "2021-05-02", to: "2021-05-01" }, provenance: { source: "${SRC}" }) { title } }`,
      'BAD_USER_INPUT',
      'input.to',
    ],
    [
      'a topic cycle',
      `mutation { updateTopic(id: "cybersecurity", input: { broader: ["face-recognition"] }, provenance: { source: "${SRC}" }) { id } }`,
      'BAD_USER_INPUT',
      'input.broader',
    ],
    [
      'updating a missing entity',
      `mutation { updatePerson(id: "nobody-at-all", input: { name: "X" }, provenance: { source: "${SRC}" }) { id } }`,
      'NOT_FOUND',
      'id',
    ],
    [
      'an alias on a missing entity',
      `mutation { addAlias(kind: TOPIC, id: "nope", alias: "x", provenance: { source: "${SRC}" }) { id } }`,
      'NOT_FOUND',
      'id',
    ],
  ])('rejects %s with %s on %s and writes nothing', async (_what, mutation, code, field) => {
    const before = await countNodes();
    const r = await write(mutation);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(r.errors?.[0]?.message).toContain(field);
    expect(await countNodes()).toBe(before);
  });

  it('rejects an impossible date in variables with BAD_USER_INPUT', async () => {
    const r = await write(
      `mutation($d: Date!) { createEvent(input: { id: "x-event", name: "X", startDate: $d }, provenance: { source: "${SRC}" }) { id } }`,
      { d: '2021-02-30' },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
