import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityLink } from '../components/EntityLink';
import { Search } from '../components/Search';
import { PageState } from '../components/States';
import { Table } from '../components/Table';
import { download, slug, svgText, svgToPng } from '../export';
import type { Ref } from '../fragments';
import { labelOf, pathOf, pluralOf, styleOf, type Kind } from '../kinds';
import { navigate, withParams, type Location } from '../router';
import { useQuery } from '../use-query';

/** One request: the four aggregates of Query.stats and the latest events for the timeline. */
const QUERY = `query Dashboard($rollUp: Boolean!) {
  stats {
    talksPerTopic(rollUp: $rollUp, first: 15) { topic { id name } count }
    talksPerInstitution(first: 15) { institution { id name } count }
    eventsPerYear { year count }
    nodesPerKind { kind count }
  }
  events(first: 100, orderBy: { field: START_DATE, direction: DESC }) {
    totalCount
    nodes { id name type startDate endDate place { id name } }
  }
}`;

interface Event extends Ref {
  type: string;
  startDate: string;
  endDate: string;
  place?: Ref | null;
}
interface Data {
  stats: {
    talksPerTopic: { topic: Ref; count: number }[];
    talksPerInstitution: { institution: Ref; count: number }[];
    eventsPerYear: { year: number; count: number }[];
    nodesPerKind: { kind: Kind; count: number }[];
  };
  events: { totalCount: number; nodes: Event[] };
}

/** A chart drawn by Observable Plot (SVG), with its data as a table for screen readers and SVG/PNG export. */
function Chart(props: {
  title: string;
  render: (width: number) => SVGSVGElement | HTMLElement;
  empty: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!box.current) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e!.contentRect.width)));
    ro.observe(box.current);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (!box.current || !width || props.empty) return;
    const el = props.render(width);
    el.setAttribute('aria-label', props.title);
    box.current.replaceChildren(el);
  }, [width, props.render, props.empty]);
  const svg = () => box.current?.querySelector('svg') as SVGSVGElement | null;
  const id = 'c-' + slug(props.title);
  return (
    <figure class="chart" aria-labelledby={id}>
      <figcaption id={id}>
        {props.title}
        <span class="spacer" />
        <button
          type="button"
          class="small-btn"
          disabled={props.empty}
          onClick={() => download(`${slug(props.title)}.svg`, svgText(svg()!), 'image/svg+xml')}
        >
          SVG
        </button>
        <button
          type="button"
          class="small-btn"
          disabled={props.empty}
          onClick={() => svgToPng(svg()!).then((b) => download(`${slug(props.title)}.png`, b))}
        >
          PNG
        </button>
      </figcaption>
      {props.empty ? <p class="empty">No data yet.</p> : <div ref={box} class="chart-box" />}
    </figure>
  );
}

const bars =
  <T,>(
    data: T[],
    name: (d: T) => string,
    href: (d: T) => string,
    fill: string | ((d: T) => string),
    unit = 'talks',
  ) =>
  (width: number) =>
    Plot.plot({
      width,
      height: 30 + data.length * 22,
      marginLeft: Math.min(260, width * 0.45),
      x: { label: unit, grid: true, tickFormat: 'd' },
      y: {
        label: null,
        domain: data.map(name),
        tickFormat: (s: string) => (s.length > 40 ? s.slice(0, 38) + '…' : s),
      },
      marks: [
        Plot.barX(data, {
          y: name,
          x: (d: T & { count: number }) => d.count,
          fill,
          href,
          title: (d: T & { count: number }) => `${name(d)}: ${d.count}`,
        }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    });

export function DashboardPage(props: { loc: Location }) {
  const rollUp = props.loc.params.get('rollup') !== '0';
  const state = useQuery<Data>(QUERY, { rollUp });
  return (
    <article class="dashboard">
      <h1>Dashboard</h1>
      <div class="hero-search">
        <Search id="hero" label="Search the graph" placeholder="Who or what are you looking for?" />
      </div>
      <PageState state={state} what="dashboard">
        {(d) => {
          const s = d.stats;
          const total = s.nodesPerKind.reduce((a, k) => a + k.count, 0);
          const events = [...d.events.nodes].sort((a, b) => a.startDate.localeCompare(b.startDate));
          return (
            <>
              <ul class="kpis" aria-label="Nodes per kind">
                {s.nodesPerKind.map((k) => (
                  <li key={k.kind} style={{ borderColor: styleOf(k.kind).color }}>
                    <span class="kpi">{k.count.toLocaleString()}</span> {pluralOf(k.kind)}
                  </li>
                ))}
              </ul>
              {total === 0 && <p class="empty">The graph is empty: load seed data or ingest a report.</p>}
              <p>
                <label>
                  <input
                    type="checkbox"
                    checked={rollUp}
                    onChange={() =>
                      navigate(withParams('/', { rollup: rollUp ? '0' : undefined }), { replace: true })
                    }
                  />{' '}
                  Count talks also for broader topics (roll-up)
                </label>
              </p>
              <div class="charts">
                <Chart
                  title={`Talks per topic${rollUp ? ' (rolled up)' : ''}`}
                  empty={!s.talksPerTopic.length}
                  render={bars(
                    s.talksPerTopic,
                    (x) => x.topic.name,
                    (x) => pathOf('TOPIC', x.topic.id),
                    styleOf('TOPIC').border,
                  )}
                />
                <Chart
                  title="Talks per institution"
                  empty={!s.talksPerInstitution.length}
                  render={bars(
                    s.talksPerInstitution,
                    (x) => x.institution.name,
                    (x) => pathOf('INSTITUTION', x.institution.id),
                    styleOf('INSTITUTION').border,
                  )}
                />
                <Chart
                  title="Events per year"
                  empty={!s.eventsPerYear.length}
                  render={(width) =>
                    Plot.plot({
                      width,
                      height: 220,
                      x: { label: null, tickFormat: (y: number) => String(y), type: 'band' },
                      y: { label: 'events', grid: true, tickFormat: 'd' },
                      marks: [
                        Plot.barY(s.eventsPerYear, {
                          x: 'year',
                          y: 'count',
                          fill: styleOf('EVENT').color,
                          title: (x: { year: number; count: number }) => `${x.year}: ${x.count}`,
                        }),
                        Plot.ruleY([0], { ariaHidden: 'true' }),
                      ],
                    })
                  }
                />
                <Chart
                  title="Nodes per kind"
                  empty={!total}
                  render={bars(
                    s.nodesPerKind.map((k) => ({ ...k, label: pluralOf(k.kind) })),
                    (x) => x.label,
                    (x) => `/browse/${x.kind.toLowerCase()}`,
                    (x) => styleOf(x.kind).color,
                    'nodes',
                  )}
                />
              </div>
              <section aria-labelledby="tl">
                <h2 id="tl">Timeline of events</h2>
                <Chart
                  title="Events over time"
                  empty={!events.length}
                  render={(width) =>
                    Plot.plot({
                      width,
                      height: 40 + events.length * 24,
                      marginLeft: Math.min(300, width * 0.4),
                      x: { type: 'utc', label: null, grid: true, tickFormat: '%Y-%m-%d' },
                      y: {
                        label: null,
                        domain: events.map((e) => e.name),
                        tickFormat: (n: string) => (n.length > 44 ? n.slice(0, 42) + '…' : n),
                      },
                      marks: [
                        Plot.barX(events, {
                          y: 'name',
                          x1: (e: Event) => new Date(e.startDate),
                          x2: (e: Event) => new Date(Date.parse(e.endDate) + 86_400_000),
                          fill: styleOf('EVENT').color,
                          href: (e: Event) => pathOf('EVENT', e.id),
                          title: (e: Event) =>
                            `${e.name}: ${e.startDate}${e.endDate !== e.startDate ? ' to ' + e.endDate : ''}`,
                        }),
                        Plot.dot(events, {
                          y: 'name',
                          x: (e: Event) => new Date(e.startDate),
                          fill: styleOf('EVENT').border,
                          r: 4,
                          ariaHidden: 'true',
                        }),
                      ],
                    })
                  }
                />
                <Table
                  caption="Events"
                  rows={[...events].reverse()}
                  empty="No event yet."
                  columns={[
                    { label: 'Start', text: (e) => e.startDate },
                    { label: 'End', text: (e) => e.endDate },
                    {
                      label: 'Event',
                      text: (e) => e.name,
                      render: (e) => <EntityLink kind="EVENT" id={e.id} name={e.name} />,
                    },
                    { label: 'Type', text: (e) => e.type },
                    { label: 'Place', text: (e) => e.place?.name ?? '' },
                  ]}
                />
                {d.events.totalCount > events.length && (
                  <p class="muted">
                    The latest {events.length} of {d.events.totalCount} events;{' '}
                    <a href="/browse/event">all events</a>.
                  </p>
                )}
              </section>
              <p class="muted small">
                {labelOf('TOPIC')} counts come from <code>stats.talksPerTopic</code>; every figure links to
                its page. Open the <a href="/matrix">topic matrix</a> for who spoke on what.
              </p>
            </>
          );
        }}
      </PageState>
    </article>
  );
}
