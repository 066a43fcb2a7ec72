import { userError } from './errors';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** `first` defaults to 20 and is capped at 100; negative sizes are an error. */
export function pageSize(first: unknown, field = 'first'): number {
  if (first === undefined || first === null) return DEFAULT_PAGE;
  const n = Number(first);
  if (!Number.isInteger(n) || n < 0)
    throw userError(`${field} must be a whole number from 0 to ${MAX_PAGE}`, field);
  return Math.min(n, MAX_PAGE);
}

/** Cursors are opaque to clients; inside they are the offset of the row after which to continue. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: unknown, field = 'after'): number {
  if (cursor === undefined || cursor === null) return 0;
  const text = typeof cursor === 'string' ? Buffer.from(cursor, 'base64url').toString() : '';
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw userError(`${field} is not a cursor this API issued`, field);
  return Number(m[1]) + 1;
}

export interface Connection<T> {
  totalCount?: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** `rows` holds up to first+1 items starting at `offset`; the extra one only tells there is a next page. */
export function toConnection<T>(
  rows: { edge?: T; node?: T }[],
  offset: number,
  first: number,
  total?: number,
): Connection<T> {
  const page = rows.slice(0, first);
  const cursors = page.map((_, i) => encodeCursor(offset + i));
  return {
    totalCount: total,
    edges: page.map((r, i) => ({ cursor: cursors[i]!, node: r.edge as T })),
    nodes: page.map((r) => r.node as T),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
  };
}
