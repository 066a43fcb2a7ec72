import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql } from '../api';
import { EntityLink, EntityList } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { ErrorBox, Loading } from '../components/States';
import { download, toCsv } from '../export';
import { PROV, type Prov, type Ref } from '../fragments';
import { navigate, withParams, type Location } from '../router';

/**
 * "Who spoke on which topic": talks counted per topic (rows) and institution or person (columns).
 * Built from the talks the filters select (100 per request, more on demand); with roll-up a talk also
 * counts for every broader topic of its topics.
 */
const QUERY = `query Matrix($where: TalkFilter, $after: String, $withOptions: Boolean!) {
  talks(where: $where, first: 100, after: $after, orderBy: { field: DATE }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title date provenance { ...Prov }
      speaker { id name }
      speakerAffiliation { institution { id name } }
      event { id name place { id name locatedIn { id name locatedIn { id name } } } }
      topics { id name ancestors { id name } }
    }
  }
  options: events(first: 100, orderBy: { field: START_DATE, direction: DESC }) @include(if: $withOptions) {
    nodes { id name startDate place { id name locatedIn { id name locatedIn { id name } } } }
  }
} ${PROV}`;

interface PlaceRef extends Ref {
  locatedIn?: PlaceRef | null;
}
interface Talk {
  id: string;
  title: string;
  date?: string | null;
  provenance?: Prov | null;
  speaker?: Ref | null;
  speakerAffiliation?: { institution: Ref } | null;
  event?: (Ref & { place?: PlaceRef | null }) | null;
  topics: (Ref & { ancestors: Ref[] })[];
}
interface Page {
  talks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string }; nodes: Talk[] };
  options?: { nodes: (Ref & { startDate: string; place?: PlaceRef | null })[] };
}

const placesOf = (p?: PlaceRef | null): Ref[] => (p ? [p, ...placesOf(p.locatedIn)] : []);

export function MatrixPage(props: { loc: Location }) {
  const p = props.loc.params;
  const by = p.get('by') === 'person' ? 'person' : 'institution';
  const rollUp = p.get('rollup') !== '0';
  const filters = {
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    event: p.get('event') ?? '',
    place: p.get('place') ?? '',
  };
  const set = (change: Record<string, string | undefined>) =>
    navigate(
      withParams('/matrix', { by, rollup: rollUp ? undefined : '0', ...filters, cell: undefined, ...change }),
      { replace: true },
    );

  const [talks, setTalks] = useState<Talk[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | undefined>();
  const [events, setEvents] = useState<Page['options']>();
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const where = useMemo(
    () => ({
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(filters.event ? { event: filters.event } : {}),
    }),
    [filters.from, filters.to, filters.event],
  );
  const load = (after?: string) => {
    setLoading(true);
    gql<Page>(QUERY, { where, after: after ?? null, withOptions: !events }).then(
      (d) => {
        setTalks((old) => (after && old ? [...old, ...d.talks.nodes] : d.talks.nodes));
        setTotal(d.talks.totalCount);
        setNext(d.talks.pageInfo.hasNextPage ? d.talks.pageInfo.endCursor : undefined);
        if (d.options) setEvents(d.options);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        setError(e);
        setLoading(false);
      },
    );
  };
  useEffect(() => load(), [where]);

  const places = useMemo(() => {
    const m = new Map<string, Ref>();
    for (const e of events?.nodes ?? []) for (const pl of placesOf(e.place)) m.set(pl.id, pl);
    return [...m.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [events]);

  const matrix = useMemo(() => {
    const rows = new Map<string, Ref>();
    const cols = new Map<string, Ref>();
    const cells = new Map<string, Talk[]>();
    for (const t of talks ?? []) {
      if (filters.place && !placesOf(t.event?.place).some((x) => x.id === filters.place)) continue;
      const col = by === 'person' ? t.speaker : t.speakerAffiliation?.institution;
      if (!col) continue;
      const topics = new Map<string, Ref>();
      for (const tp of t.topics) {
        topics.set(tp.id, tp);
        if (rollUp) for (const a of tp.ancestors) topics.set(a.id, a);
      }
      cols.set(col.id, col);
      for (const tp of topics.values()) {
        rows.set(tp.id, tp);
        const k = `${tp.id}|${col.id}`;
        cells.set(k, [...(cells.get(k) ?? []), t]);
      }
    }
    const total = (id: string, side: 'row' | 'col') =>
      [...cells.entries()]
        .filter(([k]) => k.split('|')[side === 'row' ? 0 : 1] === id)
        .reduce((a, [, v]) => a + v.length, 0);
    const sortedRows = [...rows.values()].sort(
      (a, b) => total(b.id, 'row') - total(a.id, 'row') || a.name.localeCompare(b.name),
    );
    const sortedCols = [...cols.values()].sort(
      (a, b) => total(b.id, 'col') - total(a.id, 'col') || a.name.localeCompare(b.name),
    );
    return { rows: sortedRows, cols: sortedCols, cells };
  }, [talks, by, rollUp, filters.place]);

  const cellKey = p.get('cell');
  const cellTalks = cellKey ? matrix.cells.get(cellKey) : undefined;
  const [cellTopic, cellCol] = cellKey ? cellKey.split('|') : [];
  const max = Math.max(1, ...[...matrix.cells.values()].map((v) => v.length));
  const exportCsv = () =>
    download(
      `topics-by-${by}.csv`,
      toCsv(
        ['topic', ...matrix.cols.map((c) => c.name)],
        matrix.rows.map((r) => [
          r.name,
          ...matrix.cols.map((c) => String(matrix.cells.get(`${r.id}|${c.id}`)?.length ?? 0)),
        ]),
      ),
      'text/csv;charset=utf-8',
    );

  return (
    <article class="matrix-page">
      <h1>Who spoke on which topic</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Matrix options">
        <fieldset>
          <legend>Columns</legend>
          <label>
            <input
              type="radio"
              name="by"
              checked={by === 'institution'}
              onChange={() => set({ by: 'institution' })}
            />{' '}
            Institutions
          </label>
          <label>
            <input type="radio" name="by" checked={by === 'person'} onChange={() => set({ by: 'person' })} />{' '}
            People
          </label>
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={rollUp}
            onChange={() => set({ rollup: rollUp ? '0' : undefined })}
          />{' '}
          Roll up to broader topics
        </label>
        <label>
          From{' '}
          <input
            type="date"
            value={filters.from}
            onChange={(e) => set({ from: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={filters.to}
            onChange={(e) => set({ to: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          Event{' '}
          <select
            value={filters.event}
            onChange={(e) => set({ event: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            {events?.nodes.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.startDate.slice(0, 4)})
              </option>
            ))}
          </select>
        </label>
        <label>
          Place{' '}
          <select
            value={filters.place}
            onChange={(e) => set({ place: (e.target as HTMLSelectElement).value })}
          >
            <option value="">anywhere</option>
            {places.map((pl) => (
              <option key={pl.id} value={pl.id}>
                {pl.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="small-btn" onClick={exportCsv} disabled={!matrix.rows.length}>
          CSV
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {talks === null && !error ? (
        <Loading />
      ) : (
        <>
          <p class="muted" role="status">
            {talks?.length ?? 0} of {total} talks counted
            {next && (
              <>
                {' '}
                <button type="button" class="small-btn" disabled={loading} onClick={() => load(next)}>
                  Count 100 more
                </button>
              </>
            )}
          </p>
          {matrix.rows.length === 0 ? (
            <p class="empty">No talk matches these filters.</p>
          ) : (
            <div class="matrix-scroll" tabIndex={0} role="region" aria-label="Matrix">
              <table class="matrix">
                <caption class="sr-only">Talks per topic and {by}</caption>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    {matrix.cols.map((c) => (
                      <th scope="col" key={c.id} class="col-head">
                        <EntityLink
                          kind={by === 'person' ? 'PERSON' : 'INSTITUTION'}
                          id={c.id}
                          name={c.name}
                        />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.rows.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <EntityLink kind="TOPIC" id={r.id} name={r.name} />
                      </th>
                      {matrix.cols.map((c) => {
                        const n = matrix.cells.get(`${r.id}|${c.id}`)?.length ?? 0;
                        return (
                          <td key={c.id} class="num">
                            {n > 0 && (
                              <button
                                type="button"
                                class="cell"
                                style={{
                                  background: `rgba(76,142,218,${0.15 + (0.85 * n) / max})`,
                                  color: n / max > 0.5 ? '#fff' : '#111',
                                }}
                                aria-label={`${n} talk${n === 1 ? '' : 's'} on ${r.name} by ${c.name}`}
                                aria-pressed={cellKey === `${r.id}|${c.id}`}
                                onClick={() => set({ cell: `${r.id}|${c.id}` })}
                              >
                                {n}
                              </button>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {cellTalks && (
            <section class="cell-talks" aria-labelledby="cell-h">
              <h2 id="cell-h">
                {cellTalks.length} talk{cellTalks.length === 1 ? '' : 's'} on{' '}
                {matrix.rows.find((r) => r.id === cellTopic)?.name} by{' '}
                {matrix.cols.find((c) => c.id === cellCol)?.name}
              </h2>
              <ul class="facts">
                {cellTalks.map((t) => (
                  <li key={t.id}>
                    <EntityLink kind="TALK" id={t.id} name={t.title} />
                    <Provenance p={t.provenance} /> <span class="muted">{t.date}</span>{' '}
                    {t.speaker && <EntityLink kind="PERSON" id={t.speaker.id} name={t.speaker.name} />}
                    {t.event && (
                      <>
                        {' at '}
                        <EntityLink kind="EVENT" id={t.event.id} name={t.event.name} />
                      </>
                    )}
                    <span class="muted small">
                      {' '}
                      (<EntityList kind="TOPIC" items={t.topics} />)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </article>
  );
}
