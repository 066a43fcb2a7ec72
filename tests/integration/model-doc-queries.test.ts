import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/neo4j/database';
import { resetAndSeed, testDatabase } from '../support/db';

const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'model.md'), 'utf8');
const queries = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

describe('the starter queries in docs/model.md (real Neo4j, seed graph)', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetAndSeed(db);
  });
  afterAll(() => db.close());

  it('there are seven', () => {
    expect(queries).toHaveLength(7);
  });

  it('who spoke on what', async () => {
    const rows = await db.query(queries[0]!);
    expect(rows).toEqual(expect.arrayContaining([{ speaker: 'Jiang Zengzeng', topic: 'Face recognition' }]));
    expect(rows).toHaveLength(11);
  });

  it('who spoke on biometrics', async () => {
    expect(await db.query(queries[1]!)).toEqual([
      {
        speaker: 'Jiang Zengzeng',
        title: 'Standardisation Expert',
        institution: 'Tencent',
        talk: 'Face recognition security and standardisation practice',
      },
    ]);
  });

  it('institutions and roles', async () => {
    const rows = await db.query(queries[2]!);
    expect(rows.map((r) => [r.role, r.institution])).toEqual([
      ['CO_ORGANISED', 'China Electronics Standardisation Institute'],
      ['ORGANISED', 'National Information Security Standardisation Technical Committee'],
      ['SPONSORED', "Zhengzhou Municipal People's Government"],
    ]);
  });

  it('provenance of a fact', async () => {
    expect(await db.query(queries[3]!)).toEqual([
      expect.objectContaining({ speaker: 'Yuan Jie', published: '2020-09-28', location: 'paragraph 5' }),
    ]);
  });

  it('path between two actors', async () => {
    const [row] = await db.query(queries[4]!);
    expect(row!.names[0]).toBe('Jiang Zengzeng');
    expect(row!.names.at(-1)).toBe('National Information Security Standardisation Technical Committee');
    expect(row!.types).not.toContain('MENTIONED_IN');
  });

  it('titles held at TC260 on a day', async () => {
    expect(await db.query(queries[5]!)).toEqual([
      {
        person: 'Liu Xiangang',
        title: 'Deputy Secretary General',
        attested: '2020-09-16',
        from: null,
        to: null,
      },
    ]);
    // A dated affiliation that ended before the day takes the place of the undated one on days it covers.
    await db.mutate(
      `MATCH (p:Person {id: 'liu-xiangang'}), (i:Institution {id: 'tc260'})
       CREATE (p)-[:AFFILIATED_WITH {title: 'Engineer', from: date('2015-01-01'), to: date('2020-06-30')}]->(i)`,
    );
    expect((await db.query(queries[5]!)).map((r) => r.title)).toEqual(['Engineer']);
    await db.mutate(
      `MATCH (:Person {id: 'liu-xiangang'})-[a:AFFILIATED_WITH {title: 'Engineer'}]->() DELETE a`,
    );
  });

  it('the topics with the most talks, rolled up, from the tallies', async () => {
    const rows = await db.query<{ topic: string; talks: number }>(queries[6]!);
    // The same ranking counted from the talks themselves.
    const counted = await db.query(
      `MATCH (:Talk)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(x:Topic) WITH x, count(*) AS ignored
       MATCH (t:Talk) WHERE EXISTS { (t)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(x) }
       RETURN x.name AS topic, count(t) AS talks ORDER BY talks DESC, topic LIMIT 5`,
    );
    expect(rows).toEqual(counted);
    expect(rows[0]).toEqual({ topic: 'Cybersecurity', talks: expect.any(Number) });
  });
});
