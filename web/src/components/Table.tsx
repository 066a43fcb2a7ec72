import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { download, slug, toCsv } from '../export';

export interface Column<R> {
  label: string;
  /** Plain text: what CSV exports and sorting use. */
  text: (r: R) => string;
  render?: (r: R) => ComponentChildren;
  numeric?: boolean;
}

const PAGE = 25;

/** A sortable, paginated table with CSV export of all its rows (not only the page shown). */
export function Table<R>(props: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  empty?: string;
  pageSize?: number;
}) {
  const size = props.pageSize ?? PAGE;
  const [sort, setSort] = useState<{ col: number; dir: 1 | -1 } | null>(null);
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    if (!sort) return props.rows;
    const col = props.columns[sort.col]!;
    const cmp = col.numeric
      ? (a: R, b: R) => Number(col.text(a)) - Number(col.text(b))
      : (a: R, b: R) => col.text(a).localeCompare(col.text(b));
    return [...props.rows].sort((a, b) => cmp(a, b) * sort.dir);
  }, [props.rows, props.columns, sort]);
  if (!props.rows.length) return <p class="empty">{props.empty ?? 'Nothing to show.'}</p>;
  const pages = Math.ceil(rows.length / size);
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * size, current * size + size);
  const exportCsv = () =>
    download(
      `${slug(props.caption)}.csv`,
      toCsv(
        props.columns.map((c) => c.label),
        rows.map((r) => props.columns.map((c) => c.text(r))),
      ),
      'text/csv;charset=utf-8',
    );
  return (
    <div class="table-wrap">
      <div class="table-tools">
        <span class="muted small">
          {rows.length} row{rows.length === 1 ? '' : 's'}
        </span>
        <button type="button" class="small-btn" onClick={exportCsv}>
          CSV
        </button>
      </div>
      <table>
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c, i) => (
              <th
                scope="col"
                key={c.label}
                class={c.numeric ? 'num' : undefined}
                aria-sort={sort?.col === i ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
              >
                <button
                  type="button"
                  class="sort"
                  onClick={() =>
                    setSort(sort?.col === i ? { col: i, dir: sort.dir === 1 ? -1 : 1 } : { col: i, dir: 1 })
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{sort?.col === i ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {props.columns.map((c) => (
                <td key={c.label} class={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(r) : c.text(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label={`Pages of ${props.caption}`}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
