import { RELATIONSHIP_TYPES } from '../../src/graph/model';
import { matchFactsOf } from '../../src/graph/source-facts';
import { startApi, type Api } from '../support/api';

/** Source.facts: the relationships a source is the provenance of, as Fact objects, paginated. */
const SOURCE = 'cybersecurity-standards-forum-2020-report';

const FACT_FIELDS = `id type location quote seeded curated properties { name value }
  from { __typename id name } to { __typename id name } source { id }`;

interface Fact {
  id: string;
  type: string;
  location: string | null;
  quote: string | null;
  seeded: boolean;
  curated: boolean;
  properties: { name: string; value: string }[];
  from: { __typename: string; id: string; name: string };
  to: { __typename: string; id: string; name: string };
  source: { id: string };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

describe('Source.facts (real Neo4j, the forum graph)', () => {
  let api: Api;
  /** What the graph holds, read directly with Cypher: every relationship citing the source but MENTIONED_IN. */
  let expected: { id: string; type: string; from: string; to: string }[];
  beforeAll(async () => {
    api = await startApi();
    expected = await api.service.db.query(
      `MATCH (a)-[r]->(b) WHERE r.source = $source AND type(r) <> 'MENTIONED_IN'
       RETURN elementId(r) AS id, type(r) AS type, a.id AS from, b.id AS to`,
      { source: SOURCE },
    );
  });
  afterAll(() => api.stop());

  const all = async (): Promise<Fact[]> =>
    (await api.data(`{ source(id: "${SOURCE}") { facts(first: 100) { nodes { ${FACT_FIELDS} } } } }`)).source
      .facts.nodes;

  it('lists every relationship whose source is the source, and nothing else', async () => {
    const facts = await all();
    expect(expected.length).toBeGreaterThan(40);
    expect(facts).toHaveLength(expected.length);
    const key = (f: { id: string; type: string; from: string; to: string }) =>
      `${f.id} ${f.type} ${f.from} ${f.to}`;
    expect(facts.map((f) => key({ ...f, from: f.from.id, to: f.to.id })).sort()).toEqual(
      expected.map(key).sort(),
    );
    expect(facts.every((f) => f.type !== 'MENTIONED_IN' && f.source.id === SOURCE)).toBe(true);
    expect(facts.every((f) => f.seeded && !f.curated)).toBe(true);
  });

  it('gives each fact its ends, location, quote and own properties', async () => {
    const facts = await all();
    const affiliation = facts.find((f) => f.type === 'AFFILIATED_WITH' && f.from.id === 'liu-xiangang');
    expect(affiliation).toMatchObject({
      from: { __typename: 'Person', id: 'liu-xiangang', name: 'Liu Xiangang' },
      to: { __typename: 'Institution', id: 'tc260' },
      location: 'paragraph 5',
      quote: 'LIU Xiangang, Deputy Secretary General of TC260',
    });
    expect(affiliation!.properties).toEqual([
      { name: 'title', value: 'Deputy Secretary General' },
      { name: 'asOf', value: '2020-09-16' },
    ]);
    const talk = facts.find((f) => f.type === 'GAVE' && f.from.id === 'liu-xiangang');
    expect(talk).toMatchObject({ to: { __typename: 'Talk', id: 'csf-2020-liu-xiangang' }, properties: [] });
    expect(talk!.quote).toContain('introduced the overall situation');
    const emphasis = facts.find((f) => f.type === 'EMPHASISED');
    expect(emphasis!.properties.map((p) => p.name)).toContain('point');
  });

  it('orders facts by paragraph number (paragraph 2 before paragraph 10)', async () => {
    const numbers = (await all())
      .map((f) => /^paragraph (\d+)/.exec(f.location ?? '')?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('pages with first/after and counts, in one database round trip per request', async () => {
    const whole = (await all()).map((f) => f.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const before = api.service.db.roundTrips;
      const { source } = await api.data<{ source: { facts: Page } }>(
        `query($after: String) { source(id: "${SOURCE}") {
          facts(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id } } } } }`,
        { after },
      );
      expect(api.service.db.roundTrips - before).toBe(1);
      const conn: Page = source.facts;
      expect(conn.totalCount).toBe(whole.length);
      expect(conn.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...conn.edges.map((e) => e.node.id));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.edges).toHaveLength(7);
      after = conn.pageInfo.endCursor;
      expect(conn.edges[6]!.cursor).toBe(after);
    }
    expect(pages).toBe(Math.ceil(whole.length / 7));
    expect(seen).toEqual(whole);
  });

  it("finds a source's facts by one index seek per relationship type, never a scan of every relationship", async () => {
    const operators = async (cypher: string) => {
      const plan = await api.service.db.read(
        async (tx) => (await tx.run(`EXPLAIN ${cypher}`, { s: SOURCE })).summary.plan,
      );
      const found: string[] = [];
      const walk = (p: typeof plan) => {
        if (!p) return;
        found.push(p.operatorType);
        p.children.forEach(walk);
      };
      walk(plan);
      return found;
    };
    // As retraction and export use it (a parameter), and as Source.facts does (the source node's id).
    for (const cypher of [
      `${matchFactsOf('$s', 'r')} RETURN r`,
      `MATCH (n:Source {id: $s}) ${matchFactsOf('n.id', 'r', ['n'])} RETURN r`,
    ]) {
      const ops = await operators(cypher);
      expect(ops.filter((o) => /RelationshipIndexSeek/.test(o))).toHaveLength(RELATIONSHIP_TYPES.length);
      expect(ops.filter((o) => /Relationship.*Scan|AllNodesScan/.test(o))).toEqual([]);
    }
    const [row] = await api.service.db.query<{ n: number }>(
      `${matchFactsOf('$s', 'r')} RETURN count(r) AS n`,
      { s: SOURCE },
    );
    expect(row?.n).toBe(expected.length);
  });

  it('is empty for a source with no facts, and refuses a cursor it did not issue', async () => {
    const db = api.service.db;
    await db.mutate(`CREATE (:Source {id: 'empty-source', name: 'Empty', title: 'Empty', kind: 'other'})`);
    const { source } = await api.data(
      '{ source(id: "empty-source") { facts { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(source.facts).toEqual({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    const bad = await api.gql(`{ source(id: "${SOURCE}") { facts(after: "nope") { totalCount } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
