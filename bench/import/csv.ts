/**
 * The CSV dialect of Neo4j's offline importer (`neo4j-admin database import full`), for the synthetic
 * graphs: typed header columns and RFC 4180 fields.
 *
 * - Header: `:ID` (the node's number, 0..n-1 over all labels: imported with --id-type=actual as Neo4j's
 *   node id), `:LABEL`, `id` (the business id), then the properties: `name`, `aliases:string[]`,
 *   `startDate:date`, `recorded:boolean`, `count:long`, `score:double`; relationships
 *   `:START_ID,:END_ID` (node numbers), `:TYPE`, then their properties. Every label shares one file (and
 *   every type another), the columns being the union of their properties: the importer samples each
 *   input file before it starts, single-threaded, so 2 files instead of 46 start the import seconds sooner.
 * - Fields: a missing value (null/undefined) is an empty unquoted field (no property), and trailing empty
 *   fields are left out (the importer reads a short line's missing fields as missing values). Strings are
 *   quoted only when they must be (empty, or holding `"`, `,` or a line break; `"` doubled), so an empty
 *   string stays an empty string. Array items are joined with ARRAY_DELIMITER (U+001F, the unit
 *   separator, which no text here contains; checked).
 * - The importer cannot write an empty list (an empty array field means "no property"), so empty lists
 *   are counted by the writer and set afterwards in Cypher (bench/import/finish.ts).
 */

/** Between the items of an array field; passed to the importer as --array-delimiter=U+001F. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_ARG = 'U+001F';

export type CsvType = 'string' | 'string[]' | 'date' | 'boolean' | 'long' | 'double';

export interface CsvColumn {
  name: string;
  type: CsvType;
}

/** The type of a property value (dates are strings the caller declares in `dateProps`). */
export function csvTypeOf(name: string, value: unknown, dateProps: readonly string[]): CsvType {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return 'string[]';
    throw new Error(`property ${name}: only lists of strings are supported, got ${JSON.stringify(value)}`);
  }
  switch (typeof value) {
    case 'string':
      return dateProps.includes(name) ? 'date' : 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'long' : 'double';
    default:
      throw new Error(`property ${name}: cannot write a ${typeof value} (${String(value)}) to CSV`);
  }
}

const typeSuffix = (t: CsvType) => (t === 'string' ? '' : `:${t}`);

/**
 * Header line of the node file: the node's number (`:ID`, not stored as a property: with
 * --id-type=actual it becomes Neo4j's own node id, so the importer needs no id mapping), its label, the
 * business `id`, then the properties.
 */
export function nodeHeader(columns: readonly CsvColumn[]): string {
  return [':ID', ':LABEL', 'id', ...columns.map((c) => `${c.name}${typeSuffix(c.type)}`)].join(',') + '\n';
}

/** Header line of the relationship file: the numbers of its start and end nodes, its type, the properties. */
export function relHeader(columns: readonly CsvColumn[]): string {
  return (
    [':START_ID', ':END_ID', ':TYPE', ...columns.map((c) => `${c.name}${typeSuffix(c.type)}`)].join(',') +
    '\n'
  );
}

const MUST_QUOTE = /[",\r\n]/;

/** A CSV string field: as is when it can be, else quoted (RFC 4180: quotes doubled); "" for an empty string. */
export function quote(s: string): string {
  if (s !== '' && !MUST_QUOTE.test(s)) return s;
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}

/** A label or relationship type as a CSV field: only names that need no quoting or escaping. */
export function token(kind: 'label' | 'type', name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`${kind} ${JSON.stringify(name)}: only letters, digits and _ are supported in CSV`);
  }
  return name;
}

/** One field. Throws on a value the column's type cannot hold, rather than importing it wrongly. */
export function field(column: CsvColumn, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (column.type) {
    case 'string':
    case 'date':
      if (typeof value !== 'string') throw typeError(column, value);
      return quote(value);
    case 'string[]': {
      if (!Array.isArray(value)) throw typeError(column, value);
      for (const v of value) {
        if (typeof v !== 'string') throw typeError(column, value);
        if (v.includes(ARRAY_DELIMITER))
          throw new Error(
            `property ${column.name}: ${JSON.stringify(v)} contains the array delimiter U+001F`,
          );
      }
      return value.length === 0 ? '' : quote(value.join(ARRAY_DELIMITER));
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw typeError(column, value);
      return value ? 'true' : 'false';
    case 'long':
      if (!Number.isInteger(value)) throw typeError(column, value);
      return String(value);
    case 'double':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(column, value);
      return String(value);
  }
}

const typeError = (column: CsvColumn, value: unknown) =>
  new Error(`property ${column.name} (${column.type}): cannot write ${JSON.stringify(value)}`);

/**
 * Where the columns of one label (or type) sit among the columns of its file: each of its columns, and
 * the commas before it (the empty fields of other labels' columns in between).
 */
export interface RowLayout {
  columns: CsvColumn[];
  gaps: string[];
}

/** The layout of the columns of `all` that `own` selects. */
export function rowLayout(all: readonly CsvColumn[], own: (name: string) => boolean): RowLayout {
  const layout: RowLayout = { columns: [], gaps: [] };
  let gap = '';
  for (const c of all) {
    gap += ',';
    if (!own(c.name)) continue;
    layout.columns.push(c);
    layout.gaps.push(gap);
    gap = '';
  }
  return layout;
}

/**
 * One line: the leading fields (ids, label or type, already written as fields) then the properties of
 * `props` in column order, without the trailing empty fields (missing values at the end of the line).
 */
export function layoutLine(lead: string, layout: RowLayout, props: Record<string, unknown>): string {
  let s = lead;
  let pending = '';
  const { columns, gaps } = layout;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const f = field(c, props[c.name]);
    pending += gaps[i];
    if (f === '') continue;
    s += pending + f;
    pending = '';
  }
  return s + '\n';
}

/** One line with every column of `columns` (see layoutLine). */
export function line(lead: string, columns: readonly CsvColumn[], props: Record<string, unknown>): string {
  return layoutLine(
    lead,
    rowLayout(columns, () => true),
    props,
  );
}
