import { bumpGraphVersion } from '../../src/neo4j/graph-version';
import { startApi, TEST_TOKEN, type Api } from '../support/api';

/**
 * Paged lists whose counts are kept per data version, and talks on a topic read by walking the date index
 * (src/graphql/cypher/list-query.ts): every page is the one the plain sort gives, undated talks and ties
 * included, each request is one query, and a total is exact right after a write.
 */
describe('paged lists: kept totals and the date-index walk (real Neo4j)', () => {
  let api: Api;
  const auth = { authorization: `Bearer ${TEST_TOKEN}` };

  // A topic tree of its own: walk-root <- walk-a <- walk-a1, walk-root <- walk-b; walk-other apart.
  // 45 talks on the tree (some on two of its topics, 5 undated, dates with ties), 15 on walk-other.
  const TREE = `
    CREATE (root:Topic {id: 'walk-root', name: 'Walk root', aliases: [], sources: ['list-test']})
    CREATE (a:Topic {id: 'walk-a', name: 'Walk A', aliases: [], sources: ['list-test']})-[:BROADER]->(root)
    CREATE (:Topic {id: 'walk-a1', name: 'Walk A1', aliases: [], sources: ['list-test']})-[:BROADER]->(a)
    CREATE (:Topic {id: 'walk-b', name: 'Walk B', aliases: [], sources: ['list-test']})-[:BROADER]->(root)
    CREATE (:Topic {id: 'walk-other', name: 'Walk other', aliases: [], sources: ['list-test']})
    WITH 1 AS one
    UNWIND range(0, 59) AS i
    MATCH (t1:Topic {id: CASE WHEN i >= 45 THEN 'walk-other' ELSE ['walk-root', 'walk-a', 'walk-a1', 'walk-b'][i % 4] END})
    CREATE (t:Talk {id: 'walk-talk-' + toString(1000 + (i * 37) % 60), title: 'Walk talk ' + i, name: 'Walk talk ' + i,
                    aliases: [], sources: ['list-test'],
                    date: CASE WHEN i < 45 AND i % 9 = 4 THEN null ELSE date('2021-03-01') + duration({days: i % 7}) END})
    CREATE (t)-[:ABOUT]->(t1)
    WITH t, i WHERE i < 45 AND i % 5 = 0
    MATCH (t2:Topic {id: 'walk-b'}) MERGE (t)-[:ABOUT]->(t2)
    WITH count(*) AS done
    ${bumpGraphVersion()}`;

  const PAGE = `query($w: TalkFilter, $o: TalkOrder, $first: Int, $after: String) {
    talks(where: $w, orderBy: $o, first: $first, after: $after) { totalCount nodes { id date } pageInfo { hasNextPage endCursor } } }`;

  /** Every page of a list, one request each; checks each request is one query and the total on every page. */
  async function allPages(where: Record<string, unknown>, direction: 'ASC' | 'DESC', first: number) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const before = api.service.db.roundTrips;
      const { talks }: any = await api.data(PAGE, {
        w: where,
        o: { field: 'DATE', direction },
        first,
        after,
      });
      expect(api.service.db.roundTrips - before).toBe(1);
      ids.push(...talks.nodes.map((n: { id: string }) => n.id));
      totals.add(talks.totalCount);
      if (!talks.pageInfo.hasNextPage) break;
      after = talks.pageInfo.endCursor;
    }
    return { ids, totals: [...totals] };
  }

  /** The order the plain sort gives (Cypher: nulls last ascending, first descending; ties by id). */
  async function expected(topic: string, narrower: boolean, direction: 'ASC' | 'DESC', extra = '') {
    const rows = await api.service.db.query<{ id: string }>(
      `MATCH (:Topic {id: $topic})<-[:BROADER*0..${narrower ? 10 : 0}]-(:Topic)<-[:ABOUT]-(n:Talk) ${extra}
       WITH DISTINCT n ORDER BY n.date ${direction}, n.id RETURN n.id AS id`,
      { topic },
    );
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    api = await startApi();
    const r = await api.gql(
      `mutation { createSource(input: { id: "list-test", title: "List test notes", type: "other" }) { id } }`,
      {},
      auth,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    await api.service.db.mutate(TREE);
  });
  afterAll(() => api?.stop());

  it.each([
    ['ASC', 2],
    ['DESC', 2],
    ['ASC', 20],
    ['DESC', 7],
  ] as const)(
    'pages talks on a topic and its narrower ones, %s by %i: same as the plain sort, undated included',
    async (dir, first) => {
      const want = await expected('walk-root', true, dir);
      expect(want).toHaveLength(45);
      // Twice: the first time counts (and keeps the counts), the second walks the date index where it pays.
      for (let round = 0; round < 2; round++) {
        const { ids, totals } = await allPages({ topic: 'walk-root', includeNarrower: true }, dir, first);
        expect(ids).toEqual(want);
        expect(totals).toEqual([45]);
      }
    },
  );

  it('pages talks on one topic only, and with a date range as well', async () => {
    for (const dir of ['ASC', 'DESC'] as const) {
      const want = await expected('walk-b', false, dir);
      for (let round = 0; round < 2; round++) {
        const { ids, totals } = await allPages({ topic: 'walk-b', includeNarrower: false }, dir, 3);
        expect(ids).toEqual(want);
        expect(totals).toEqual([want.length]);
      }
      const ranged = await expected(
        'walk-root',
        true,
        dir,
        `WHERE n.date >= date('2021-03-03') AND n.date <= date('2021-03-05')`,
      );
      for (let round = 0; round < 2; round++) {
        const { ids } = await allPages(
          { topic: 'walk-root', includeNarrower: true, from: '2021-03-03', to: '2021-03-05' },
          dir,
          2,
        );
        expect(ids).toEqual(ranged);
      }
    }
  });

  it('answers a page whose total is kept in one query, and the total is exact right after writes', async () => {
    const where = { topic: 'walk-root', includeNarrower: true };
    const total = async () =>
      ((await api.data(PAGE, { w: where, first: 1 })) as any).talks.totalCount as number;
    const before = await total();
    for (let i = 1; i <= 3; i++) {
      const r = await api.gql(
        `mutation { recordTalk(input: { id: "walk-new-${i}", title: "New ${i}", speaker: "liu-bei",
           event: "cybersecurity-standards-forum-2020", topics: ["walk-a1"] }, provenance: { source: "list-test" }) { id } }`,
        {},
        auth,
      );
      expect(r.errors).toBeUndefined();
      // The first request after the write counts again (in the same one query), the next reuse it.
      expect(await total()).toBe(before + i);
      const t0 = api.service.db.roundTrips;
      expect(await total()).toBe(before + i);
      expect(api.service.db.roundTrips - t0).toBe(1);
    }
    expect(await expected('walk-root', true, 'ASC')).toHaveLength(before + 3);
  });

  it('keeps the events total per filter and data version: one query, exact after a new event', async () => {
    const EVENTS = `query($from: Date) { events(where: { from: $from }, orderBy: { field: START_DATE, direction: DESC }, first: 2) {
      totalCount edges { node { id } } } }`;
    const count = async (from: string) =>
      ((await api.data(EVENTS, { from })) as any).events.totalCount as number;
    const all = await count('1900-01-01');
    const recent = await count('2020-09-15');
    expect(recent).toBeLessThan(all);
    const t0 = api.service.db.roundTrips;
    expect(await count('1900-01-01')).toBe(all);
    expect(await count('2020-09-15')).toBe(recent);
    expect(api.service.db.roundTrips - t0).toBe(2);
    const r = await api.gql(
      `mutation { createEvent(input: { id: "list-test-event", name: "List test meeting", type: "meeting", startDate: "2024-05-06" },
         provenance: { source: "list-test" }) { id } }`,
      {},
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(await count('1900-01-01')).toBe(all + 1);
    expect(await count('2020-09-15')).toBe(recent + 1);
    expect(await count('2024-06-01')).toBe(0);
  });
});
