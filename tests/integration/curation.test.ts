import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decisionsYaml, DECISIONS_FILE, exportDecisions } from '../../src/graph/curation/decisions-file';
import { graphCounts } from '../../src/graph/counts';
import { exportSource, toYaml } from '../../src/graph/seed/export';
import { loadSeeds } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import { startApi, TEST_TOKEN, type Api } from '../support/api';

/**
 * The curation scenario of issue 14, through the API on a real Neo4j: two reports name the same company
 * differently (and two bodies share the acronym CAC); merge, undo, mark as different, retract a report,
 * and rebuild the graph from exported files alone.
 */
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'curation', 'seeds');
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

describe('curation: merge, undo, not-the-same, retraction, history, rebuild (real Neo4j)', () => {
  let api: Api;
  let seeds: string;
  const run = async (query: string, variables: Record<string, unknown> = {}) =>
    api.gql(query, variables, auth);
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await run(query, variables);
    if (r.errors) throw new Error(JSON.stringify(r.errors, null, 2));
    return r.data as Record<string, any>;
  };
  const db = () => api.service.db;
  const exportAll = async () => {
    const ids = (await db().query<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map(
      (r) => r.id,
    );
    return Object.fromEntries(
      await Promise.all(ids.map(async (id) => [id, toYaml((await exportSource(db(), id))!)])),
    );
  };
  const reload = () => loadSeeds(db(), seeds, silentLogger, { force: true });

  beforeAll(async () => {
    // A copy: the rebuild step writes exported files, and nothing may touch the fixture itself.
    seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'curation-seeds-'));
    fs.cpSync(FIXTURE, seeds, { recursive: true });
    api = await startApi({ SEEDS_DIR: seeds }, seeds);
  });
  afterAll(async () => {
    await api?.stop();
    fs.rmSync(seeds, { recursive: true, force: true });
  });

  const MERGE = `mutation ($keep: ID!, $drop: ID!) {
    mergeEntities(kind: INSTITUTION, keep: $keep, drop: $drop, reason: "same company, short and full name") {
      decision { id kind by subjects } kept { id name aliases } dropped movedFacts parkedFacts addedAliases
    }
  }`;

  let mergeId = '';
  let exportBefore: Record<string, string> = {};
  let countsBefore: Awaited<ReturnType<typeof graphCounts>>;

  it('suggests the duplicates with their evidence, best first', async () => {
    const d = await ok(`{ duplicateCandidates(kind: INSTITUTION) { a { id } b { id } score evidence } }`);
    const pairs = d.duplicateCandidates.map((c: any) => `${c.a.id}|${c.b.id}`);
    expect(pairs).toEqual(expect.arrayContaining(['cac|cac-certification', 'huawei|huawei-technologies']));
    const huawei = d.duplicateCandidates.find((c: any) => c.a.id === 'huawei');
    expect(huawei.evidence.join(' ')).toMatch(/extends/);
    expect(huawei.evidence.join(' ')).toMatch(/shared neighbour/);
    const scores = d.duplicateCandidates.map((c: any) => c.score);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
  });

  it('merges: facts, aliases and sources move, and the old id redirects', async () => {
    exportBefore = await exportAll();
    countsBefore = await graphCounts(db());
    const r = (await ok(MERGE, { keep: 'huawei', drop: 'huawei-technologies' })).mergeEntities;
    mergeId = r.decision.id;
    expect(r.decision).toMatchObject({
      kind: 'MERGE',
      by: 'api-token',
      subjects: ['Institution:huawei', 'Institution:huawei-technologies'],
    });
    expect(r.kept.aliases).toContain('Huawei Technologies Co., Ltd.');
    expect(r.movedFacts).toBeGreaterThanOrEqual(3); // affiliation, HOSTED, its mention in report A
    const looked = await ok(
      `{ institution(id: "huawei-technologies") { id name sources { id } people { person { id } } } }`,
    );
    expect(looked.institution.id).toBe('huawei');
    expect(looked.institution.people.map((p: any) => p.person.id).sort()).toEqual(['li-ce', 'wang-ce']);
    expect(looked.institution.sources.map((s: any) => s.id).sort()).toEqual([
      'curation-report-a',
      'curation-report-b',
    ]);
    // By bare id (every kind's redirects in one lookup) and by Kind:id, the old id names the kept entity.
    for (const ref of ['huawei-technologies', 'Institution:huawei-technologies']) {
      const around = await ok(`{ neighbourhood(id: "${ref}", depth: 1) { nodes { key } } }`);
      expect(around.neighbourhood.nodes[0].key).toBe('Institution:huawei');
      const same = await run(`{ connection(from: "${ref}", to: "huawei") { length } }`);
      expect(same.errors?.[0]?.message).toMatch(/same entity/);
    }
    const search = await ok(`{ search(text: "Huawei Technologies") { entity { id } } }`);
    expect(search.search.map((x: any) => x.entity.id)).toContain('huawei');
    expect(search.search.map((x: any) => x.entity.id)).not.toContain('huawei-technologies');
  });

  it('keeps the merge when the seed files (which still use the old id) are reloaded', async () => {
    const afterMerge = await graphCounts(db());
    await reload();
    expect(await graphCounts(db())).toEqual(afterMerge);
    const [row] = await db().query<{ n: number }>(
      "MATCH (:Person {id: 'wang-ce'})-[:AFFILIATED_WITH]->(:Institution {id: 'huawei'}) RETURN count(*) AS n",
    );
    expect(row!.n).toBe(1);
    const [gone] = await db().query<{ n: number }>(
      "MATCH (n:Institution {id: 'huawei-technologies'}) RETURN count(n) AS n",
    );
    expect(gone!.n).toBe(0);
  });

  it('undoes the merge: the export is exactly what it was before', async () => {
    const r = await ok(
      `mutation ($d: ID!) { undoMerge(decision: $d, reason: "checking the undo") { kept { id aliases } dropped } }`,
      { d: mergeId },
    );
    expect(r.undoMerge.kept.aliases).not.toContain('Huawei Technologies Co., Ltd.');
    expect(await exportAll()).toEqual(exportBefore);
    expect(await graphCounts(db())).toEqual({
      ...countsBefore,
      labels: { ...countsBefore.labels, Decision: 1 },
    });
    const again = await run(`mutation ($d: ID!) { undoMerge(decision: $d, reason: "twice") { dropped } }`, {
      d: mergeId,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('records "not the same", refuses to merge that pair, and stops suggesting it until withdrawn', async () => {
    const mark = await ok(
      `mutation { markNotSame(kind: INSTITUTION, a: "cac-certification", b: "cac", reason: "two bodies, one acronym") { id kind endedAt } }`,
    );
    expect(mark.markNotSame).toMatchObject({ kind: 'NOT_SAME', endedAt: null });
    const refused = await run(MERGE, { keep: 'cac', drop: 'cac-certification' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/marked as different/);
    expect(
      await db().query("MATCH (n:Institution {id: 'cac-certification'}) RETURN n.id AS id"),
    ).toHaveLength(1);
    const d = await ok(`{ duplicateCandidates(kind: INSTITUTION) { a { id } b { id } } }`);
    expect(d.duplicateCandidates.map((c: any) => `${c.a.id}|${c.b.id}`)).not.toContain(
      'cac|cac-certification',
    );

    const withdrawn = await ok(
      `mutation ($d: ID!) { withdrawDecision(decision: $d, reason: "to test the withdrawal") { endedAt } }`,
      { d: mark.markNotSame.id },
    );
    expect(withdrawn.withdrawDecision.endedAt).toEqual(expect.any(String));
    const d2 = await ok(`{ duplicateCandidates(kind: INSTITUTION) { a { id } b { id } } }`);
    expect(d2.duplicateCandidates.map((c: any) => `${c.a.id}|${c.b.id}`)).toContain('cac|cac-certification');
    // Marked again, so that the rebuild below has a standing decision to carry.
    await ok(
      `mutation { markNotSame(kind: INSTITUTION, a: "cac", b: "cac-certification", reason: "two bodies") { id } }`,
    );
  });

  it('retracts a report: the dry run shows exactly what the retraction then does', async () => {
    const before = await graphCounts(db());
    const RETRACT = `mutation ($dry: Boolean) {
      retractSource(id: "curation-report-b", reason: "report withdrawn by its publisher", dryRun: $dry) {
        dryRun decision removedFacts { type from { id } to { id } seeded } removedEntities { kind id } keptEntities { id }
      }
    }`;
    const dry = (await ok(RETRACT, { dry: true })).retractSource;
    expect(dry.dryRun).toBe(true);
    expect(await graphCounts(db())).toEqual(before);
    expect(dry.removedEntities.map((e: any) => e.id).sort()).toEqual([
      'cac-certification',
      'huawei',
      'li-ce',
    ]);
    expect(dry.keptEntities.map((e: any) => e.id)).toEqual(['curation-test-meeting-2021']);
    expect(dry.removedFacts.map((f: any) => `${f.type} ${f.from.id} ${f.to.id}`).sort()).toEqual([
      'AFFILIATED_WITH li-ce cac-certification',
      'AFFILIATED_WITH li-ce huawei',
      'ORGANISED huawei curation-test-meeting-2021',
    ]);

    const done = (await ok(RETRACT, { dry: false })).retractSource;
    expect({ ...done, dryRun: true, decision: null }).toEqual(dry);
    const event = await ok(
      `{ event(id: "curation-test-meeting-2021") { sources { id } organisers { role institution { id } } } }`,
    );
    expect(event.event.sources.map((s: any) => s.id)).toEqual(['curation-report-a']);
    expect(event.event.organisers.map((o: any) => `${o.role} ${o.institution.id}`).sort()).toEqual([
      'HOSTED huawei-technologies',
      'SPONSORED cac',
    ]);
    // Its seed file is still in the folder; the retraction holds across a reload.
    await reload();
    expect(await db().query("MATCH (p:Person {id: 'li-ce'}) RETURN p.id AS id")).toHaveLength(0);
    expect(await db().query("MATCH (s:Source {id: 'curation-report-b'}) RETURN s.id AS id")).toHaveLength(0);
  });

  it('keeps the history of every change, with who and why', async () => {
    const h = await ok(`{ history(id: "huawei", kind: INSTITUTION) { action by reason } }`);
    const actions = h.history.map((c: any) => c.action);
    expect(actions).toEqual(expect.arrayContaining(['merge', 'undo-merge', 'retract-source', 'seed-load']));
    expect(h.history.find((c: any) => c.action === 'merge')).toMatchObject({
      by: 'api-token',
      reason: 'same company, short and full name',
    });
  });

  it('keeps curated edits, corrections and deletions of seeded facts across a reload', async () => {
    await ok(
      `mutation { createSource(input: { id: "curator-notes", title: "Curator notes", type: "other" }) { id } }`,
    );
    await ok(
      `mutation { updateInstitution(id: "cac", input: { name: "Cyberspace Administration of China (CAC)" }, provenance: { source: "curator-notes" }) { id } }`,
    );
    await ok(
      `mutation { addAlias(kind: INSTITUTION, id: "cac", alias: "Office of the Central Cyberspace Affairs Commission", provenance: { source: "curator-notes" }) { id } }`,
    );
    const facts = await db().query<{ id: string; type: string }>(
      `MATCH (:Person {id: 'wang-ce'})-[r:AFFILIATED_WITH]->() RETURN elementId(r) AS id, type(r) AS type
       UNION MATCH (:Institution {id: 'cac'})-[r:SPONSORED]->() RETURN elementId(r) AS id, type(r) AS type`,
    );
    const affiliation = facts.find((f) => f.type === 'AFFILIATED_WITH')!.id;
    const sponsored = facts.find((f) => f.type === 'SPONSORED')!.id;
    const corrected = await ok(
      `mutation ($id: ID!) { correctFact(id: $id, set: [{ name: "title", value: "Director of standards" }], reason: "title misread") { id type seeded } }`,
      { id: affiliation },
    );
    expect(corrected.correctFact).toMatchObject({ type: 'AFFILIATED_WITH', seeded: false });
    const badProp = await run(
      `mutation ($id: ID!) { correctFact(id: $id, set: [{ name: "colour", value: "red" }], reason: "no such thing") { id } }`,
      { id: corrected.correctFact.id },
    );
    expect(badProp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'set.colour' });
    await ok(
      `mutation ($id: ID!) { deleteFact(id: $id, reason: "the report says hosted, not sponsored") { type } }`,
      {
        id: sponsored,
      },
    );

    await reload();
    const [cac] = await db().query<{ name: string; aliases: string[]; sponsored: number }>(
      `MATCH (i:Institution {id: 'cac'}) RETURN i.name AS name, i.aliases AS aliases,
              COUNT { (i)-[:SPONSORED]->() } AS sponsored`,
    );
    expect(cac).toEqual({
      name: 'Cyberspace Administration of China (CAC)',
      aliases: expect.arrayContaining(['CAC', 'Office of the Central Cyberspace Affairs Commission']),
      sponsored: 0,
    });
    const titles = await db().query<{ title: string }>(
      "MATCH (:Person {id: 'wang-ce'})-[r:AFFILIATED_WITH]->() RETURN r.title AS title",
    );
    expect(titles).toEqual([{ title: 'Director of standards' }]);

    const refused = await run(
      `mutation { deleteEntity(kind: PERSON, id: "wang-ce", reason: "test") { id } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/seed files/);
    await ok(
      `mutation { createPerson(input: { id: "zhao-temp", name: "Zhao Temp", familyName: "ZHAO" }, provenance: { source: "curator-notes" }) { id } }`,
    );
    const deleted = await ok(
      `mutation { deleteEntity(kind: PERSON, id: "zhao-temp", reason: "created by mistake") { kind id } }`,
    );
    expect(deleted.deleteEntity).toEqual({ kind: 'PERSON', id: 'zhao-temp' });
    expect(await db().query("MATCH (p:Person {id: 'zhao-temp'}) RETURN p")).toHaveLength(0);
  });

  it('refuses curation without a curator token, with a coded error', async () => {
    const r = await api.gql(MERGE, { keep: 'cac', drop: 'huawei-technologies' });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rebuilds the same graph from exported files alone', async () => {
    const counts = await graphCounts(db());
    const exported = await exportAll();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'curation-rebuild-'));
    for (const [id, yaml] of Object.entries(exported))
      fs.writeFileSync(path.join(out, `${id}.yaml`), String(yaml));
    fs.mkdirSync(path.join(out, 'curation'));
    fs.writeFileSync(path.join(out, DECISIONS_FILE), decisionsYaml(await exportDecisions(db())));
    await db().mutate('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
    await loadSeeds(db(), out, silentLogger, { force: true });
    expect(await graphCounts(db())).toEqual(counts);
    expect(await exportAll()).toEqual(exported);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
