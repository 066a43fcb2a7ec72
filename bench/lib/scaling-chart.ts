/**
 * The scaling chart (bench/results/scaling.svg): p50 and p99 latency against the scale factor, both on
 * log scales, one line per operation (colour) and target (dash), a panel per percentile and concurrency.
 * Vega-Lite describes it and Vega renders the SVG headless (`view.toSVG()`: no DOM, no canvas, no network).
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ScalingResult } from './scaling';

export interface ChartRow {
  operation: string;
  target: string;
  concurrency: string;
  percentile: 'p50' | 'p99';
  sf: number;
  ms: number;
}

const TARGET_LABEL: Record<string, string> = {
  ours: 'this service',
  peer: '@neo4j/graphql',
  raw: 'raw Cypher',
};

/** One row per measured point; points without a figure (no request finished) are left out: a log scale has no 0. */
export function chartRows(result: ScalingResult): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const s of result.series)
    for (const p of s.points)
      for (const percentile of ['p50', 'p99'] as const) {
        const ms = p[percentile];
        if (ms !== null && ms > 0)
          rows.push({
            operation: s.operation,
            target: TARGET_LABEL[s.target] ?? s.target,
            concurrency: `concurrency ${s.concurrency}`,
            percentile,
            sf: p.sf,
            ms,
          });
      }
  return rows;
}

export function chartSpec(result: ScalingResult): TopLevelSpec {
  const sfs = result.sfs;
  const targets = Object.keys(TARGET_LABEL)
    .filter((t) => result.series.some((s) => s.target === t))
    .map((t) => TARGET_LABEL[t]!);
  const dashes: Record<string, number[]> = {
    'this service': [1, 0],
    'raw Cypher': [6, 3],
    '@neo4j/graphql': [2, 2],
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: `Query mix latency against graph size (${sfs.map((s) => `SF${s}`).join(', ')})`,
      subtitle:
        'ms, log scales; solid: this service, dashed: raw Cypher; one short round per point (indicative)',
    },
    data: { values: chartRows(result) as unknown as Record<string, unknown>[] },
    facet: {
      row: { field: 'concurrency', type: 'nominal', title: null },
      column: { field: 'percentile', type: 'nominal', title: null },
    },
    spec: {
      width: 300,
      height: 220,
      mark: { type: 'line', point: true },
      encoding: {
        x: {
          field: 'sf',
          type: 'quantitative',
          title: 'scale factor',
          scale: { type: 'log', domain: sfs.length ? [sfs[0]!, sfs[sfs.length - 1]!] : undefined },
          axis: { values: sfs, format: '~s' },
        },
        y: { field: 'ms', type: 'quantitative', title: 'latency (ms)', scale: { type: 'log' } },
        color: { field: 'operation', type: 'nominal', title: 'operation' },
        strokeDash: {
          field: 'target',
          type: 'nominal',
          title: 'target',
          scale: { domain: targets, range: targets.map((t) => dashes[t]!) },
        },
        detail: { field: 'target' },
        tooltip: [
          { field: 'operation' },
          { field: 'target' },
          { field: 'sf' },
          { field: 'ms', format: '.1f' },
        ],
      },
    },
    resolve: { scale: { y: 'shared' } },
    // Operation names are long: the legend shows them whole.
    config: { font: 'sans-serif', background: 'white', legend: { labelLimit: 0 } },
  };
}

/** Renders the chart headless to an SVG document. */
export async function renderScalingSvg(result: ScalingResult): Promise<string> {
  const compiled = vl.compile(chartSpec(result)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
