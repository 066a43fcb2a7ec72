import {
  kindOf,
  LABELS,
  RELATIONSHIPS,
  type EndField,
  type LabelDef,
  type PropDef,
  type RelDef,
} from '../../graph/model';
import {
  bindNode,
  bindRel,
  constant,
  dateOf,
  dateProp,
  edges,
  listProp,
  nodeById,
  nodes,
  prop,
  relProp,
} from './field-specs';
import { COMPUTED_FIELDS, validOn } from './patterns';
import type { FieldSpec, MatchField, QueryBuilder, TypeSpecs, Vars } from './projection';

/**
 * How each GraphQL field maps onto the graph, derived from the model catalogue: properties, one field per
 * relationship end, one object type per relationship with an `edge` type. What is more than one
 * relationship comes from the named patterns (patterns.ts). tests/unit/model-agreement.test.ts checks
 * that every field of the SDL has a mapping here.
 */

/** The relationship types a field follows; a `role` argument narrows them (checked against the list). */
function typesOf(rel: RelDef, field: EndField, args: Record<string, unknown>): string {
  const role = args.role as string | undefined | null;
  if (!field.roleArgument || !role) return rel.types.join('|');
  if (!rel.types.includes(role)) throw new Error(`unknown role ${String(role)}`);
  return role;
}

/**
 * ORDER BY from the catalogue's `order`: `rel.` and `other.` are the relationship and the far node. When
 * a `role` argument narrows the field to one type, the role is the same on every row, so it is not read.
 */
function orderOf(
  rel: RelDef,
  field: EndField,
  r: string,
  other: string,
  args: Record<string, unknown> = {},
): string {
  const types = typesOf(rel, field, args).split('|');
  const role =
    types.length === 1
      ? '0'
      : `CASE type(${r}) ${rel.types.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} END`;
  const type = types.length === 1 ? `'${types[0]}'` : `type(${r})`;
  return (field.order ?? 'other.name, other.id')
    .replace(/\bROLE\b/g, role)
    .replace(/\btype\(rel\)/g, type)
    .replace(/\brel\b/g, r)
    .replace(/\bother\./g, `${other}.`);
}

const labelFilter = (labels: readonly string[]) => (labels.length === 1 ? `:${labels[0]}` : '');

/** The field on the `end` of a relationship: the nodes (or relationship objects) at its other end. */
function endField(rel: RelDef, end: 'from' | 'to'): MatchField {
  const field = rel.fields[end]!;
  const far = end === 'from' ? rel.to : rel.from;
  const arrow = (a: string, r: string, b: string, args: Record<string, unknown>, q?: QueryBuilder) => {
    const edge = `-[${r}:${typesOf(rel, field, args)}]->`;
    const path =
      end === 'from' ? `(${a})${edge}(${b}${labelFilter(far)})` : `(${b}${labelFilter(far)})${edge}(${a})`;
    // A time-bounded relationship's fields take `asOf`: only what holds on that day.
    if (!rel.validity || args.asOf == null || !q) return path;
    const [start, stop] = end === 'from' ? [a, b] : [b, a];
    return `${path} WHERE ${validOn(rel, r, start, stop, `date(${q.param(args.asOf)})`, q)}`;
  };
  const list = field.list !== false;
  if (rel.edge) return edges(arrow, end === 'from', (r, b, args) => orderOf(rel, field, r, b, args), list);
  return nodes(
    (a, b, args) => arrow(a, '', b, args),
    (b) => orderOf(rel, field, 'r', b),
    list,
  );
}

function propSpec(name: string, p: PropDef, of: 'n' | 'r'): FieldSpec {
  if (p.ref && of === 'r') return nodeById(p.ref, name);
  if (p.type !== 'date') return of === 'n' ? prop(name) : relProp(name);
  if (of === 'r') return { expr: (v: Vars) => dateOf(v.r!, name) };
  return p.orElse
    ? { expr: (v: Vars) => `toString(coalesce(${v.n}.${name}, ${v.n}.${p.orElse}))` }
    : dateProp(name);
}

const sources: MatchField = {
  list: true,
  match: (v, _args, q) => {
    const s = q.fresh('s');
    return {
      body: `MATCH (${s}:Source) WHERE ${s}.id IN coalesce(${v.n}.sources, []) WITH ${s} ORDER BY ${s}.id`,
      vars: { n: s },
    };
  },
};

function nodeType(l: LabelDef): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {
    id: prop('id'),
    name: prop('name'),
    kind: constant(kindOf(l.label)),
    aliases: listProp('aliases'),
    sources,
  };
  for (const [name, p] of Object.entries(l.props)) fields[p.graphql ?? name] = propSpec(name, p, 'n');
  for (const rel of RELATIONSHIPS as readonly RelDef[]) {
    if (rel.fields.from && (rel.from as readonly string[]).includes(l.label))
      fields[rel.fields.from.name] = endField(rel, 'from');
    if (rel.fields.to && (rel.to as readonly string[]).includes(l.label))
      fields[rel.fields.to.name] = endField(rel, 'to');
  }
  return { ...fields, ...COMPUTED_FIELDS[l.label] };
}

function edgeType(rel: RelDef): Record<string, FieldSpec> {
  const edge = rel.edge!;
  return {
    [edge.from]: bindNode('from'),
    [edge.to]: bindNode('to'),
    ...(edge.role ? { [edge.role]: { expr: (v: Vars) => `type(${v.r})` } } : {}),
    ...Object.fromEntries(Object.entries(rel.props).map(([name, p]) => [name, propSpec(name, p, 'r')])),
    provenance: bindRel,
  };
}

/** The source a relationship's provenance names. */
const sourceOf: MatchField = {
  list: false,
  match: (v, _a, q) => {
    const s = q.fresh('s');
    return { body: `MATCH (${s}:Source {id: ${v.r}.source}) WITH ${s}`, vars: { n: s } };
  },
};

/** Every property a relationship of the catalogue can have (provenance aside), for `Fact.properties`. */
const FACT_PROPERTIES = [
  ...new Set((RELATIONSHIPS as readonly RelDef[]).flatMap((r) => Object.keys(r.props))),
];

export const SPECS: TypeSpecs = {
  ...Object.fromEntries((LABELS as readonly LabelDef[]).map((l) => [l.label, nodeType(l)])),
  ...Object.fromEntries(
    (RELATIONSHIPS as readonly RelDef[]).filter((r) => r.edge).map((r) => [r.edge!.type, edgeType(r)]),
  ),
  Provenance: { source: sourceOf, location: relProp('location'), quote: relProp('quote') },
  // Any relationship of the model as a fact: `v.r` with its ends `v.from` and `v.to`.
  Fact: {
    id: { expr: (v) => `elementId(${v.r})` },
    type: { expr: (v) => `type(${v.r})` },
    from: bindNode('from'),
    to: bindNode('to'),
    source: sourceOf,
    location: relProp('location'),
    quote: relProp('quote'),
    seeded: { expr: (v) => `coalesce(${v.r}.seeded, false)` },
    curated: { expr: (v) => `coalesce(${v.r}.curated, false)` },
    properties: {
      expr: (v) =>
        `[k IN [${FACT_PROPERTIES.map((p) => `'${p}'`).join(', ')}] WHERE ${v.r}[k] IS NOT NULL | {name: k, value: toString(${v.r}[k])}]`,
    },
  },
  // Graph views: `v.n` is any entity node.
  GraphNode: {
    key: { expr: (v) => `labels(${v.n})[0] + ':' + ${v.n}.id` },
    id: prop('id'),
    kind: { expr: (v) => `toUpper(labels(${v.n})[0])` },
    name: prop('name'),
    entity: { bind: (v: Vars) => ({ n: v.n! }) },
  },
};
