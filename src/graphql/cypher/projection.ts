import neo4j from 'neo4j-driver';
import {
  getNamedType,
  isAbstractType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { decodeCursor, pageSize } from '../pagination';
import {
  collectFields,
  namedTypeOf,
  possibleTypes,
  subSelections,
  type SelectedField,
  type SelectionContext,
} from './selection';

/** Cypher variable names by role: `n` a node; edge objects use `r`, `from`, `to`. */
export type Vars = Record<string, string>;
export type Args = Record<string, unknown>;

/** A scalar computed from the row's variables. */
export interface ExprField {
  expr: (v: Vars, args: Args, q: QueryBuilder) => string;
}
/** An object already bound in the row by a MATCH (e.g. an affiliation's institution), never null: no extra MATCH. */
export interface BindField {
  bind: (v: Vars) => Vars;
}
/**
 * An object or list reached by a pattern. `body` is the subquery up to (not including) RETURN and
 * must end with the variables the target type needs, ordered as the field promises.
 */
export interface MatchField {
  list: boolean;
  match: (v: Vars, args: Args, q: QueryBuilder) => { body: string; vars: Vars };
}
/**
 * A paginated list under an object (a source's facts), answered inside the same query: `body` yields
 * one `item` per row in the connection's order, and `row(x)` binds what the node type needs from one
 * item `x`. The compiler adds `first`/`after` and the count; the field's resolver turns the result
 * into a connection (resolvers/support.ts, nestedConnection).
 */
export interface ConnectionField {
  connection: (
    v: Vars,
    args: Args,
    q: QueryBuilder,
  ) => { body: string; item: string; row: (x: string) => { body: string; vars: Vars } };
}
export type FieldSpec = ExprField | BindField | MatchField | ConnectionField;
export type TypeSpecs = Record<string, Record<string, FieldSpec>>;

/** Collects parameters and hands out fresh variable names for one Cypher query. */
export class QueryBuilder {
  readonly params: Record<string, unknown> = {};
  private counter = 0;

  param(value: unknown): string {
    const name = `p${this.counter++}`;
    // JS numbers travel as floats; SKIP/LIMIT and integer comparisons need Cypher integers.
    this.params[name] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    return `$${name}`;
  }

  fresh(prefix: string): string {
    return `${prefix}_${this.counter++}`;
  }
}

const quoteKey = (key: string) => '`' + key.replace(/`/g, '``') + '`';

/**
 * Turns a GraphQL selection into one Cypher map projection, so a whole nested query is answered
 * by one round trip: nested lists become COLLECT subqueries keyed by response key (aliases work).
 */
export class ProjectionCompiler {
  constructor(
    private readonly specs: TypeSpecs,
    private readonly sel: SelectionContext,
    readonly q: QueryBuilder,
  ) {}

  /** Map projection of `type` for the row `vars`, covering every field in `sets`. */
  project(type: GraphQLNamedType, vars: Vars, sets: readonly SelectionSetNode[]): string {
    const runtimes = possibleTypes(this.sel, type);
    if (!isAbstractType(type)) {
      const fields = collectFields(this.sel, runtimes[0]!, sets);
      return this.mapOf(
        [...fields.values()].map((f) => [f.responseKey, this.field(runtimes[0]!.name, f, vars)]),
      );
    }
    // Abstract: each response key may mean different things per concrete type; pick by label.
    const byKey = new Map<string, { type: string; expr: string }[]>();
    for (const runtime of runtimes) {
      for (const f of collectFields(this.sel, runtime, sets).values()) {
        const list = byKey.get(f.responseKey) ?? [];
        list.push({ type: runtime.name, expr: this.field(runtime.name, f, vars) });
        byKey.set(f.responseKey, list);
      }
    }
    const n = vars.n!;
    const typename = `CASE ${runtimes.map((r) => `WHEN ${n}:${r.name} THEN '${r.name}'`).join(' ')} END`;
    const entries: [string, string][] = [['__typename', typename]];
    for (const [key, options] of byKey) {
      const same = options.every((o) => o.expr === options[0]!.expr) && options.length === runtimes.length;
      entries.push([
        key,
        same
          ? options[0]!.expr
          : `CASE ${options.map((o) => `WHEN ${n}:${o.type} THEN ${o.expr}`).join(' ')} END`,
      ]);
    }
    return this.mapOf(entries);
  }

  private mapOf(entries: [string, string][]): string {
    return `{${entries.map(([k, e]) => `${quoteKey(k)}: ${e}`).join(', ')}}`;
  }

  private field(typeName: string, f: SelectedField, vars: Vars): string {
    const spec = this.specs[typeName]?.[f.name];
    if (!spec) throw new Error(`No Cypher mapping for ${typeName}.${f.name}`);
    if ('expr' in spec) return spec.expr(vars, f.args, this.q);
    if ('connection' in spec) return this.connection(spec, f, vars);
    const target = namedTypeOf(f);
    // A bound variable is an end or the relationship of a row a MATCH found, never null (an object that
    // may be missing, like an emphasis' directive, is a match field and comes back null when it is).
    if ('bind' in spec) return this.project(target, spec.bind(vars), subSelections(f));
    const { body, vars: inner } = spec.match(vars, f.args, this.q);
    const projection = this.project(target, inner, subSelections(f));
    return spec.list
      ? `COLLECT { ${body} RETURN ${projection} }`
      : `COLLECT { ${body} RETURN ${projection} LIMIT 1 }[0]`;
  }

  /** `{total, rows}`: the count and the page (first+1 rows, to tell whether there is a next page). */
  private connection(spec: ConnectionField, f: SelectedField, vars: Vars): string {
    const first = pageSize(f.args.first);
    const offset = decodeCursor(f.args.after);
    const conn = namedTypeOf(f) as GraphQLObjectType;
    const nodeType = getNamedType(conn.getFields().nodes!.type);
    const edgeType = getNamedType(conn.getFields().edges!.type) as GraphQLObjectType;
    const selected = [...collectFields(this.sel, conn, subSelections(f)).values()];
    const under = (name: string) => selected.filter((s) => s.name === name);
    const edgeNodeSets = under('edges').flatMap((e) =>
      [...collectFields(this.sel, edgeType, subSelections(e)).values()]
        .filter((s) => s.name === 'node')
        .flatMap(subSelections),
    );
    const { body, item, row } = spec.connection(vars, f.args, this.q);
    const all = this.q.fresh('all');
    const x = this.q.fresh('x');
    const bound = row(x);
    const entries: [string, string][] = [];
    if (under('edges').length) entries.push(['edge', this.project(nodeType, bound.vars, edgeNodeSets)]);
    if (under('nodes').length)
      entries.push(['node', this.project(nodeType, bound.vars, under('nodes').flatMap(subSelections))]);
    const page = `${all}[${this.q.param(offset)}..${this.q.param(offset + first + 1)}]`;
    // The ordered items are bound once as a list (an aggregation inside a subquery expression would
    // group by the outer row's variables), then counted and sliced.
    return `head([${all} IN [COLLECT { ${body} RETURN ${item} }] |
      {total: size(${all}), rows: COLLECT { UNWIND ${page} AS ${x} ${bound.body} RETURN ${this.mapOf(entries)} }}])`;
  }
}
