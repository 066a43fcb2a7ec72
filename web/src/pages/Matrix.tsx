import { useMemo, useState } from 'preact/hooks';
import { gql } from '../api';
import { EntityLink, EntityList } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { ErrorBox, Loading } from '../components/States';
import { download, toCsv } from '../export';
import { PROV, type Prov, type Ref } from '../fragments';
import { navigate, withParams, type Location } from '../router';
import { useQuery } from '../use-query';

/**
 * "Who spoke on which topic": talks counted per topic (rows) and institution or person (columns), by the
 * API's talkMatrix aggregate over every talk the filters select; with roll-up a talk also counts for every
 * broader topic of its topics. A cell opens its talks (talkMatrixTalks, the same selection).
 */
const OPTIONS = `fragment Options on Query {
  options: events(first: 100, orderBy: { field: START_DATE, direction: DESC }) {
    nodes { id name startDate place { id name locatedIn { id name locatedIn { id name } } } }
  }
}`;

const QUERY = `query Matrix($by: MatrixColumns!, $where: TalkMatrixFilter, $rollUp: Boolean!, $columns: Int!, $rows: Int!, $withOptions: Boolean!) {
  talkMatrix(by: $by, where: $where, rollUp: $rollUp, columns: $columns, rows: $rows) {
    talkCount columnCount rowCount
    columns { institution { id name } person { id name } count }
    rows { topic { id name } count cells { column count } }
  }
  ...Options @include(if: $withOptions)
} ${OPTIONS}`;

/** The event and place filters' choices: asked with the matrix when a filter is set, else on first use. */
const OPTIONS_QUERY = `query MatrixOptions { ...Options } ${OPTIONS}`;

const CELL_QUERY = `query MatrixCell($by: MatrixColumns!, $where: TalkMatrixFilter, $rollUp: Boolean!, $topic: ID!, $column: ID!) {
  talkMatrixTalks(by: $by, where: $where, rollUp: $rollUp, topic: $topic, column: $column, first: 100) {
    totalCount
    nodes {
      id title date provenance { ...Prov }
      speaker { id name }
      event { id name }
      topics { id name }
    }
  }
} ${PROV}`;

interface PlaceRef extends Ref {
  locatedIn?: PlaceRef | null;
}
interface Matrix {
  talkCount: number;
  columnCount: number;
  rowCount: number;
  columns: { institution?: Ref | null; person?: Ref | null; count: number }[];
  rows: { topic: Ref; count: number; cells: { column: number; count: number }[] }[];
}
interface Options {
  options: { nodes: (Ref & { startDate: string; place?: PlaceRef | null })[] };
}
interface Data extends Partial<Options> {
  talkMatrix: Matrix;
}
interface CellTalk {
  id: string;
  title: string;
  date?: string | null;
  provenance?: Prov | null;
  speaker?: Ref | null;
  event?: Ref | null;
  topics: Ref[];
}

const placesOf = (p?: PlaceRef | null): Ref[] => (p ? [p, ...placesOf(p.locatedIn)] : []);
/** Columns and rows shown: the busiest 30 × 50, or on request 100 × 200 (the API's limits). */
const FEW = { columns: 30, rows: 50 };
const MANY = { columns: 100, rows: 200 };

export function MatrixPage(props: { loc: Location }) {
  const p = props.loc.params;
  const by = p.get('by') === 'person' ? 'person' : 'institution';
  const rollUp = p.get('rollup') !== '0';
  const size = p.get('size') === 'large' ? MANY : FEW;
  const filters = {
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    event: p.get('event') ?? '',
    place: p.get('place') ?? '',
  };
  const set = (change: Record<string, string | undefined>) =>
    navigate(
      withParams('/matrix', {
        by,
        rollup: rollUp ? undefined : '0',
        size: size === MANY ? 'large' : undefined,
        ...filters,
        cell: undefined,
        ...change,
      }),
      { replace: true },
    );

  const where = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const vars = { by: by.toUpperCase(), where, rollUp };
  const withOptions = !!(filters.event || filters.place);
  const state = useQuery<Data>(QUERY, { ...vars, ...size, withOptions });
  const [asked, setAsked] = useState<Options>();
  const options = state.data?.options ?? asked?.options;
  const askOptions = () => {
    if (!options) gql<Options>(OPTIONS_QUERY).then(setAsked, () => {});
  };
  const cellKey = p.get('cell');
  const [cellTopic, cellCol] = cellKey ? cellKey.split('|') : [];
  const cell = useQuery<{ talkMatrixTalks: { totalCount: number; nodes: CellTalk[] } }>(
    cellKey ? CELL_QUERY : null,
    { ...vars, topic: cellTopic, column: cellCol },
  );

  const m = state.data?.talkMatrix;
  const cols = (m?.columns ?? []).map((c) => ({ ref: (c.institution ?? c.person)!, count: c.count }));
  const places = useMemo(() => {
    const found = new Map<string, Ref>();
    for (const e of options?.nodes ?? []) for (const pl of placesOf(e.place)) found.set(pl.id, pl);
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [options]);
  const max = Math.max(1, ...(m?.rows ?? []).flatMap((r) => r.cells.map((c) => c.count)));
  const countAt = (r: Matrix['rows'][number]) => {
    const byColumn = new Map(r.cells.map((c) => [c.column, c.count]));
    return (i: number) => byColumn.get(i) ?? 0;
  };
  const exportCsv = () =>
    m &&
    download(
      `topics-by-${by}.csv`,
      toCsv(
        ['topic', 'talks', ...cols.map((c) => c.ref.name)],
        m.rows.map((r) => {
          const at = countAt(r);
          return [r.topic.name, String(r.count), ...cols.map((_, i) => String(at(i)))];
        }),
      ),
      'text/csv;charset=utf-8',
    );
  const colName = cols.find((c) => c.ref.id === cellCol)?.ref.name;
  const topicName = m?.rows.find((r) => r.topic.id === cellTopic)?.topic.name;

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
            onFocus={askOptions}
            onMouseDown={askOptions}
            onChange={(e) => set({ event: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            {options?.nodes.map((e) => (
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
            onFocus={askOptions}
            onMouseDown={askOptions}
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
        <button type="button" class="small-btn" onClick={exportCsv} disabled={!m?.rows.length}>
          CSV
        </button>
      </form>
      {state.error && <ErrorBox error={state.error} />}
      {!m && !state.error ? (
        <Loading />
      ) : m ? (
        <>
          <p class="muted" role="status">
            {m.talkCount} talks; the {cols.length} {by === 'person' ? 'people' : 'institutions'} with most
            talks of {m.columnCount}, and {m.rows.length} of {m.rowCount} topics.
            {(m.columnCount > cols.length || m.rowCount > m.rows.length) && size === FEW && (
              <>
                {' '}
                <button type="button" class="small-btn" onClick={() => set({ size: 'large' })}>
                  Show up to {MANY.columns} columns and {MANY.rows} topics
                </button>
              </>
            )}
          </p>
          {m.rows.length === 0 ? (
            <p class="empty">No talk matches these filters.</p>
          ) : (
            <div class="matrix-scroll" tabIndex={0} role="region" aria-label="Matrix">
              <table class="matrix">
                <caption class="sr-only">Talks per topic and {by}</caption>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <th scope="col" class="num">
                      Talks
                    </th>
                    {cols.map((c) => (
                      <th scope="col" key={c.ref.id} class="col-head">
                        <EntityLink
                          kind={by === 'person' ? 'PERSON' : 'INSTITUTION'}
                          id={c.ref.id}
                          name={c.ref.name}
                        />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.rows.map((r) => {
                    const at = countAt(r);
                    return (
                      <tr key={r.topic.id}>
                        <th scope="row">
                          <EntityLink kind="TOPIC" id={r.topic.id} name={r.topic.name} />
                        </th>
                        <td class="num muted">{r.count}</td>
                        {cols.map((c, i) => {
                          const n = at(i);
                          const key = `${r.topic.id}|${c.ref.id}`;
                          return (
                            <td key={c.ref.id} class="num">
                              {n > 0 && (
                                <button
                                  type="button"
                                  class="cell"
                                  style={{
                                    background: `rgba(76,142,218,${0.15 + (0.85 * n) / max})`,
                                    color: n / max > 0.5 ? '#fff' : '#111',
                                  }}
                                  aria-label={`${n} talk${n === 1 ? '' : 's'} on ${r.topic.name} by ${c.ref.name}`}
                                  aria-pressed={cellKey === key}
                                  onClick={() => set({ cell: key })}
                                >
                                  {n}
                                </button>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
      {cellKey && (
        <section class="cell-talks" aria-labelledby="cell-h">
          <h2 id="cell-h">
            {cell.data
              ? `${cell.data.talkMatrixTalks.totalCount} talk${cell.data.talkMatrixTalks.totalCount === 1 ? '' : 's'}`
              : 'Talks'}{' '}
            on {topicName ?? cellTopic} by {colName ?? cellCol}
          </h2>
          {cell.error && <ErrorBox error={cell.error} />}
          {cell.loading && <Loading />}
          {cell.data && (
            <ul class="facts">
              {cell.data.talkMatrixTalks.nodes.map((t) => (
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
          )}
          {cell.data && cell.data.talkMatrixTalks.totalCount > cell.data.talkMatrixTalks.nodes.length && (
            <p class="muted small">
              The first {cell.data.talkMatrixTalks.nodes.length}, by date; narrow the filters to see others.
            </p>
          )}
        </section>
      )}
    </article>
  );
}
