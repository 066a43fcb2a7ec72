import { startApi, TEST_TOKEN, type Api } from '../support/api';
import { testDatabase } from '../support/db';

/**
 * Dashboard aggregates are kept per data version: a repeated request costs one version read, and a write
 * (through the API, or by another process that bumps the version as the seed and curate commands do)
 * makes the next answer exact. Never a stale answer, also while reads and writes run concurrently.
 */
describe('stats kept per data version (real Neo4j)', () => {
  let api: Api;
  const auth = { authorization: `Bearer ${TEST_TOKEN}` };
  const DASHBOARD = `{ stats { talksPerTopic(first: 50) { topic { id } count } nodesPerKind { kind count } } }`;
  const talksOn = (d: any, topic: string) =>
    d.stats.talksPerTopic.find((x: any) => x.topic.id === topic)?.count ?? 0;
  const talks = (d: any) => d.stats.nodesPerKind.find((x: any) => x.kind === 'TALK').count as number;
  let n = 0;
  const recordTalk = async () => {
    n++;
    const r = await api.gql(
      `mutation { recordTalk(input: { id: "cache-talk-${n}", title: "Talk ${n}", type: "talk", speaker: "liu-bei",
         event: "cybersecurity-standards-forum-2020", topics: ["ai-security"] }, provenance: { source: "cache-test" }) { id } }`,
      {},
      auth,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };

  beforeAll(async () => {
    api = await startApi();
    const r = await api.gql(
      `mutation { createSource(input: { id: "cache-test", title: "Cache test notes", type: "other" }) { id } }`,
      {},
      auth,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  });
  afterAll(() => api?.stop());

  it('answers a repeated dashboard request from the cache: one version read instead of the aggregates', async () => {
    const db = api.service.db;
    const cold = await api.data(DASHBOARD);
    const t0 = db.roundTrips;
    const warm = await api.data(DASHBOARD);
    expect(warm).toEqual(cold);
    expect(db.roundTrips - t0).toBe(1);
  });

  it('recomputes after a write through the API, with the write in the answer', async () => {
    const before = await api.data(DASHBOARD);
    await recordTalk();
    const after = await api.data(DASHBOARD);
    expect(talks(after)).toBe(talks(before) + 1);
    expect(talksOn(after, 'ai-security')).toBe(talksOn(before, 'ai-security') + 1);
  });

  it('keeps answers apart by selection and arguments', async () => {
    const few = await api.data(`{ stats { talksPerTopic(first: 1) { topic { id } count } } }`);
    const named = await api.data(`{ stats { talksPerTopic(first: 1) { topic { id name } count } } }`);
    expect(few.stats.talksPerTopic).toHaveLength(1);
    expect(few.stats.talksPerTopic[0].topic.name).toBeUndefined();
    expect(typeof named.stats.talksPerTopic[0].topic.name).toBe('string');
  });

  it('lets concurrent identical requests share one computation per aggregate', async () => {
    await recordTalk(); // a new version: the next requests miss
    const db = api.service.db;
    const t0 = db.roundTrips;
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.data(DASHBOARD)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // 10 version reads, and each of the two aggregates computed once.
    expect(db.roundTrips - t0).toBe(12);
  });

  // Before the interleaving test: readers racing its commits start a settle time (nothing kept for 1 s).
  it('keeps the talk matrix per data version too, and recomputes it after a write', async () => {
    const MATRIX = `{ talkMatrix(rollUp: false) { talkCount rows { topic { id } count } } }`;
    const cold = await api.data(MATRIX);
    const t0 = api.service.db.roundTrips;
    expect(await api.data(MATRIX)).toEqual(cold);
    expect(api.service.db.roundTrips - t0).toBe(1); // the version read
    await recordTalk();
    const after = await api.data(MATRIX);
    const on = (d: any) => d.talkMatrix.rows.find((r: any) => r.topic.id === 'ai-security')?.count ?? 0;
    expect(after.talkMatrix.talkCount).toBe(cold.talkMatrix.talkCount + 1);
    expect(on(after)).toBe(on(cold) + 1);
  });

  it('never answers stale while reads and writes interleave', async () => {
    const base = talks(await api.data(DASHBOARD));
    let stop = false;
    const seen: number[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) seen.push(talks(await api.data(DASHBOARD)));
    });
    try {
      for (let i = 1; i <= 8; i++) {
        await recordTalk();
        // Any request that starts after the write has committed must include it.
        expect(talks(await api.data(DASHBOARD))).toBe(base + i);
      }
    } finally {
      stop = true;
      await Promise.all(readers);
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) expect(s).toBeGreaterThanOrEqual(base);
    for (const s of seen) expect(s).toBeLessThanOrEqual(base + 8);
  });

  // Last: another process's write starts a settle time in which nothing is kept.
  it('recomputes after another process writes and bumps the version, as the seed and curate commands do', async () => {
    const before = await api.data(DASHBOARD);
    await api.data(DASHBOARD); // warm
    const other = testDatabase(); // its own driver: a separate writer, not the service's
    try {
      await other.mutate(
        `CREATE (:Talk {id: 'other-process-talk', name: 'x', title: 'x', sources: ['cache-test'], aliases: []})
         MERGE (v:GraphVersion {id: 'graph'}) SET v.version = coalesce(v.version, 0) + 1`,
      );
    } finally {
      await other.close();
    }
    expect(talks(await api.data(DASHBOARD))).toBe(talks(before) + 1);
    expect(talks(await api.data(DASHBOARD))).toBe(talks(before) + 1);
  });
});
