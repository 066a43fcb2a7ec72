import { readGuide, type GuideQuery } from '../../src/graph/guide';
import type { Database } from '../../src/neo4j/database';
import { resetAndSeed, SEEDS_DIR, testDatabase } from '../support/db';

const guide = readGuide();
const byNumber = (n: number): GuideQuery => guide.find((q) => q.title.startsWith(`${n}.`))!;

describe('the Browser guide in cypher/guide.cypher (real Neo4j, seed graph)', () => {
  let db: Database;
  const run = (n: number) => db.query(byNumber(n).cypher);
  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db);
  });
  afterAll(() => db.close());

  it('has 10 to 15 queries, each with a title and a one-line explanation', () => {
    expect(guide.length).toBeGreaterThanOrEqual(10);
    expect(guide.length).toBeLessThanOrEqual(15);
    for (const q of guide) {
      expect(q.title).toMatch(/^\d+\. \S/);
      expect(q.why.length).toBeGreaterThan(10);
      expect(q.cypher).toMatch(/RETURN/);
    }
  });

  it('1: speakers linked to topics as paths', async () => {
    const rows = await run(1);
    expect(rows).toHaveLength(11);
    const first = rows[0]!.path as { start: { labels: string[] }; end: { labels: string[] } };
    expect(first.start.labels).toEqual(['Person']);
    expect(first.end.labels).toEqual(['Topic']);
  });

  it('2: who spoke on what, as a table', async () => {
    expect(await run(2)).toEqual(
      expect.arrayContaining([
        { speaker: 'Jiang Zengzeng', topic: 'Face recognition', event: 'Cybersecurity Standards Forum 2020' },
      ]),
    );
  });

  it('3: roles at each event', async () => {
    expect((await run(3)).map((r) => r.role)).toEqual(['CO_ORGANISED', 'ORGANISED', 'SPONSORED']);
  });

  it('4: the topic hierarchy up to the root', async () => {
    const rows = await run(4);
    expect(rows).toHaveLength(17);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          topic: 'Face recognition',
          chain: ['Face recognition', 'Biometric identification', 'Data security', 'Cybersecurity'],
        },
      ]),
    );
  });

  it('5: talks on biometrics with narrower topics', async () => {
    expect(await run(5)).toEqual([
      {
        speaker: 'Jiang Zengzeng',
        talk: 'Face recognition security and standardisation practice',
        topic: 'Face recognition',
      },
    ]);
  });

  it('6: titles and institutions as of the event', async () => {
    const rows = await run(6);
    expect(rows).toHaveLength(8);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          speaker: 'Yuan Jie',
          title: 'Deputy General Manager',
          partOf: 'China Mobile',
        }),
      ]),
    );
  });

  it('7: within two hops of TC260 is Liu Xiangang, and no source node', async () => {
    const rows = await run(7);
    const names = new Set(
      rows.flatMap((r) =>
        (r.path as { segments: { end: { properties: { name: string } } }[] }).segments.map(
          (s) => s.end.properties.name,
        ),
      ),
    );
    expect(names).toContain('Liu Xiangang');
    expect(names).toContain('Cybersecurity Standards Forum 2020');
    expect([...names].some((n) => /news report/.test(n))).toBe(false);
  });

  it('8: the shortest path between two people', async () => {
    const rows = await run(8);
    expect(rows).toHaveLength(1);
    const path = rows[0]!.path as {
      start: { properties: { id: string } };
      end: { properties: { id: string } };
      length: number;
    };
    expect(path.start.properties.id).toBe('liu-xiangang');
    expect(path.end.properties.id).toBe('jiang-zengzeng');
    expect(path.length).toBeGreaterThanOrEqual(2);
  });

  it('9: the provenance of a fact', async () => {
    expect(await run(9)).toEqual([
      expect.objectContaining({
        speaker: 'Yuan Jie',
        author: 'Haley Wu',
        published: '2020-09-28',
        location: 'paragraph 5',
      }),
    ]);
  });

  it('10: topics covered by an institution’s people (units roll up)', async () => {
    const rows = await run(10);
    expect(rows).toEqual(
      expect.arrayContaining([
        { institution: 'China Mobile', topics: expect.arrayContaining(['5G security']) },
        { institution: 'Tencent', topics: expect.arrayContaining(['Face recognition']) },
      ]),
    );
  });

  it('11: directives and what they call for', async () => {
    const rows = await run(11);
    expect(rows).toHaveLength(9);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          directive: 'Four Perseverances',
          issuedBy: 'Xi Jinping',
          title: 'President',
        }),
      ]),
    );
  });

  it('12: what the forum stressed', async () => {
    const rows = await run(12);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.every((r) => r.event === 'Cybersecurity Standards Forum 2020' && r.directive)).toBe(true);
  });

  it('13: events in place and time', async () => {
    expect((await run(13)).map((r) => [r.event, r.start, r.city, r.province])).toEqual([
      ['2020 China Cybersecurity Week', '2020-09-14', 'Zhengzhou', 'Henan'],
      ['Cybersecurity Standards Forum 2020', '2020-09-16', 'Zhengzhou', 'Henan'],
    ]);
  });
});

describe('the Browser guide on the default graph (every seed file)', () => {
  let db: Database;
  const run = (n: number) => db.query(byNumber(n).cypher);
  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db, SEEDS_DIR);
  });
  afterAll(() => db.close());

  it('14: standards with topics, superseded editions and events', async () => {
    expect(await run(14)).toEqual(
      expect.arrayContaining([
        {
          code: 'GB/T 35273-2020',
          title: 'Information Security Technology—Personal Information Security Specification',
          status: 'published',
          topics: ['Personal information protection'],
          supersedes: ['GB/T 35273-2017'],
          discussedAt: [
            'Roundtable on Laws, Regulations and Standards on Personal Information Protection in China',
          ],
        },
      ]),
    );
  });

  it('15: committees with their parts, secretariat and chair', async () => {
    const jtc1 = (await run(15)).find(
      (r) => r.committee === 'ISO/IEC Joint Technical Committee 1, Information Technology',
    );
    expect(jtc1).toBeDefined();
    expect([...(jtc1!.parts as string[])].sort()).toEqual([
      'ISO/IEC JTC 1/SC 40, IT Service Management and IT Governance',
      'JTC 1 Study Group on Big Data',
      'JTC 1 Study Group on Smart Cities',
    ]);
    expect(jtc1!.secretariat).toEqual(['American National Standards Institute']);
    expect(jtc1!.chair).toEqual(['Karen Higginbottom']);
  });
});
