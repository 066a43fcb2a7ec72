import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { exportSource, toYaml } from '../../src/graph/seed/export';
import { SeedFileSchema } from '../../src/graph/seed/format';
import { startApi, type Api } from '../support/api';
import { SEEDS_DIR, testDatabase } from '../support/db';

/**
 * Standards and committee structure over GraphQL, on every seed file plus a fixture document that adds what
 * no report in seeds/ states yet: a working group under TC260, a mirror committee and who develops what.
 */
const FIXTURE = {
  source: { id: 'committee-fixture', title: 'Committee structure (test fixture)', kind: 'other' },
  institutions: [
    {
      id: 'tc260',
      name: 'National Information Security Standardisation Technical Committee',
      mirrors: ['sc27'],
      at: 'p1',
    },
    { id: 'tc260-wg3', name: 'TC260 Working Group 3', kind: 'working-group', partOf: 'tc260', at: 'p1' },
    {
      id: 'sc27',
      name: 'ISO/IEC JTC 1/SC 27',
      aliases: ['SC 27'],
      kind: 'committee',
      partOf: 'iso-iec-jtc1',
      at: 'p1',
    },
  ],
  standards: [
    {
      id: 'iso-iec-27001-2022',
      code: 'ISO/IEC 27001:2022',
      title: 'Information security management systems — Requirements',
      status: 'published',
      published: '2022-10-25',
      developedBy: ['sc27'],
      topics: ['cybersecurity'],
      at: 'p2',
    },
    {
      id: 'gb-t-22080-2016',
      code: 'GB/T 22080-2016',
      title: 'Information security management systems — Requirements (national adoption)',
      developedBy: ['tc260-wg3'],
      references: ['iso-iec-27001-2022'],
      at: 'p3',
    },
  ],
};

describe('standards and committees over GraphQL (real Neo4j, every seed file and a fixture)', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standards-seeds-'));
    fs.cpSync(SEEDS_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}drafts`) });
    fs.writeFileSync(path.join(dir, 'zz-committee-fixture.yaml'), YAML.stringify(FIXTURE));
    api = await startApi({}, dir);
  });
  afterAll(async () => {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const codes = (xs: { code: string }[]) => xs.map((x) => x.code).sort();

  it('standard(id): code, title, status, editions, events, talks, topics and sources', async () => {
    const { standard } = await api.data(`{ standard(id: "gb-t-35273-2020") {
      kind name code title status aliases supersedes { code status } supersededBy { code }
      discussedAt { id } mentionedIn { id speaker { name } } topics { id } sources { id } } }`);
    expect(standard).toEqual({
      kind: 'STANDARD',
      name: 'GB/T 35273-2020',
      code: 'GB/T 35273-2020',
      title: 'Information Security Technology—Personal Information Security Specification',
      status: 'published',
      aliases: ['GB/T 35273'],
      supersedes: [{ code: 'GB/T 35273-2017', status: 'superseded' }],
      supersededBy: [],
      discussedAt: [{ id: 'sesec-roundtable-personal-information-2020' }],
      mentionedIn: [{ id: 'sesec-2020-he-yanzhe', speaker: { name: 'He Yanzhe' } }],
      topics: [{ id: 'personal-information-protection' }],
      sources: [{ id: 'sesec-roundtable-personal-information-2020' }],
    });
  });

  it('standards(where:) by code fragment, status, topic (with narrower) and committee (with its groups)', async () => {
    const q = async (where: string) =>
      codes((await api.data(`{ standards(where: ${where}, first: 50) { nodes { code } } }`)).standards.nodes);
    expect(await q('{code: "35273"}')).toEqual(['GB/T 35273-2017', 'GB/T 35273-2020']);
    expect(await q('{code: "gb/t 35273-2020"}')).toEqual(['GB/T 35273-2020']);
    expect(await q('{status: "superseded"}')).toEqual(['GB/T 35273-2017']);
    expect(await q('{topic: "data-security"}')).toEqual([
      '20194267-T-469',
      'GB/T 35273-2017',
      'GB/T 35273-2020',
      'GB/T 37964-2019',
    ]);
    expect(await q('{committee: "tc260"}')).toEqual(['GB/T 22080-2016']);
    expect(await q('{committee: "iso-iec-jtc1"}')).toEqual(['ISO/IEC 27001:2022']);
    const page = await api.data(
      '{ standards(first: 2) { totalCount pageInfo { hasNextPage } nodes { code } } }',
    );
    expect(page.standards.totalCount).toBe(6);
    expect(page.standards.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['35273', 'GB/T 35273-2020'],
    ['GB/T 35273', 'GB/T 35273-2020'],
    ['27001', 'ISO/IEC 27001:2022'],
    ['de-identifying personal information', 'GB/T 37964-2019'],
  ])('search finds standards by code fragment or title words: %s', async (text, code) => {
    const { search } = await api.data(
      `query($t: String!) { search(text: $t, kinds: [STANDARD]) { entity { name } } }`,
      {
        t: text,
      },
    );
    expect(search.map((h: { entity: { name: string } }) => h.entity.name)).toContain(code);
    expect(search[0].entity.name.startsWith(code.slice(0, 6))).toBe(true);
  });

  it('committee structure: mirrors, secretariat, working groups and the standards they develop', async () => {
    const d = await api.data(`{
      tc260: institution(id: "tc260") { mirrors { id } units { id kind: type } }
      sc27: institution(id: "sc27") { mirroredBy { id } partOf { id } standards { code } }
      jtc1: institution(id: "iso-iec-jtc1") { secretariat { id } units { id } }
      ansi: institution(id: "ansi") { secretariatOf { id } }
      wg3: institution(id: "tc260-wg3") { standards { code references { code } } }
    }`);
    expect(d.tc260).toEqual({
      mirrors: [{ id: 'sc27' }],
      units: [{ id: 'tc260-wg3', kind: 'working-group' }],
    });
    expect(d.sc27).toEqual({
      mirroredBy: [{ id: 'tc260' }],
      partOf: { id: 'iso-iec-jtc1' },
      standards: [{ code: 'ISO/IEC 27001:2022' }],
    });
    expect(d.jtc1.secretariat).toEqual([{ id: 'ansi' }]);
    expect(d.jtc1.units.map((u: { id: string }) => u.id).sort()).toEqual([
      'iso-iec-jtc1-sc40',
      'jtc1-study-group-big-data',
      'jtc1-study-group-smart-cities',
      'sc27',
    ]);
    expect(d.ansi.secretariatOf).toEqual([{ id: 'iso-iec-jtc1' }]);
    expect(d.wg3.standards).toEqual([
      { code: 'GB/T 22080-2016', references: [{ code: 'ISO/IEC 27001:2022' }] },
    ]);
  });

  it('standards on Topic, Event and Talk, each fact with its quote', async () => {
    const d = await api.data(`{
      topic(id: "personal-information-protection") { standards { code } }
      event(id: "sesec-roundtable-personal-information-2020") { standards { code } organisers { role institution { id } provenance { quote } } }
      talk(id: "sesec-2020-he-yanzhe") { standards { code } provenance { location quote source { id } } speakerAffiliation { title institution { name } } }
    }`);
    expect(codes(d.topic.standards)).toEqual(['GB/T 35273-2017', 'GB/T 35273-2020']);
    expect(codes(d.event.standards)).toEqual(['20194267-T-469', 'GB/T 35273-2020', 'GB/T 37964-2019']);
    expect(d.event.organisers).toEqual([
      {
        role: 'ORGANISED',
        institution: { id: 'sesec' },
        provenance: { quote: 'was successfully held by SESEC' },
      },
    ]);
    expect(codes(d.talk.standards)).toEqual(['20194267-T-469', 'GB/T 35273-2020', 'GB/T 37964-2019']);
    expect(d.talk.provenance.quote).toMatch(/^was invited to introduce and interpret/);
    expect(d.talk.speakerAffiliation).toEqual({
      title: 'Director',
      institution: {
        name: 'Cybersecurity Evaluation Center of the China Electronic Standardization Institute',
      },
    });
  });

  it('the graph views carry the quote of each edge', async () => {
    const { neighbourhood } = await api.data(
      '{ neighbourhood(id: "Standard:gb-t-35273-2020") { edges { type from to quote } } }',
    );
    expect(neighbourhood.edges).toEqual(
      expect.arrayContaining([
        {
          type: 'SUPERSEDES',
          from: 'Standard:gb-t-35273-2020',
          to: 'Standard:gb-t-35273-2017',
          quote:
            'the standard GB/T 35273-2020 Information Security Technology—Personal Information Security Specification',
        },
      ]),
    );
  });

  it('round-trips: the report with standards exports as the seed file it was loaded from', async () => {
    const db = testDatabase();
    try {
      const file = path.join(SEEDS_DIR, '2020-10-16-sesec-roundtable-personal-information.yaml');
      const original = SeedFileSchema.parse(YAML.parse(fs.readFileSync(file, 'utf8')));
      const exported = SeedFileSchema.parse(
        YAML.parse(toYaml((await exportSource(db, original.source.id))!)),
      );
      // An entity other files declare too (CESI) exports as the graph holds it: with every file's aliases.
      const { institutions } = exported as unknown as { institutions: { id: string; aliases: string[] }[] };
      expect(institutions.find((i) => i.id === 'cesi')!.aliases).toEqual(
        expect.arrayContaining(['CESI', 'China Electronic Standardization Institute']),
      );
      const ownOnly = (d: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(d).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.filter((e: { id?: string }) => e.id !== 'cesi') : v,
          ]),
        );
      const sorted = (x: unknown): unknown =>
        Array.isArray(x)
          ? x.map(sorted).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
          : x && typeof x === 'object'
            ? Object.fromEntries(
                Object.entries(x)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([k, v]) => [k, sorted(v)]),
              )
            : x;
      expect(sorted(ownOnly(exported))).toEqual(sorted(ownOnly(original)));
    } finally {
      await db.close();
    }
  });
});
