import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApi, TEST_TOKEN, type Api } from '../support/api';
import { forumSeedsDir } from '../support/db';

/**
 * Report ingestion over GraphQL (the review page's API): draftReport and acceptReport on a scratch copy of
 * the forum's seeds folder, with a paraphrased fixture report that links to the forum's entities.
 */
const REPORT = fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'review', 'data-labelling-seminar.txt'),
  'utf8',
);
const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };
const DRAFT = `mutation($input: ReportInput!) { draftReport(input: $input) {
  sourceId title text yaml notes summary
  facts { key type from { id name } to { id name } detail location quote span { start end } fields { name value } }
  entities { section id name as link confidence candidates { id score } inferred quote span { start end } }
} }`;
const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { sourceId file nodes relationships } }`;

interface Draft {
  sourceId: string;
  text: string;
  yaml: string;
  facts: {
    key: string;
    type: string;
    from: { id: string };
    to: { id: string };
    quote: string | null;
    span: { start: number; end: number } | null;
    fields: { name: string; value: string }[];
  }[];
  entities: { section: string; id: string; link: string; candidates: { id: string; score: number }[] }[];
}

describe('draftReport and acceptReport (real Neo4j, a scratch seeds folder)', () => {
  let api: Api;
  let dir: string;
  let draft: Draft;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-seeds-'));
    fs.cpSync(forumSeedsDir(), dir, { recursive: true });
    api = await startApi({ SEEDS_DIR: dir }, dir);
  });
  afterAll(async () => {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const seedFiles = () =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();

  it('refuses a request without a token', async () => {
    const r = await api.gql(DRAFT, { input: { content: REPORT, format: 'TEXT' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('drafts a report: facts with quotes found in the text, links and uncertain entities', async () => {
    const r = await api.gql<{ draftReport: Draft }>(
      DRAFT,
      { input: { content: REPORT, format: 'TEXT' } },
      AUTH,
    );
    expect(r.errors).toBeUndefined();
    draft = r.data!.draftReport;
    expect(draft.text).toContain('Data Labelling Standards Seminar');
    expect(draft.yaml).toMatch(/^# DRAFT/);
    const facts = Object.fromEntries(draft.facts.map((f) => [f.key, f]));
    expect(facts['affiliations[0]']).toMatchObject({
      type: 'AFFILIATED_WITH',
      from: { id: 'liu-xiangang' },
      to: { id: 'tc260' },
    });
    expect(draft.facts.map((f) => f.type)).toEqual(
      expect.arrayContaining(['AFFILIATED_WITH', 'ORGANISED', 'CO_ORGANISED', 'HELD_IN', 'GAVE']),
    );
    for (const f of draft.facts) {
      expect(f.span).not.toBeNull();
      expect(draft.text.slice(f.span!.start, f.span!.end).replace(/\s+/g, ' ')).toBe(f.quote);
    }
    const byId = Object.fromEntries(draft.entities.map((e) => [e.id, e]));
    expect(byId['tc260']!.link).toBe('alias');
    expect(byId['zhengzhou']!.link).toBe('exact');
    expect(byId['wang-jianming']).toMatchObject({ link: 'uncertain', candidates: [{ id: 'wang-jianmin' }] });
  });

  it('refuses a draft that fails validation, listing the problems, and keeps nothing', async () => {
    const before = seedFiles();
    const r = await api.gql(
      ACCEPT,
      {
        input: {
          yaml: draft.yaml,
          text: draft.text,
          corrections: [{ key: 'affiliations[0]', field: 'asOf', value: 'June 2021' }],
        },
      },
      AUTH,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = r.errors![0]!.extensions!.problems as { path: string; message: string }[];
    expect(problems.some((p) => p.path.startsWith('affiliations[0].asOf'))).toBe(true);
    expect(seedFiles()).toEqual(before);
    const bad = await api.gql(
      ACCEPT,
      { input: { yaml: draft.yaml, text: draft.text, reject: ['talks[9]'] } },
      AUTH,
    );
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.reject[0]' },
    });
    const { source } = await api.data(`{ source(id: "${draft.sourceId}") { id } }`);
    expect(source).toBeNull();
  });

  it('accepts with a fact rejected and one corrected: seed file, stored text, loaded graph', async () => {
    const rejected = draft.facts.find((f) => f.type === 'GAVE' && f.from.id === 'wang-jianming')!;
    const r = await api.gql(
      ACCEPT,
      {
        input: {
          yaml: draft.yaml,
          text: draft.text,
          reject: [rejected.key],
          corrections: [{ key: 'affiliations[0]', field: 'title', value: 'Deputy Secretary-General' }],
        },
      },
      AUTH,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.acceptReport).toMatchObject({ sourceId: draft.sourceId, file: `${draft.sourceId}.yaml` });
    expect(fs.existsSync(path.join(dir, `${draft.sourceId}.yaml`))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'sources', `${draft.sourceId}.txt`), 'utf8')).toBe(draft.text);
    const { source } = await api.data(`{ source(id: "${draft.sourceId}") {
      facts(first: 100) { totalCount nodes { type from { id } to { id } quote properties { name value } } } } }`);
    const facts = source.facts.nodes as {
      type: string;
      from: { id: string };
      properties: { name: string; value: string }[];
    }[];
    expect(facts.some((f) => f.type === 'GAVE' && f.from.id === 'zhao-minghui')).toBe(true);
    expect(facts.some((f) => f.type === 'GAVE' && f.from.id === 'wang-jianming')).toBe(false);
    const affiliation = facts.find((f) => f.type === 'AFFILIATED_WITH' && f.from.id === 'liu-xiangang')!;
    expect(affiliation.properties).toContainEqual({ name: 'title', value: 'Deputy Secretary-General' });
    // The forum's facts about the same people are still there: linked, not duplicated.
    const { person } = await api.data('{ person(id: "liu-xiangang") { affiliations { title } } }');
    expect(person.affiliations).toHaveLength(2);
  });

  it('refuses the same report again', async () => {
    const again = await api.gql(DRAFT, { input: { content: REPORT, format: 'TEXT' } }, AUTH);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/already in the seeds/);
  });

  it('takes bodies over HTTP_BODY_LIMIT from a curator only', async () => {
    const big = 'x'.repeat(200_000);
    const anonymous = await api.gql(DRAFT, { input: { content: big, format: 'PDF' } });
    expect(anonymous.status).toBe(413);
    const curator = await api.gql(DRAFT, { input: { content: big, format: 'PDF' } }, AUTH);
    expect(curator.status).toBe(200);
    expect(curator.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
