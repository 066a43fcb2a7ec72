/**
 * The CSV dialect of Neo4j's offline importer (`neo4j-admin database import full`), for the synthetic
 * graphs: typed header columns and RFC 4180 fields.
 *
 * - Header: `:ID` (the node's number, 0..n-1 over all labels: imported with --id-type=actual as Neo4j's
 *   node id), `id` (the business id), `name`, `aliases:string[]`, `startDate:date`, `recorded:boolean`,
 *   `count:long`, `score:double`; relationships `:START_ID,:END_ID` (node numbers) then their properties.
 *   Labels and types come from the command line (`--nodes=Person=...`, `--relationships=GAVE=...`), so
 *   no `:LABEL`/`:TYPE` column.
 * - Fields: a missing value (null/undefined) is an empty unquoted field (no property); every string is
 *   quoted, with `"` doubled, so an empty string stays an empty string. Array items are joined with
 *   ARRAY_DELIMITER (U+001F, the unit separator, which no text here contains; checked).
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
 * Header line of a node file: the node's number (`:ID`, not stored as a property: with --id-type=actual
 * it becomes Neo4j's own node id, so the importer needs no id mapping), the business `id`, then the
 * properties.
 */
export function nodeHeader(columns: readonly CsvColumn[]): string {
  return [':ID', 'id', ...columns.map((c) => `${c.name}${typeSuffix(c.type)}`)].join(',') + '\n';
}

/** Header line of a relationship file: the numbers of its start and end nodes, then the properties. */
export function relHeader(columns: readonly CsvColumn[]): string {
  return [':START_ID', ':END_ID', ...columns.map((c) => `${c.name}${typeSuffix(c.type)}`)].join(',') + '\n';
}

/** A quoted CSV string (RFC 4180: quotes doubled). */
export function quote(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
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

/** One line: the leading fields (ids, already quoted) then the properties of `props` in column order. */
export function line(lead: string, columns: readonly CsvColumn[], props: Record<string, unknown>): string {
  let s = lead;
  for (const c of columns) s += ',' + field(c, props[c.name]);
  return s + '\n';
}
