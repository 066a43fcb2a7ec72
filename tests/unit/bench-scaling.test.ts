import type { BenchReport, Figure } from '../../bench/lib/report';
import { collectScaling, growth, scalingMarkdown, verdict } from '../../bench/lib/scaling';
import { chartRows, chartSpec, renderScalingSvg } from '../../bench/lib/scaling-chart';

const fig = (p50: number, p99: number, errors = 0): Figure => ({
  rps: 1000 / p50,
  p50,
  p99,
  errors,
  rounds: [1000 / p50],
});

/** A per-SF report as bench/run.ts --out writes it: search stays flat, the person grows with its answer, the list grows with the graph. */
function report(
  sf: number,
  when: string,
  scale: { search: number; person: number; list: number },
): BenchReport {
  return {
    when,
    machine: { cpus: 'cpu', cores: 2, memoryGiB: 24, os: 'Linux', node: 'v20', neo4j: '5.26.30 community' },
    dataset: { sf, seed: 42, nodes: 10_000 * sf, relationships: 45_000 * sf },
    settings: { duration: 3, warmup: 1, rounds: 1, concurrency: [1, 8], targets: ['ours', 'raw'] },
    operations: [
      { name: 'search', kind: 'list' },
      { name: 'personWithTalksAndAffiliations', kind: 'detail' },
      { name: 'paginatedFilteredList', kind: 'list' },
      { name: 'dashboardStats', kind: 'analysis' },
    ],
    results: {
      search: {
        ours: { 1: fig(4 * scale.search, 6 * scale.search), 8: fig(20, 40) },
        raw: { 1: fig(3, 5), 8: fig(15, 30) },
      },
      personWithTalksAndAffiliations: { ours: { 1: fig(10 * scale.person, 20 * scale.person) } },
      paginatedFilteredList: { ours: { 1: fig(5 * scale.list, 9 * scale.list) } },
      // No request finished at the largest SF: no figure, not 0.
      dashboardStats: { raw: { 8: sf === 100 ? fig(NaN, NaN, 8) : fig(300 * sf, 500 * sf) } },
    },
    profiles: {
      search: { ours: { roundTrips: 1, dbHits: 100, queries: [] } },
      personWithTalksAndAffiliations: { ours: { roundTrips: 1, dbHits: 1000 * scale.person, queries: [] } },
      paginatedFilteredList: { ours: { roundTrips: 1, dbHits: 500 * sf, queries: [] } },
    },
    answerMismatches: [],
    rssMiB: {},
    loadAverage: { start: [1.5, 2, 2.5], end: [3, 2.5, 2] },
    build: { commit: 'abc1234', uncommitted: ['src/x.ts'], distBuiltAt: '2026-11-27T23:59:00.000Z' },
    answers: {
      search: { items: 10, bytes: 900 },
      personWithTalksAndAffiliations: { items: 100 * scale.person, bytes: 9000 * scale.person },
      paginatedFilteredList: { items: 41, bytes: 3000 },
    },
  };
}

const reports = [
  report(100, '2026-11-28T01:00:00Z', { search: 1.5, person: 4, list: 30 }),
  report(1, '2026-11-28T00:00:00Z', { search: 1, person: 1, list: 1 }),
  report(10, '2026-11-28T00:30:00Z', { search: 1.2, person: 2, list: 5 }),
];

describe('bench:scaling: collecting per-SF results, growth ratios and the 2× goal', () => {
  const result = collectScaling(reports, new Date('2026-11-28T02:00:00Z'));

  it('orders the runs by SF and keeps one series per operation, target and concurrency', () => {
    expect(result.sfs).toEqual([1, 10, 100]);
    expect(result.runs.map((r) => [r.sf, r.loadAverage?.start])).toEqual([
      [1, [1.5, 2, 2.5]],
      [10, [1.5, 2, 2.5]],
      [100, [1.5, 2, 2.5]],
    ]);
    const search = result.series.filter((s) => s.operation === 'search');
    expect(search.map((s) => `${s.target}${s.concurrency}`)).toEqual(['ours1', 'ours8', 'raw1', 'raw8']);
    expect(search[0]!.points.map((p) => [p.sf, p.p50])).toEqual([
      [1, 4],
      [10, 4.8],
      [100, 6],
    ]);
  });

  it('takes the latest report when an SF was run twice, and says when the runs used different builds', () => {
    const rerun = report(1, '2026-11-28T03:00:00Z', { search: 2, person: 1, list: 1 });
    rerun.build = { commit: 'def5678', uncommitted: [], distBuiltAt: '2026-11-28T02:59:00.000Z' };
    const again = collectScaling([...reports, rerun]);
    expect(again.sfs).toEqual([1, 10, 100]);
    expect(again.series.find((s) => s.operation === 'search')!.points[0]!.p50).toBe(8);
    expect(scalingMarkdown(again, 'cmd')).toContain('did not all use the same build of dist/');
  });

  it('computes growth from the first to the last SF, and none where a figure is missing', () => {
    expect(growth(4, 6)).toBe(1.5);
    expect(growth(null, 6)).toBeNull();
    expect(growth(0, 6)).toBeNull();
    expect(growth(4, NaN)).toBeNull();
    const stats = result.series.find((s) => s.operation === 'dashboardStats')!;
    expect(stats.points[2]).toMatchObject({ p50: null, p99: null, errors: 8 });
    expect(stats.growth.p50).toBeNull();
    const list = result.series.find((s) => s.operation === 'paginatedFilteredList')!;
    expect(list.growth.p50).toBe(30);
  });

  it('checks the goal for operations whose answer does not grow, against the growth of their answer', () => {
    expect(verdict(1.9, 1)).toBe('met');
    expect(verdict(2.1, 1)).toBe('missed');
    expect(verdict(6, 4)).toBe('follows-answer');
    expect(verdict(9, 4)).toBe('missed');
    expect(verdict(null, 1)).toBe('unmeasured');

    const byOp = Object.fromEntries(result.goal.map((g) => [g.operation, g]));
    // The dashboard's aggregates are over the whole graph: not under the goal.
    expect(Object.keys(byOp).sort()).toEqual([
      'paginatedFilteredList',
      'personWithTalksAndAffiliations',
      'search',
    ]);
    expect(byOp.search).toMatchObject({ p50Growth: 1.5, p50GrowthC8: 1, answerGrowth: 1, verdict: 'met' });
    expect(byOp.search!.rawP50Growth).toBe(1);
    expect(byOp.personWithTalksAndAffiliations).toMatchObject({
      p50Growth: 4,
      answerGrowth: 4,
      dbHitsGrowth: 4,
      verdict: 'follows-answer',
    });
    expect(byOp.paginatedFilteredList).toMatchObject({ p50Growth: 30, dbHitsGrowth: 100, verdict: 'missed' });
  });

  it('writes the table with every SF, growth, load averages and verdicts', () => {
    const md = scalingMarkdown(result, 'npm run bench:scaling -- --measure');
    expect(md).toContain('# Scaling: the query mix at SF1, SF10, SF100');
    expect(md).toContain('| search | ours | 1 | 4.0 / 6.0 | 4.8 / 7.2 | 6.0 / 9.0 | 1.50× | 1.50× | 0 |');
    expect(md).toMatch(/\| paginatedFilteredList \| .* \| 30\.0× \| .* ❌ over 2× \|/);
    expect(md).toMatch(/\| search \| ten hits \| 10 \/ 10 \/ 10 \| 4\.0 \/ 4\.8 \/ 6\.0 \| 1\.50× \|/);
    expect(md).toContain(
      '| 100 | 1,000,000 | 4,500,000 | 2026-11-28T01:00:00Z | 1.5, 2, 2.5 | 3, 2.5, 2 | abc1234 + 1 changed; 2026-11-27T23:59:00.000Z | none |',
    );
    expect(md).not.toContain('did not all use the same build');
    expect(md).toContain('1 of 3 within 2×; 1 over it but no faster than their answer grew; 1 missed');
    expect(md).toContain(
      '| dashboardStats | raw Cypher | 8 | 300 / 500 | 3,000 / 5,000 | – / – | – | – | 8 |',
    );
  });
});

describe('bench:scaling: the chart', () => {
  const result = collectScaling(reports);

  it('has a row per measured point and percentile, none for a missing figure', () => {
    const rows = chartRows(result);
    const stats = rows.filter((r) => r.operation === 'dashboardStats');
    expect(stats.map((r) => `${r.sf}${r.percentile}`)).toEqual(['1p50', '1p99', '10p50', '10p99']);
    expect(rows).toContainEqual({
      operation: 'search',
      target: 'raw Cypher',
      concurrency: 'concurrency 8',
      percentile: 'p99',
      sf: 100,
      ms: 30,
    });
  });

  it('plots latency against SF on log scales, one line per operation and target', () => {
    const spec = chartSpec(result) as unknown as {
      facet: { row: { field: string }; column: { field: string } };
      spec: { encoding: Record<string, { field: string; scale?: { type?: string } }> };
    };
    expect(spec.facet.row.field).toBe('concurrency');
    expect(spec.facet.column.field).toBe('percentile');
    expect(spec.spec.encoding.x).toMatchObject({ field: 'sf', scale: { type: 'log' } });
    expect(spec.spec.encoding.y).toMatchObject({ field: 'ms', scale: { type: 'log' } });
    expect(spec.spec.encoding.color!.field).toBe('operation');
    expect(spec.spec.encoding.strokeDash!.field).toBe('target');
  });

  it('renders an SVG document with the operations in its legend', async () => {
    const svg = await renderScalingSvg(result);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
    for (const name of [
      'search',
      'personWithTalksAndAffiliations',
      'paginatedFilteredList',
      'dashboardStats',
    ])
      expect(svg).toContain(name);
    expect(svg).toContain('concurrency 8');
    // one path per line: 4 operations x targets x concurrencies x 2 percentiles, at least
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(10);
  });
});
