import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../../src/graph/seed/loader';
import { TALLY_KINDS, talkKeys } from '../../src/graph/tallies/kinds';
import { ensureTallies, talliesExact } from '../../src/graph/tallies/rebuild';
import { silentLogger } from '../../src/logging/logger';
import { bumpGraphVersion } from '../../src/neo4j/graph-version';
import { startApi, TEST_TOKEN, type Api } from '../support/api';
import { SEEDS_DIR } from '../support/db';

/**
 * Talk tallies (issue 16): the dashboard's counts are kept on write. After every kind of write (seed
 * load and reload, API mutations, merges and their undo, fact and entity deletion, retraction, writes
 * racing each other, a bulk write around the recount) the stored counts must equal a recount from the
 * graph, and the dashboard must answer what the recount says.
 */
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

describe('talk tallies stay exact through every write (real Neo4j)', () => {
  let api: Api;
  let seeds: string;
  const db = () => api.service.db;
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await api.gql(query, variables, auth);
    if (r.errors) throw new Error(JSON.stringify(r.errors, null, 2));
    return r.data as Record<string, any>;
  };

  /** Every count recomputed from the graph by the tally paths: key → distinct talks. */
  const recount = async () => {
    const rows = await db().query<{ key: string; n: number }>(
      TALLY_KINDS.map(
        (k) =>
          `MATCH ${k.path('t', 'x')} WHERE t:Talk RETURN '${k.kind}:' + x.id AS key, count(DISTINCT t) AS n`,
      ).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  };
  const stored = async () => {
    const rows = await db().query<{ key: string; n: number }>(
      'MATCH (s:Tally) RETURN s.key AS key, s.talks AS n',
    );
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  };
  /** Counts equal a recount, each talk's keys equal what the graph says, and readers trust the tallies. */
  const expectExact = async () => {
    expect(await stored()).toEqual(await recount());
    const wrong = await db().query(
      `MATCH (t:Talk) WITH t, ${talkKeys('t')} AS now WHERE coalesce(t.tallies, []) <> now RETURN t.id AS id`,
    );
    expect(wrong).toEqual([]);
    expect(await talliesExact(db())).toBe(true);
  };

  const STATS = `{ stats {
    talksPerTopic(first: 50) { topic { id } count }
    rolledUp: talksPerTopic(first: 50, rollUp: true) { topic { id } count }
    talksPerInstitution(first: 50) { institution { id } count }
    talksPerEvent(first: 50) { event { id } count }
  } }`;
  /** The dashboard's rankings, as key → count, for comparison with the recount's top entries. */
  const dashboard = async () => {
    const s = (await ok(STATS)).stats;
    const pairs = (rows: any[], kind: string, field: string) =>
      rows.map((r: any) => [`${kind}:${r[field].id}`, r.count] as const);
    return {
      Topic: pairs(s.talksPerTopic, 'Topic', 'topic'),
      TopicUp: pairs(s.rolledUp, 'TopicUp', 'topic'),
      Institution: pairs(s.talksPerInstitution, 'Institution', 'institution'),
      Event: pairs(s.talksPerEvent, 'Event', 'event'),
    };
  };
  /** Every ranked count is the recount's, and the counts come in descending order. */
  const expectDashboardExact = async () => {
    const [ranked, counts] = await Promise.all([dashboard(), recount()]);
    for (const [kind, rows] of Object.entries(ranked)) {
      expect(rows.length).toBe(
        Math.min(50, Object.keys(counts).filter((k) => k.startsWith(`${kind}:`)).length),
      );
      for (const [key, n] of rows) expect([key, n]).toEqual([key, counts[key]]);
      const ns = rows.map(([, n]) => n);
      expect(ns).toEqual([...ns].sort((a, b) => b - a));
    }
  };

  const provenance = { source: 'tally-test-source', location: 'paragraph 1' };
  const talk = (id: string, speaker: string, event: string, topics: string[]) =>
    ok(
      `mutation ($input: TalkInput!, $p: ProvenanceInput!) { recordTalk(input: $input, provenance: $p) { id } }`,
      { input: { id, title: `Talk ${id}`, speaker, event, topics }, p: provenance },
    );
  const topic = (id: string, broader: string[] = []) =>
    ok(
      `mutation ($input: TopicInput!, $p: ProvenanceInput!) { createTopic(input: $input, provenance: $p) { id } }`,
      { input: { id, name: `Topic ${id}`, broader }, p: provenance },
    );
  const anyId = async (label: string) =>
    (await db().query<{ id: string }>(`MATCH (n:${label})<-[:GAVE|AT|ABOUT]-() RETURN n.id AS id LIMIT 1`))[0]
      ?.id ??
    (await db().query<{ id: string }>(`MATCH (n:${label})-[:GAVE]->() RETURN n.id AS id LIMIT 1`))[0]!.id;

  beforeAll(async () => {
    seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-seeds-'));
    fs.cpSync(SEEDS_DIR, seeds, { recursive: true });
    fs.rmSync(path.join(seeds, 'drafts'), { recursive: true, force: true });
    api = await startApi({ SEEDS_DIR: seeds }, seeds);
    await ok(
      `mutation { createSource(input: { id: "tally-test-source", title: "Invented source for the tally test" }) { id } }`,
    );
  });
  afterAll(async () => {
    await api?.stop();
    fs.rmSync(seeds, { recursive: true, force: true });
  });

  it('are exact after the seed load, and the dashboard answers from them', async () => {
    expect(Object.keys(await stored()).length).toBeGreaterThan(10);
    await expectExact();
    await expectDashboardExact();
  });

  it('follow talks recorded, topics re-parented and affiliations linked through the API', async () => {
    const [speaker, event, root] = [await anyId('Person'), await anyId('Event'), await anyId('Topic')];
    await topic('tally-parent', [root]);
    await topic('tally-child', ['tally-parent']);
    await talk('tally-talk-1', speaker, event, ['tally-child']);
    await talk('tally-talk-2', speaker, event, ['tally-child', 'tally-parent']);
    await expectExact();
    // Moving the child under another topic moves both talks' rolled-up counts, though neither is named.
    await ok(
      `mutation ($p: ProvenanceInput!) { updateTopic(id: "tally-child", input: { broader: [] }, provenance: $p) { id } }`,
      { p: provenance },
    );
    await expectExact();
    await ok(
      `mutation ($p: ProvenanceInput!) { createInstitution(input: { id: "tally-inst", name: "Tally Institute" }, provenance: $p) { id } }`,
      { p: provenance },
    );
    await ok(
      `mutation ($p: ProvenanceInput!) { linkAffiliation(input: { person: "${speaker}", institution: "tally-inst" }, provenance: $p) { title } }`,
      { p: provenance },
    );
    const counts = await stored();
    expect(counts['Institution:tally-inst']).toBeGreaterThanOrEqual(2);
    await expectExact();
    await expectDashboardExact();
  });

  it('follow merges and their undo, of topics, people, events and institutions', async () => {
    const merge = (kind: string, keep: string, drop: string) =>
      ok(
        `mutation ($kind: EntityKind!, $keep: ID!, $drop: ID!) { mergeEntities(kind: $kind, keep: $keep, drop: $drop, reason: "tally test") { decision { id } } }`,
        { kind, keep, drop },
      ).then((d) => d.mergeEntities.decision.id as string);
    const undo = (decision: string) =>
      ok(`mutation ($d: ID!) { undoMerge(decision: $d, reason: "tally test") { decision { id } } }`, {
        d: decision,
      });
    const two = async (label: string, rel: string) =>
      (
        await db().query<{ id: string }>(
          `MATCH (n:${label}) WHERE EXISTS { (n)${rel}() } RETURN n.id AS id ORDER BY id LIMIT 2`,
        )
      ).map((r) => r.id) as [string, string];

    for (const [kind, label, rel] of [
      ['TOPIC', 'Topic', '<-[:ABOUT]-'],
      ['PERSON', 'Person', '-[:GAVE]->'],
      ['EVENT', 'Event', '<-[:AT]-'],
      ['INSTITUTION', 'Institution', '<-[:AFFILIATED_WITH]-'],
    ] as const) {
      const [keep, drop] = await two(label, rel);
      const before = await stored();
      const decision = await merge(kind, keep, drop);
      await expectExact();
      await undo(decision);
      await expectExact();
      expect(await stored()).toEqual(before);
    }
    // Talks themselves: the dropped talk stops counting, and counts again after the undo.
    const before = await stored();
    const decision = await merge('TALK', 'tally-talk-1', 'tally-talk-2');
    await expectExact();
    await undo(decision);
    await expectExact();
    expect(await stored()).toEqual(before);
  });

  it('follow deleted and corrected facts, and deleted talks and topics', async () => {
    const fact = async (type: string) =>
      (
        await db().query<{ id: string }>(
          `MATCH (:Talk {id: 'tally-talk-2'})-[r:${type}]->() RETURN elementId(r) AS id LIMIT 1`,
        )
      )[0]!.id;
    await ok(`mutation ($id: ID!) { deleteFact(id: $id, reason: "tally test") { type } }`, {
      id: await fact('ABOUT'),
    });
    await expectExact();
    // A seeded fact: deleted by a suppression the next reload keeps.
    const seeded = (
      await db().query<{ id: string }>(
        'MATCH (:Talk)-[r:ABOUT]->() WHERE r.seeded RETURN elementId(r) AS id ORDER BY id LIMIT 1',
      )
    )[0]!.id;
    await ok(`mutation ($id: ID!) { deleteFact(id: $id, reason: "tally test") { type } }`, { id: seeded });
    await expectExact();
    await ok(`mutation { deleteEntity(kind: TALK, id: "tally-talk-2", reason: "tally test") { id } }`);
    await expectExact();
    await talk('tally-talk-3', await anyId('Person'), await anyId('Event'), ['tally-parent']);
    await ok(`mutation { deleteEntity(kind: TALK, id: "tally-talk-1", reason: "tally test") { id } }`);
    await ok(`mutation { deleteEntity(kind: TOPIC, id: "tally-child", reason: "tally test") { id } }`);
    await expectExact();
    await expectDashboardExact();
  });

  it('follow a retraction, and a reload of edited seed files', async () => {
    const source = (
      await db().query<{ id: string }>(
        "MATCH (s:Source)<-[:MENTIONED_IN]-(:Talk) WHERE s.id <> 'tally-test-source' RETURN s.id AS id ORDER BY id LIMIT 1",
      )
    )[0]!.id;
    await ok(`mutation ($id: ID!) { retractSource(id: $id, reason: "tally test") { decision } }`, {
      id: source,
    });
    await expectExact();
    // A file edited: one talk moves to another topic; the reload replaces the file's facts.
    const file = path.join(seeds, '2020-09-28-cybersecurity-standards-forum.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace('topics: [cybersecurity-standardisation]', 'topics: [cybersecurity]');
    expect(edited).not.toBe(text);
    fs.writeFileSync(file, edited);
    await loadSeeds(db(), seeds, silentLogger, { force: true });
    await expectExact();
    await expectDashboardExact();
  });

  it('stay exact when writes to the same talks and counts race each other', async () => {
    const [speaker, event] = [await anyId('Person'), await anyId('Event')];
    const writes = Array.from({ length: 12 }, (_, i) =>
      talk(`tally-race-${i}`, speaker, event, i % 2 ? ['tally-parent'] : ['tally-parent', 'cybersecurity']),
    );
    const reads = Array.from({ length: 6 }, () => ok(STATS));
    await Promise.all([...writes, ...reads]);
    await expectExact();
    expect((await stored())['Topic:tally-parent']).toBeGreaterThanOrEqual(12);
    await expectDashboardExact();
  });

  it('are marked behind after a write around the recount; the dashboard then counts, and a rebuild restores them', async () => {
    // A bulk write as a loader would make it: a fact and a new graph version, without the recount.
    const [t] = await db().query<{ id: string }>(
      "MATCH (t:Talk) WHERE NOT (t)-[:ABOUT]->(:Topic {id: 'tally-parent'}) RETURN t.id AS id LIMIT 1",
    );
    await db().mutate(
      `MATCH (t:Talk {id: $id}), (x:Topic {id: 'tally-parent'})
       CREATE (t)-[:ABOUT {source: 'tally-test-source'}]->(x)
       WITH count(*) AS n ${bumpGraphVersion()}`,
      { id: t!.id },
    );
    expect(await talliesExact(db())).toBe(false);
    expect(await stored()).not.toEqual(await recount());
    await expectDashboardExact();
    const rebuilt = await ensureTallies(db(), silentLogger);
    expect(rebuilt?.talks).toBe((await db().query('MATCH (t:Talk) RETURN t')).length);
    await expectExact();
    expect(await ensureTallies(db(), silentLogger)).toBeNull();
  });

  it('are not trusted on a graph that has data but never had them built (no version, no state)', async () => {
    // As a graph loaded by a tool that knows nothing of versions or tallies would be.
    await db().mutate('MATCH (n) WHERE n:GraphVersion OR n:TallyState OR n:Tally DETACH DELETE n');
    expect(await talliesExact(db())).toBe(false);
    await expectDashboardExact();
    // A recorded write does not make them trusted either: only a rebuild knows every talk was counted.
    await talk('tally-after-wipe', await anyId('Person'), await anyId('Event'), ['tally-parent']);
    expect(await talliesExact(db())).toBe(false);
    await expectDashboardExact();
    await ensureTallies(db(), silentLogger);
    await expectExact();
  });

  it('are exact at once on a new, empty database', async () => {
    await db().mutate('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
    expect(await talliesExact(db())).toBe(false);
    expect(await ensureTallies(db(), silentLogger)).toEqual({ talks: 0, tallies: 0, ms: 0 });
    expect(await talliesExact(db())).toBe(true);
    // The first load then keeps them exact as it writes.
    await loadSeeds(db(), seeds, silentLogger, { force: true });
    await expectExact();
  });
});
