import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { graphCounts } from '../../src/graph/counts';
import { BOOKKEEPING_LABELS } from '../../src/graph/model';
import { SeedValidationError } from '../../src/graph/seed/errors';
import { exportSource, toYaml } from '../../src/graph/seed/export';
import { SeedFileSchema } from '../../src/graph/seed/format';
import { loadSeeds } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import type { Database } from '../../src/neo4j/database';
import { forumSeedsDir, resetAndSeed, SEEDS_DIR, testDatabase } from '../support/db';
import { readTestState } from '../support/test-neo4j';

const SOURCE = 'cybersecurity-standards-forum-2020-report';
const SEED_FILE = path.join(SEEDS_DIR, '2020-09-28-cybersecurity-standards-forum.yaml');
const FORUM = 'cybersecurity-standards-forum-2020';

function tempSeeds(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  fs.cpSync(forumSeedsDir(), dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the seed graph from the forum article (real Neo4j)', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db);
  });
  afterAll(() => db.close());

  it('has every keynote speaker with title, institution, talk and topics', async () => {
    const rows = await db.query(
      `MATCH (p:Person)-[:GAVE]->(t:Talk)-[:AT]->(:Event {id: $forum})
       OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
       RETURN p.name AS name, p.familyName AS family, a.title AS title, i.name AS institution, t.kind AS kind,
              COLLECT { MATCH (t)-[:ABOUT]->(x:Topic) RETURN x.id ORDER BY x.id } AS topics
       ORDER BY name`,
      { forum: FORUM },
    );
    expect(rows).toEqual([
      {
        name: 'Hu Ying',
        family: 'Hu',
        title: null,
        institution: 'China Electronics Standardisation Institute',
        kind: 'keynote',
        topics: ['ai-security', 'cybersecurity-standardisation'],
      },
      {
        name: 'Jiang Zengzeng',
        family: 'Jiang',
        title: 'Standardisation Expert',
        institution: 'Tencent',
        kind: 'keynote',
        topics: ['cybersecurity-standardisation', 'face-recognition'],
      },
      {
        name: 'Li Jingchun',
        family: 'Li',
        title: 'Chief Engineer',
        institution: 'National Research Centre for Information Technology Security',
        kind: 'keynote',
        topics: ['critical-information-infrastructure-protection'],
      },
      {
        name: 'Liu Bei',
        family: 'Liu',
        title: 'Director',
        institution: 'National Information Centre',
        kind: 'keynote',
        topics: ['remote-working-security'],
      },
      {
        name: 'Liu Xiangang',
        family: 'Liu',
        title: 'Deputy Secretary General',
        institution: 'National Information Security Standardisation Technical Committee',
        kind: 'keynote',
        topics: ['cybersecurity-standardisation'],
      },
      {
        name: 'Wang Jianmin',
        family: 'Wang',
        title: 'Dean',
        institution: 'Tsinghua University',
        kind: 'keynote',
        topics: ['data-security'],
      },
      {
        name: 'Xue Yongbo',
        family: 'Xue',
        title: null,
        institution: 'Huawei',
        kind: 'keynote',
        topics: ['supply-chain-security'],
      },
      {
        name: 'Yuan Jie',
        family: 'Yuan',
        title: 'Deputy General Manager',
        institution: 'Information Security Management and Operation Centre of China Mobile',
        kind: 'keynote',
        topics: ['5g-security', 'cybersecurity-standardisation'],
      },
    ]);
    const [hu] = await db.query("MATCH (p:Person {id: 'hu-ying'}) RETURN p.honorific AS h");
    expect(hu).toEqual({ h: 'Dr' });
  });

  it('has the events with their dates, place and nesting, and the organisers by role', async () => {
    const events = await db.query(
      `MATCH (e:Event)-[:HELD_IN]->(c:Place)-[:LOCATED_IN]->(p:Place)-[:LOCATED_IN]->(n:Place)
       OPTIONAL MATCH (e)-[:PART_OF]->(w:Event)
       RETURN e.id AS id, toString(e.startDate) AS start, toString(e.endDate) AS end, c.name AS city, p.name AS province, n.name AS country, w.id AS partOf
       ORDER BY start`,
    );
    expect(events).toEqual([
      {
        id: 'china-cybersecurity-week-2020',
        start: '2020-09-14',
        end: '2020-09-20',
        city: 'Zhengzhou',
        province: 'Henan',
        country: 'China',
        partOf: null,
      },
      {
        id: FORUM,
        start: '2020-09-16',
        end: '2020-09-16',
        city: 'Zhengzhou',
        province: 'Henan',
        country: 'China',
        partOf: 'china-cybersecurity-week-2020',
      },
    ]);
    const roles = await db.query(
      'MATCH (i:Institution)-[r:SPONSORED|ORGANISED|CO_ORGANISED]->(:Event {id: $forum}) RETURN type(r) AS role, i.id AS id ORDER BY role',
      { forum: FORUM },
    );
    expect(roles).toEqual([
      { role: 'CO_ORGANISED', id: 'cesi' },
      { role: 'ORGANISED', id: 'tc260' },
      { role: 'SPONSORED', id: 'zhengzhou-municipal-government' },
    ]);
    const [unit] = await db.query(
      "MATCH (:Institution {id: 'china-mobile-information-security-centre'})-[:PART_OF]->(i) RETURN i.id AS id",
    );
    expect(unit).toEqual({ id: 'china-mobile' });
  });

  it('has the topic hierarchy, so biometrics questions reach the face-recognition talk', async () => {
    const chain = await db.query(
      "MATCH p = (:Topic {id: 'face-recognition'})-[:BROADER*]->(:Topic {id: 'cybersecurity'}) RETURN [n IN nodes(p) | n.id] AS ids",
    );
    expect(chain).toEqual([
      { ids: ['face-recognition', 'biometric-identification', 'data-security', 'cybersecurity'] },
    ]);
    for (const t of ['5g-security', 'ai-security', 'data-security']) {
      expect(await db.query('MATCH (:Topic {id: $t})-[:BROADER]->(b) RETURN b.id AS b', { t })).toEqual([
        { b: 'cybersecurity' },
      ]);
    }
    const speakers = await db.query(
      "MATCH (p:Person)-[:GAVE]->(:Talk)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: 'biometric-identification'}) RETURN DISTINCT p.name AS name",
    );
    expect(speakers).toEqual([{ name: 'Jiang Zengzeng' }]);
  });

  it('has the directives, who issued them, what they call for, and what the forum stressed', async () => {
    const issued = await db.query(
      'MATCH (x)-[r:ISSUED]->(d:Directive) RETURN d.name AS directive, x.name AS by, r.title AS title ORDER BY directive',
    );
    expect(issued).toEqual([
      {
        directive: 'Decisions of the Central Cyberspace Affairs Commission on cybersecurity standardisation',
        by: 'Central Cyberspace Affairs Commission',
        title: null,
      },
      { directive: 'Four Perseverances', by: 'Xi Jinping', title: 'President' },
    ]);
    const calls = await db.query(
      "MATCH (:Directive {id: 'four-perseverances'})-[:CALLS_FOR]->(t:Topic) RETURN count(t) AS n",
    );
    expect(calls).toEqual([{ n: 4 }]);
    const stressed = await db.query(
      'MATCH (:Event {id: $forum})-[:EMPHASISED]->(t:Topic) RETURN DISTINCT t.id AS id ORDER BY id',
      { forum: FORUM },
    );
    expect(stressed.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'biometric-identification',
        'international-standardisation-cooperation',
        'online-platform-data-security',
        'standardisation-talent',
        'standards-quality',
        'standards-timeliness',
      ]),
    );
  });

  it('has the source: author, publication date, and provenance on every fact', async () => {
    const [src] = await db.query(
      'MATCH (a:Person)-[:AUTHORED]->(s:Source {id: $id}) RETURN a.name AS author, toString(s.published) AS published, s.kind AS kind',
      { id: SOURCE },
    );
    expect(src).toEqual({ author: 'Haley Wu', published: '2020-09-28', kind: 'news-article' });
    const [missing] = await db.query<{ rels: number; nodes: number }>(
      `CALL () { MATCH ()-[r]->() WHERE r.source IS NULL OR r.location IS NULL RETURN count(r) AS rels }
       CALL () { MATCH (n) WHERE none(l IN labels(n) WHERE l IN $bookkeeping) AND (n.sources IS NULL OR size(n.sources) = 0) RETURN count(n) AS nodes }
       RETURN rels, nodes`,
      { bookkeeping: BOOKKEEPING_LABELS },
    );
    expect(missing).toEqual({ rels: 0, nodes: 0 });
    const provenance = await db.query(
      `MATCH (p:Person {id: 'yuan-jie'})-[g:GAVE]->(t:Talk)-[a:AT]->(e:Event)
       MATCH (s:Source {id: g.source})
       RETURN t.title AS talk, e.name AS event, s.title AS source, g.location AS location, a.location AS atLocation`,
    );
    expect(provenance).toEqual([
      {
        talk: 'Results of 5G security standardisation',
        event: 'Cybersecurity Standards Forum 2020',
        source: expect.stringContaining('Cybersecurity Standards Forum'),
        location: 'paragraph 5',
        atLocation: 'paragraph 5',
      },
    ]);
  });

  it('answers the Browser starter query: who spoke on what', async () => {
    const rows = await db.query(
      'MATCH (p:Person)-[:GAVE]->(:Talk)-[:ABOUT]->(t:Topic) RETURN p.name AS person, t.name AS topic',
    );
    expect(rows).toHaveLength(11);
    expect(rows).toEqual(
      expect.arrayContaining([
        { person: 'Jiang Zengzeng', topic: 'Face recognition' },
        { person: 'Yuan Jie', topic: '5G security' },
      ]),
    );
  });

  it('is idempotent: loading again (forced) changes no counts and duplicates nothing', async () => {
    const before = await graphCounts(db);
    const forum = forumSeedsDir();
    await loadSeeds(db, forum, silentLogger, { force: true });
    await loadSeeds(db, forum, silentLogger, { force: true });
    expect(await graphCounts(db)).toEqual(before);
    const dupes = await db.query(
      'MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.location AS l, count(*) AS n WHERE n > 1 RETURN count(*) AS dupes',
    );
    expect(dupes).toEqual([{ dupes: 0 }]);
    const skipped = await loadSeeds(db, forum, silentLogger);
    expect(skipped.skipped).toBe(true);
  });

  it('is atomic: a bad file anywhere means nothing is written', async () => {
    const before = await graphCounts(db);
    const dir = tempSeeds({
      '2021-other.yaml': YAML.stringify({
        source: { id: 'other-report', title: 'Other', kind: 'report' },
        people: [{ id: 'new-person', name: 'New Person', familyName: 'Person', at: 'p1' }],
        talks: [
          {
            id: 'x',
            title: 'X',
            speaker: 'new-person',
            event: 'no-such-event',
            topics: ['ai-security'],
            at: 'p1',
          },
        ],
      }),
    });
    await expect(loadSeeds(db, dir, silentLogger, { force: true })).rejects.toThrow(SeedValidationError);
    await expect(loadSeeds(db, dir, silentLogger, { force: true })).rejects.toThrow(
      /2021-other\.yaml at talks\[0\]\.event: Event "no-such-event" is referenced but not defined/,
    );
    expect(await graphCounts(db)).toEqual(before);
    expect(await db.query("MATCH (p:Person {id: 'new-person'}) RETURN p")).toEqual([]);
  });

  it('rolls back a load that fails inside the transaction', async () => {
    const before = await graphCounts(db);
    // Valid files can still fail in Neo4j: a constraint on a property the loader writes makes the
    // talk's SET fail after the event was already merged in the same transaction.
    await db.mutate(
      'CREATE CONSTRAINT test_talk_title_unique IF NOT EXISTS FOR (t:Talk) REQUIRE t.summary IS UNIQUE',
    );
    const dir = tempSeeds({
      '2021-dup-summary.yaml': YAML.stringify({
        source: { id: 'dup-summary-report', title: 'Dup', kind: 'report' },
        events: [{ id: 'dup-event', name: 'Dup event', kind: 'meeting', startDate: '2021-01-01', at: 'p1' }],
        talks: [
          {
            id: 'dup-talk',
            title: 'Dup',
            summary: 'What has been achieved so far in standardising 5G security.',
            speaker: 'liu-bei',
            event: 'dup-event',
            topics: ['ai-security'],
            at: 'p1',
          },
        ],
      }),
    });
    try {
      await expect(loadSeeds(db, dir, silentLogger, { force: true })).rejects.toThrow(
        /already exists|constraint/i,
      );
      expect(await graphCounts(db)).toEqual(before);
      expect(await db.query("MATCH (e:Event {id: 'dup-event'}) RETURN e")).toEqual([]);
    } finally {
      await db.mutate('DROP CONSTRAINT test_talk_title_unique IF EXISTS');
    }
  });

  it('adds a second document as one more file; shared ids resolve to the same nodes', async () => {
    const dir = tempSeeds({
      '2021-workshop.yaml': YAML.stringify({
        source: {
          id: 'workshop-2021-report',
          title: 'Workshop report',
          kind: 'report',
          published: '2021-06-02',
        },
        institutions: [
          {
            id: 'tc260',
            name: 'National Information Security Standardisation Technical Committee',
            aliases: ['TC-260'],
            at: 'p1',
          },
        ],
        events: [
          {
            id: 'standards-workshop-2021',
            name: 'Standards Workshop 2021',
            kind: 'workshop',
            startDate: '2021-06-01',
            heldIn: 'zhengzhou',
            organisers: [{ institution: 'tc260', role: 'ORGANISED', at: 'p1' }],
            at: 'p1',
          },
        ],
        talks: [
          {
            id: 'sw-2021-liu-xiangang',
            title: 'Standards roadmap',
            speaker: 'liu-xiangang',
            event: 'standards-workshop-2021',
            topics: ['cybersecurity-standardisation'],
            at: 'p2',
          },
        ],
      }),
    });
    await loadSeeds(db, dir, silentLogger);
    const [tc] = await db.query<{ n: number; sources: string[]; aliases: string[] }>(
      "MATCH (i:Institution {id: 'tc260'}) RETURN count(*) AS n, i.sources AS sources, i.aliases AS aliases",
    );
    expect(tc!.n).toBe(1);
    expect(tc!.sources.sort()).toEqual([SOURCE, 'workshop-2021-report']);
    expect(tc!.aliases).toEqual(expect.arrayContaining(['TC260', 'TC-260']));
    const talks = await db.query(
      "MATCH (:Person {id: 'liu-xiangang'})-[:GAVE]->(t:Talk) RETURN t.id AS id ORDER BY id",
    );
    expect(talks).toEqual([{ id: 'csf-2020-liu-xiangang' }, { id: 'sw-2021-liu-xiangang' }]);
    const [role] = await db.query(
      "MATCH (:Institution {id: 'tc260'})-[r:ORGANISED]->(:Event {id: 'standards-workshop-2021'}) RETURN r.source AS source",
    );
    expect(role).toEqual({ source: 'workshop-2021-report' });
    await resetAndSeed(db);
  });

  it('round-trips: exporting the source gives back the seed file', async () => {
    const original = SeedFileSchema.parse(YAML.parse(fs.readFileSync(SEED_FILE, 'utf8')));
    const exported = await exportSource(db, SOURCE);
    const reparsed = SeedFileSchema.parse(YAML.parse(toYaml(exported!)));
    const normalise = (d: typeof original) => {
      const sortBy = <T>(xs: T[]) =>
        [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const deep = (x: unknown): unknown =>
        Array.isArray(x)
          ? sortBy(x.map(deep))
          : x && typeof x === 'object'
            ? Object.fromEntries(
                Object.entries(x)
                  .filter(([, v]) => v !== undefined)
                  .map(([k, v]) => [k, deep(v)]),
              )
            : x;
      return deep(d);
    };
    expect(normalise(reparsed)).toEqual(normalise(original));
  });
});

describe('the seed, export and counts commands', () => {
  const env = () => {
    const { connection } = readTestState();
    return {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      SEEDS_DIR,
      // A cold Neo4j on a busy machine can take longer than the default 15 s over its first load.
      NEO4J_TX_TIMEOUT_MS: '120000',
    };
  };
  const run = (script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: { ...env(), ...extraEnv },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('seed --check names every problem and exits 1; seed loads and reports', () => {
    const dir = tempSeeds({
      'broken.yaml': 'source:\n  id: Bad Id\n  title: x\n  kind: report\n  colour: red\n',
    });
    const check = run('seed', ['--check', '--dir', dir]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/broken\.yaml at source\.id: ids are lower-case slugs/);
    expect(check.stderr).toMatch(/broken\.yaml at source: unknown field "colour"/);
    const files = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.yaml')).length;
    const ok = run('seed', ['--check']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^${files} seed file\\(s\\) valid: \\d+ nodes, \\d+ relationships`));
    const load = run('seed', ['--force', '--dir', forumSeedsDir()]);
    expect(load.status).toBe(0);
    expect(load.stdout).toMatch(/Loaded 1 file\(s\): \d+ nodes, \d+ relationships/);
  });

  it('counts prints a table and JSON; export prints YAML that parses with the seed schema', () => {
    const json = run('counts', ['--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).labels.Person).toBe(10);
    expect(run('counts', []).stdout).toMatch(/Person\s+10/);
    const exported = run('export', ['--source', SOURCE]);
    expect(exported.status).toBe(0);
    expect(SeedFileSchema.parse(YAML.parse(exported.stdout)).talks).toHaveLength(8);
    const missing = run('export', ['--source', 'nope']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No Source with id "nope"/);
  });

  it('exits 2 naming the variable when the configuration is bad', () => {
    const r = run('counts', [], { NEO4J_URI: 'nonsense' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/NEO4J_URI/);
  });
});
