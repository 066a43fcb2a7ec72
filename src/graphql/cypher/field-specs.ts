import type { BindField, ExprField, MatchField, QueryBuilder } from './projection';

/**
 * The building blocks of a field's Cypher mapping. Node types see their node as `v.n`; relationship
 * types (Affiliation, Organiser, ...) see `v.r`, `v.from` and `v.to`.
 */

export const prop = (name: string): ExprField => ({ expr: (v) => `${v.n}.${name}` });
export const relProp = (name: string): ExprField => ({ expr: (v) => `${v.r}.${name}` });
export const dateOf = (variable: string, name: string) => `toString(${variable}.${name})`;
export const dateProp = (name: string): ExprField => ({ expr: (v) => dateOf(v.n!, name) });
export const listProp = (name: string): ExprField => ({ expr: (v) => `coalesce(${v.n}.${name}, [])` });
export const constant = (value: string): ExprField => ({ expr: () => `'${value}'` });
export const bindNode = (role: 'from' | 'to'): BindField => ({ bind: (v) => ({ n: v[role]! }) });
export const bindRel: BindField = { bind: (v) => ({ r: v.r! }) };

/** Nodes reached by one pattern from `v.n`, ordered; `pattern(a, b)` draws the path from a to b. */
export function nodes(
  pattern: (a: string, b: string, args: Record<string, unknown>) => string,
  orderBy: (b: string) => string = (b) => `${b}.name, ${b}.id`,
  list = true,
): MatchField {
  return {
    list,
    match: (v, args, q) => {
      const b = q.fresh('n');
      return {
        body: `MATCH ${pattern(v.n!, b, args)} WITH DISTINCT ${b} ORDER BY ${orderBy(b)}`,
        vars: { n: b },
      };
    },
  };
}

/** Relationship objects from `v.n`: `pattern(a, r, other)`; `outgoing` says whether `v.n` is the start. */
export function edges(
  pattern: (a: string, r: string, other: string, args: Record<string, unknown>, q: QueryBuilder) => string,
  outgoing: boolean,
  orderBy: (r: string, other: string, args: Record<string, unknown>) => string,
  list = true,
): MatchField {
  return {
    list,
    match: (v, args, q) => {
      const r = q.fresh('r');
      const other = q.fresh('n');
      return {
        body: `MATCH ${pattern(v.n!, r, other, args, q)} WITH ${r}, ${other} ORDER BY ${orderBy(r, other, args)}`,
        vars: outgoing ? { r, from: v.n!, to: other } : { r, from: other, to: v.n! },
      };
    },
  };
}

/** A node whose id a relationship property holds (an emphasis' directive). */
export const nodeById = (label: string, property: string): MatchField => ({
  list: false,
  match: (v, _a, q) => {
    const d = q.fresh('d');
    return { body: `MATCH (${d}:${label} {id: ${v.r}.${property}}) WITH ${d}`, vars: { n: d } };
  },
});
