/**
 * The scaling table (`npm run bench:scaling`): the benchmark's per-SF reports (bench/run.ts --out) gathered
 * into one series per operation, target and concurrency, with the growth from the smallest to the largest
 * scale factor and the issue's goal checked: an operation whose answer does not grow stays within 2×.
 * Pure functions: reading and writing files is the command's job (bench/scaling.ts).
 */
import type { BenchReport } from './report';
import type { TargetName } from './targets';

/** The issue's goal: from SF1 to SF100, at most this growth of the p50 for an operation whose answer does not grow. */
export const GOAL_GROWTH = 2;

/**
 * Operations whose answer should not grow with the graph (the issue names a person, an institution's
 * events, search, paths and a page of a list; the neighbourhood is capped at 100 nodes), with what bounds it.
 * The dashboard's aggregates are over the whole graph: item 1 of the issue (kept per data version) covers them.
 */
export const BOUNDED_ANSWERS: Record<string, string> = {
  talksOnTopicWithNarrower: 'a page of 20 (its totalCount counts every talk on the topic)',
  personWithTalksAndAffiliations: 'one person (the most prolific speaker: more talks in a bigger graph)',
  institutionEventsByRole: "one institution's events (the big committee: more events in a bigger graph)",
  paginatedFilteredList: 'a page of 20 (its totalCount counts every event since 2010)',
  search: 'ten hits',
  pathBetweenActors: 'shortest paths of at most 4 hops',
  neighbourhoodDepth2: 'the nearest 100 nodes',
};

export interface ScalingPoint {
  sf: number;
  p50: number | null;
  p99: number | null;
  rps: number | null;
  errors: number;
}

export interface ScalingSeries {
  operation: string;
  target: TargetName;
  concurrency: number;
  points: ScalingPoint[];
  /** Last SF's figure ÷ first SF's (null when either is missing). */
  growth: { p50: number | null; p99: number | null };
}

export type Verdict =
  /** p50 growth ≤ 2× */
  | 'met'
  /** more than 2×, but no faster than the answer itself grew (the cost follows the answer) */
  | 'follows-answer'
  | 'missed'
  /** no figure at one of the ends */
  | 'unmeasured';

export interface GoalCheck {
  operation: string;
  bounded: string;
  /** ours, p50 at concurrency 1 (the latency of one request alone; c8 shares two cores with 7 others). */
  p50Growth: number | null;
  p50GrowthC8: number | null;
  /** Growth of the answer's entity ids and counts, and of this service's db hits (both load-independent). */
  answerGrowth: number | null;
  dbHitsGrowth: number | null;
  rawP50Growth: number | null;
  verdict: Verdict;
}

export interface ScalingRun {
  sf: number;
  when: string;
  nodes: number;
  relationships: number;
  loadAverage?: { start: number[]; end: number[] };
  settings: BenchReport['settings'];
  answerFailures: string[];
  build?: BenchReport['build'];
}

export interface ScalingResult {
  generatedAt: string;
  sfs: number[];
  machine: BenchReport['machine'] | null;
  runs: ScalingRun[];
  operations: { name: string; kind: string; bounded?: string }[];
  series: ScalingSeries[];
  /** answers[operation][sf]: entity ids and counts in the answer */
  answers: Record<string, Record<number, number>>;
  /** dbHits[operation][target][sf]: summed over the PROFILE plans of the Cypher the target sent */
  dbHits: Record<string, Partial<Record<TargetName, Record<number, number>>>>;
  goal: GoalCheck[];
}

const finite = (x: number | undefined | null): number | null =>
  x === undefined || x === null || !Number.isFinite(x) ? null : x;

/** b ÷ a, or null when either is missing or a is 0. */
export function growth(a: number | null | undefined, b: number | null | undefined): number | null {
  const x = finite(a);
  const y = finite(b);
  return x === null || y === null || x === 0 ? null : y / x;
}

export function verdict(p50Growth: number | null, answerGrowth: number | null): Verdict {
  if (p50Growth === null) return 'unmeasured';
  if (p50Growth <= GOAL_GROWTH) return 'met';
  // The answer itself grew: the goal is that the cost grows with it, not with the graph.
  if (answerGrowth !== null && answerGrowth > 1 && p50Growth <= GOAL_GROWTH * answerGrowth)
    return 'follows-answer';
  return 'missed';
}

/** Gathers per-SF benchmark reports (one per scale factor; the latest wins) into series and goal checks. */
export function collectScaling(reports: BenchReport[], now = new Date()): ScalingResult {
  const bySf = new Map<number, BenchReport>();
  for (const r of reports) {
    const seen = bySf.get(r.dataset.sf);
    if (!seen || seen.when < r.when) bySf.set(r.dataset.sf, r);
  }
  const sfs = [...bySf.keys()].sort((a, b) => a - b);
  const ordered = sfs.map((sf) => bySf.get(sf)!);

  const operations: ScalingResult['operations'] = [];
  for (const r of ordered)
    for (const op of r.operations)
      if (!operations.some((o) => o.name === op.name))
        operations.push({ name: op.name, kind: op.kind, bounded: BOUNDED_ANSWERS[op.name] });

  const series: ScalingSeries[] = [];
  for (const op of operations) {
    const keys = new Set<string>();
    for (const r of ordered)
      for (const [target, byC] of Object.entries(r.results[op.name] ?? {}))
        for (const c of Object.keys(byC ?? {})) keys.add(`${target}|${c}`);
    const sorted = [...keys].sort((a, b) => {
      const [ta, ca] = a.split('|');
      const [tb, cb] = b.split('|');
      return ta === tb ? Number(ca) - Number(cb) : targetOrder(ta!) - targetOrder(tb!);
    });
    for (const key of sorted) {
      const [target, c] = key.split('|') as [TargetName, string];
      const points = ordered.map((r): ScalingPoint => {
        const f = r.results[op.name]?.[target]?.[Number(c)];
        return {
          sf: r.dataset.sf,
          p50: finite(f?.p50),
          p99: finite(f?.p99),
          rps: finite(f?.rps),
          errors: f?.errors ?? 0,
        };
      });
      const first = points[0];
      const last = points[points.length - 1];
      series.push({
        operation: op.name,
        target,
        concurrency: Number(c),
        points,
        growth: {
          p50: points.length > 1 ? growth(first?.p50, last?.p50) : null,
          p99: points.length > 1 ? growth(first?.p99, last?.p99) : null,
        },
      });
    }
  }

  const answers: ScalingResult['answers'] = {};
  const dbHits: ScalingResult['dbHits'] = {};
  for (const r of ordered) {
    for (const [name, size] of Object.entries(r.answers ?? {}))
      (answers[name] ??= {})[r.dataset.sf] = size.items;
    for (const [name, byTarget] of Object.entries(r.profiles))
      for (const [target, p] of Object.entries(byTarget))
        if (p) ((dbHits[name] ??= {})[target as TargetName] ??= {})[r.dataset.sf] = p.dbHits;
  }

  const firstSf = sfs[0];
  const lastSf = sfs[sfs.length - 1];
  const ends = <T>(bySf: Record<number, T> | undefined, f: (x: T) => number): number | null =>
    bySf && sfs.length > 1 && firstSf !== undefined && lastSf !== undefined
      ? growth(
          bySf[firstSf] === undefined ? null : f(bySf[firstSf]),
          bySf[lastSf] === undefined ? null : f(bySf[lastSf]),
        )
      : null;
  const seriesOf = (op: string, target: TargetName, c: number) =>
    series.find((s) => s.operation === op && s.target === target && s.concurrency === c);

  const goal: GoalCheck[] = operations
    .filter((o) => o.bounded)
    .map((o) => {
      const p50Growth = seriesOf(o.name, 'ours', 1)?.growth.p50 ?? null;
      const answerGrowth = ends(answers[o.name], (x) => x);
      return {
        operation: o.name,
        bounded: o.bounded!,
        p50Growth,
        p50GrowthC8: seriesOf(o.name, 'ours', 8)?.growth.p50 ?? null,
        answerGrowth,
        dbHitsGrowth: ends(dbHits[o.name]?.ours, (x) => x),
        rawP50Growth: seriesOf(o.name, 'raw', 1)?.growth.p50 ?? null,
        verdict: verdict(p50Growth, answerGrowth),
      };
    });

  return {
    generatedAt: now.toISOString(),
    sfs,
    machine: ordered[ordered.length - 1]?.machine ?? null,
    runs: ordered.map((r) => ({
      sf: r.dataset.sf,
      when: r.when,
      nodes: r.dataset.nodes,
      relationships: r.dataset.relationships,
      loadAverage: r.loadAverage,
      settings: r.settings,
      answerFailures: r.answerFailures ?? [],
      build: r.build,
    })),
    operations,
    series,
    answers,
    dbHits,
    goal,
  };
}

function targetOrder(t: string): number {
  const i = ['ours', 'peer', 'raw'].indexOf(t);
  return i < 0 ? 99 : i;
}

const num = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (n: number | null) => (n === null ? '–' : `${num(n, n < 10 ? 2 : 1)}×`);
const ms = (n: number | null) => (n === null ? '–' : num(n, n < 10 ? 1 : 0));

const VERDICT_TEXT: Record<Verdict, string> = {
  met: '✅ within 2×',
  'follows-answer': '➖ over 2×, no faster than its answer',
  missed: '❌ over 2×',
  unmeasured: '– not measured at both ends',
};

const TARGET_LABEL: Record<string, string> = { ours: 'ours', peer: '@neo4j/graphql', raw: 'raw Cypher' };

/** The goal table and the full table, as Markdown (bench/results/scaling.md, and the README's section). */
export function scalingMarkdown(result: ScalingResult, command: string): string {
  const { sfs } = result;
  const first = sfs[0];
  const last = sfs[sfs.length - 1];
  const span = `SF${first ?? '?'}→SF${last ?? '?'}`;
  const lines: string[] = [];
  lines.push(
    `# Scaling: the query mix at ${sfs.map((s) => `SF${s}`).join(', ')}`,
    '',
    `Generated ${result.generatedAt} by \`${command}\` from the per-SF runs below. ` +
      'Figures are latencies in ms (autocannon on loopback; p50 / p99), one short round per series: indicative, ' +
      'not a tuned benchmark. The machine is shared with other work (see the load averages).',
    '',
  );
  if (result.machine) {
    const m = result.machine;
    lines.push(
      `Machine: ${m.cores} × ${m.cpus}, ${m.memoryGiB} GiB, ${m.os}, Node.js ${m.node}, Neo4j ${m.neo4j}.`,
      '',
    );
  }
  lines.push(
    '| SF | nodes | relationships | run at | load average at start | at end | code (commit, files changed since; dist/ built at) | failures |',
  );
  lines.push('| ---: | ---: | ---: | --- | --- | --- | --- | --- |');
  for (const r of result.runs) {
    const code = r.build
      ? `${r.build.commit}${r.build.uncommitted.length ? ` + ${r.build.uncommitted.length} changed` : ''}; ${r.build.distBuiltAt}`
      : '–';
    lines.push(
      `| ${r.sf} | ${num(r.nodes)} | ${num(r.relationships)} | ${r.when} | ${r.loadAverage?.start.join(', ') ?? '–'} | ` +
        `${r.loadAverage?.end.join(', ') ?? '–'} | ${code} | ${r.answerFailures.length ? r.answerFailures.join('; ') : 'none'} |`,
    );
  }
  const builds = new Set(result.runs.map((r) => r.build?.distBuiltAt ?? ''));
  if (builds.size > 1)
    lines.push(
      '',
      '**The runs did not all use the same build of dist/**: differences between SFs may be partly differences of code.',
    );
  lines.push(
    '',
    `## The goal: operations whose answer does not grow stay within ${GOAL_GROWTH}× (${span}, this service, p50 at concurrency 1)`,
    '',
    `Answer: entity ids and counts in the answer. db hits: this service's Cypher under PROFILE. Raw: the hand-written Cypher's p50 growth, so what grows in Neo4j shows apart from what grows in the service.`,
    '',
    `| Operation | bounded by | answer ${sfs.map((s) => `SF${s}`).join(' / ')} | p50 c1 ms ${sfs.map((s) => `SF${s}`).join(' / ')} | p50 growth c1 | p50 growth c8 | answer growth | db hits growth | raw p50 growth c1 | goal |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const g of result.goal) {
    const c1 = result.series.find(
      (s) => s.operation === g.operation && s.target === 'ours' && s.concurrency === 1,
    );
    lines.push(
      `| ${g.operation} | ${g.bounded} | ${sfs.map((s) => num(result.answers[g.operation]?.[s])).join(' / ')} | ` +
        `${c1 ? c1.points.map((p) => ms(p.p50)).join(' / ') : '–'} | ${ratio(g.p50Growth)} | ${ratio(g.p50GrowthC8)} | ` +
        `${ratio(g.answerGrowth)} | ${ratio(g.dbHitsGrowth)} | ${ratio(g.rawP50Growth)} | ${VERDICT_TEXT[g.verdict]} |`,
    );
  }
  const counts = (v: Verdict) => result.goal.filter((g) => g.verdict === v).length;
  lines.push(
    '',
    `${counts('met')} of ${result.goal.length} within ${GOAL_GROWTH}×; ${counts('follows-answer')} over it but no faster than their answer grew; ${counts('missed')} missed; ${counts('unmeasured')} not measured at both ends.`,
    '',
    '## Every operation, target and concurrency (p50 / p99 ms)',
    '',
    `| Operation | target | c | ${sfs.map((s) => `SF${s} p50 / p99`).join(' | ')} | p50 growth | p99 growth | errors |`,
    `| --- | --- | ---: | ${sfs.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
  );
  for (const s of result.series) {
    lines.push(
      `| ${s.operation} | ${TARGET_LABEL[s.target] ?? s.target} | ${s.concurrency} | ` +
        `${s.points.map((p) => `${ms(p.p50)} / ${ms(p.p99)}`).join(' | ')} | ${ratio(s.growth.p50)} | ${ratio(s.growth.p99)} | ` +
        `${s.points.reduce((sum, p) => sum + p.errors, 0)} |`,
    );
  }
  lines.push(
    '',
    '## Database work (db hits per request, PROFILE of the Cypher each target sent)',
    '',
    `| Operation | target | ${sfs.map((s) => `SF${s}`).join(' | ')} | growth |`,
    `| --- | --- | ${sfs.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const op of result.operations) {
    for (const [target, bySf] of Object.entries(result.dbHits[op.name] ?? {})) {
      const g =
        first !== undefined && last !== undefined && sfs.length > 1 ? growth(bySf[first], bySf[last]) : null;
      lines.push(
        `| ${op.name} | ${TARGET_LABEL[target] ?? target} | ${sfs.map((s) => num(bySf[s])).join(' | ')} | ${ratio(g)} |`,
      );
    }
  }
  lines.push(
    '',
    'Chart: [scaling.svg](scaling.svg) (p50 and p99 against SF, log scales, one line per operation).',
  );
  return lines.join('\n') + '\n';
}
