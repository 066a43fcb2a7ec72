import path from 'node:path';
import { startApi, type Api } from '../support/api';

/**
 * talkMatrix and talkMatrixTalks against a matrix recomputed here from each talk's own fields (speaker,
 * speakerAffiliation, topics and their ancestors, date, event, place), on the seed graph and on the
 * time-bounded affiliations fixture, with every filter.
 */

interface PlaceRef {
  id: string;
  locatedIn?: PlaceRef | null;
}
interface Talk {
  id: string;
  date: string | null;
  speaker: { id: string } | null;
  speakerAffiliation: { institution: { id: string } } | null;
  topics: { id: string; ancestors: { id: string }[] }[];
  event: { id: string; place: PlaceRef | null } | null;
}
interface Filter {
  from?: string;
  to?: string;
  event?: string;
  place?: string;
  topic?: string;
}
interface Options {
  by: 'INSTITUTION' | 'PERSON';
  rollUp: boolean;
  where: Filter;
}
interface Matrix {
  talkCount: number;
  columnCount: number;
  rowCount: number;
  columns: {
    institution: { id: string; name: string } | null;
    person: { id: string; name: string } | null;
    count: number;
  }[];
  rows: { topic: { id: string; name: string }; count: number; cells: { column: number; count: number }[] }[];
}

const TALK_FIELDS = `id date speaker { id } speakerAffiliation { institution { id } }
  topics { id ancestors { id } } event { id place { id locatedIn { id locatedIn { id locatedIn { id } } } } }`;

async function allTalks(api: Api, where: Record<string, unknown> = {}): Promise<Talk[]> {
  const talks: Talk[] = [];
  let after: string | null = null;
  do {
    const d: { talks: { nodes: Talk[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
      await api.data(
        `query($where: TalkFilter, $after: String) {
           talks(where: $where, first: 100, after: $after) { nodes { ${TALK_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
        { where, after },
      );
    talks.push(...d.talks.nodes);
    after = d.talks.pageInfo.hasNextPage ? d.talks.pageInfo.endCursor : null;
  } while (after);
  return talks;
}

const places = (p: PlaceRef | null | undefined): string[] => (p ? [p.id, ...places(p.locatedIn)] : []);

/** The matrix as the API documents it, from the talks' own fields; all columns and rows. */
async function expected(api: Api, o: Options) {
  const talks = await allTalks(api);
  const atEvent = o.where.event
    ? new Set((await allTalks(api, { event: o.where.event })).map((t) => t.id))
    : undefined;
  const ancestors = await topicAncestors(api);
  const underTopic = (id: string) =>
    !o.where.topic || id === o.where.topic || (ancestors.get(id) ?? []).includes(o.where.topic);
  const cells = new Map<string, Map<string, Set<string>>>(); // topic -> column -> talks
  const columns = new Map<string, number>();
  for (const t of talks) {
    if (o.where.from && !(t.date && t.date >= o.where.from)) continue;
    if (o.where.to && !(t.date && t.date <= o.where.to)) continue;
    if (atEvent && !atEvent.has(t.id)) continue;
    if (o.where.place && !places(t.event?.place).includes(o.where.place)) continue;
    const scoped = t.topics.filter((x) => underTopic(x.id));
    if (o.where.topic && !scoped.length) continue;
    const column = o.by === 'PERSON' ? t.speaker?.id : t.speakerAffiliation?.institution.id;
    if (!column) continue;
    columns.set(column, (columns.get(column) ?? 0) + 1);
    const topics = new Set<string>();
    for (const x of scoped) {
      topics.add(x.id);
      if (o.rollUp) for (const a of x.ancestors) if (underTopic(a.id)) topics.add(a.id);
    }
    for (const x of topics) {
      const row = cells.get(x) ?? new Map<string, Set<string>>();
      row.set(column, (row.get(column) ?? new Set()).add(t.id));
      cells.set(x, row);
    }
  }
  return { columns, cells, talkCount: [...columns.values()].reduce((a, b) => a + b, 0) };
}

/** Every topic's broader topics, all levels up. */
async function topicAncestors(api: Api): Promise<Map<string, string[]>> {
  const m = new Map<string, string[]>();
  let after: string | null = null;
  do {
    const d: {
      topics: {
        nodes: { id: string; ancestors: { id: string }[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    } = await api.data(
      `query($after: String) { topics(first: 100, after: $after) { nodes { id ancestors { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const t of d.topics.nodes)
      m.set(
        t.id,
        t.ancestors.map((a) => a.id),
      );
    after = d.topics.pageInfo.hasNextPage ? d.topics.pageInfo.endCursor : null;
  } while (after);
  return m;
}

const MATRIX = `query($by: MatrixColumns, $where: TalkMatrixFilter, $rollUp: Boolean, $columns: Int, $rows: Int) {
  talkMatrix(by: $by, where: $where, rollUp: $rollUp, columns: $columns, rows: $rows) {
    talkCount columnCount rowCount
    columns { institution { id name } person { id name } count }
    rows { topic { id name } count cells { column count } }
  } }`;

async function matrix(api: Api, o: Options, columns = 100, rows = 200): Promise<Matrix> {
  return (await api.data<{ talkMatrix: Matrix }>(MATRIX, { ...o, columns, rows })).talkMatrix;
}

const columnId = (c: Matrix['columns'][number]) => (c.institution ?? c.person)!.id;

/** The API's matrix equals the one recomputed from the talks, cell by cell, in the documented order. */
async function expectSame(api: Api, o: Options) {
  const want = await expected(api, o);
  const got = await matrix(api, o);
  expect(got.talkCount).toBe(want.talkCount);
  expect(got.columnCount).toBe(want.columns.size);
  expect(Object.fromEntries(got.columns.map((c) => [columnId(c), c.count]))).toEqual(
    Object.fromEntries(want.columns),
  );
  for (const c of got.columns) expect(o.by === 'PERSON' ? c.person : c.institution).not.toBeNull();
  const counts = got.columns.map((c) => c.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(got.rowCount).toBe(want.cells.size);
  const gotCells = Object.fromEntries(
    got.rows.map((r) => [
      r.topic.id,
      Object.fromEntries(r.cells.map((c) => [columnId(got.columns[c.column]!), c.count])),
    ]),
  );
  const wantCells = Object.fromEntries(
    [...want.cells].map(([x, row]) => [x, Object.fromEntries([...row].map(([c, ts]) => [c, ts.size]))]),
  );
  expect(gotCells).toEqual(wantCells);
  for (const r of got.rows) expect(r.count).toBe(r.cells.reduce((a, c) => a + c.count, 0));
  const rowCounts = got.rows.map((r) => r.count);
  expect(rowCounts).toEqual([...rowCounts].sort((a, b) => b - a));
  return { got, want };
}

/** Each cell's talks (talkMatrixTalks) are exactly the talks it counts. */
async function expectCellTalks(api: Api, o: Options, want: Awaited<ReturnType<typeof expected>>, max = 12) {
  const cells = [...want.cells].flatMap(([x, row]) => [...row].map(([c, ts]) => ({ x, c, ts })));
  expect(cells.length).toBeGreaterThan(0);
  for (const { x, c, ts } of cells.slice(0, max)) {
    const d = await api.data<{
      talkMatrixTalks: { totalCount: number; nodes: { id: string; date: string | null }[] };
    }>(
      `query($by: MatrixColumns, $where: TalkMatrixFilter, $rollUp: Boolean, $topic: ID!, $column: ID!) {
         talkMatrixTalks(by: $by, where: $where, rollUp: $rollUp, topic: $topic, column: $column, first: 100) {
           totalCount nodes { id date } } }`,
      { ...o, topic: x, column: c },
    );
    expect(d.talkMatrixTalks.totalCount).toBe(ts.size);
    expect(d.talkMatrixTalks.nodes.map((t) => t.id).sort()).toEqual([...ts].sort());
    const dates = d.talkMatrixTalks.nodes.map((t) => t.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  }
}

describe('talkMatrix on the seed graph (real Neo4j)', () => {
  let api: Api;
  let talks: Talk[];
  beforeAll(async () => {
    api = await startApi();
    talks = await allTalks(api);
  });
  afterAll(() => api.stop());

  it('counts every talk per topic (rolled up) and institution, as the talks themselves say', async () => {
    const o: Options = { by: 'INSTITUTION', rollUp: true, where: {} };
    const { got, want } = await expectSame(api, o);
    expect(got.talkCount).toBeGreaterThan(5);
    // Roll-up adds broader topics that no talk is directly about.
    const direct = new Set(talks.flatMap((t) => t.topics.map((x) => x.id)));
    expect(got.rows.some((r) => !direct.has(r.topic.id))).toBe(true);
    await expectCellTalks(api, o, want);
  });

  it('without roll-up, counts talks only for the topics they are about', async () => {
    const o: Options = { by: 'INSTITUTION', rollUp: false, where: {} };
    const { got, want } = await expectSame(api, o);
    const direct = new Set(talks.flatMap((t) => t.topics.map((x) => x.id)));
    expect(got.rows.every((r) => direct.has(r.topic.id))).toBe(true);
    await expectCellTalks(api, o, want, 6);
  });

  it('has a column per speaker with by: PERSON', async () => {
    const o: Options = { by: 'PERSON', rollUp: true, where: {} };
    const { want } = await expectSame(api, o);
    await expectCellTalks(api, o, want, 6);
  });

  it('filters by date range, event (with its parts), place (and what is inside it) and topic subtree', async () => {
    const dated = talks
      .map((t) => t.date)
      .filter((d): d is string => !!d)
      .sort();
    const event = talks.find((t) => t.event)!.event!;
    const place = places(event.place).at(-1)!;
    const broad = talks.flatMap((t) => t.topics.flatMap((x) => x.ancestors)).at(0)!.id;
    const filters: Filter[] = [
      { from: dated[Math.floor(dated.length / 2)]! },
      { to: dated[Math.floor(dated.length / 2)]! },
      { event: event.id },
      { place },
      { topic: broad },
      { topic: broad, from: dated[0]!, place },
    ];
    for (const where of filters) {
      const { got, want } = await expectSame(api, { by: 'INSTITUTION', rollUp: true, where });
      expect(got.talkCount).toBeGreaterThan(0);
      expect(got.talkCount).toBeLessThanOrEqual(talks.length);
      if (where.topic) await expectCellTalks(api, { by: 'INSTITUTION', rollUp: true, where }, want, 4);
    }
    await expectSame(api, { by: 'PERSON', rollUp: false, where: { topic: broad } });
  });

  it('returns the busiest columns and rows first when asked for fewer', async () => {
    const o: Options = { by: 'INSTITUTION', rollUp: true, where: {} };
    const all = await matrix(api, o);
    const few = await matrix(api, o, 2, 3);
    expect(few.columnCount).toBe(all.columnCount);
    expect(few.columns.map((c) => c.count)).toEqual(all.columns.slice(0, 2).map((c) => c.count));
    expect(few.rows.length).toBeLessThanOrEqual(3);
    // Rows are ranked by their talks in the columns returned; cells point into those columns only.
    for (const r of few.rows) for (const c of r.cells) expect(c.column).toBeLessThan(2);
  });

  it('answers an empty selection with an empty matrix', async () => {
    const m = await matrix(api, { by: 'INSTITUTION', rollUp: true, where: { from: '2999-01-01' } });
    expect(m).toEqual({ talkCount: 0, columnCount: 0, rowCount: 0, columns: [], rows: [] });
    const none = await matrix(api, { by: 'PERSON', rollUp: true, where: { topic: 'no-such-topic' } });
    expect(none.talkCount).toBe(0);
  });

  it('refuses out-of-range sizes with BAD_USER_INPUT naming the argument', async () => {
    for (const [args, field] of [
      ['columns: 0', 'columns'],
      ['rows: 201', 'rows'],
      ['columns: 101', 'columns'],
    ]) {
      const r = await api.gql(`{ talkMatrix(${args}) { talkCount } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain(field!);
    }
    const bad = await api.gql(`{ talkMatrixTalks(topic: "x", column: "y", first: -1) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('talkMatrix with time-bounded affiliations (real Neo4j)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, path.resolve(__dirname, '..', 'fixtures', 'affiliations', 'seeds'));
  });
  afterAll(() => api.stop());

  it("puts each talk in the column of its speaker's affiliation on the talk's date", async () => {
    const o: Options = { by: 'INSTITUTION', rollUp: true, where: {} };
    const { got, want } = await expectSame(api, o);
    // Zhao Ming spoke in 2020 and 2022, both times for TC260 by the dated affiliations.
    expect(got.columns.find((c) => c.institution?.id === 'tc260')?.count).toBeGreaterThanOrEqual(2);
    await expectCellTalks(api, o, want);
  });
});
