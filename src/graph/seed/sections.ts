import { LABELS, type LabelDef, type PropDef, type RelDef } from '../model';
import { inlineRels, SECTION_RELS, type SeedEntry, type SeedFile } from './format';

/**
 * Each part of a seed file read into the graph and written back out, side by side, so the round trip
 * can be read in one place: node sections, the two inline relationship forms (`ids`, `objects`) and
 * relationship sections. All of it follows the catalogue; nothing here names a label.
 */

type Props = Record<string, unknown>;

/** Where a fact is stated: the place in the source and, where given, its verbatim words. */
export interface Stated {
  at: string;
  quote?: string;
}

/** What reading a file does: declare nodes, note references to check, and relate. */
export interface PlanSink {
  declare(label: string, id: string, props: Props, path: string): void;
  mention(label: string, id: string, stated: Stated): void;
  ref(label: string, id: string, path: string): void;
  relate(rel: RelDef, type: string, from: End, to: End, props: Props, stated: Stated): void;
}
export interface End {
  label: string;
  id: string;
}

/** The graph as stored for one source, as export reads it. */
export interface SourceDump {
  nodes: { label: string; props: Props; at: string | null; quote: string | null }[];
  rels: { type: string; fromLabel: string; toLabel: string; from: string; to: string; props: Props }[];
}

/** Neo4j DATE values come back as objects; the seed format wants YYYY-MM-DD. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'year' in value && 'month' in value && 'day' in value) {
    return String(value);
  }
  return value;
}

/** The properties `defs` names, as read from `from`, without empty values. */
function pick(
  from: Props,
  defs: Record<string, PropDef>,
  skip: (name: string) => boolean = () => false,
): Props {
  const out: Props = {};
  for (const name of Object.keys(defs)) {
    const v = plain(from[name]);
    if (v !== undefined && v !== null && !skip(name)) out[name] = v;
  }
  return out;
}

/** What a file says for a fact curated through the API without a location, so the export stays loadable. */
export const LOCATION_NOT_GIVEN = 'location not given (curated through the API)';

const statedOut = (location: unknown, quote: unknown) => ({
  at: (location as string | null) || LOCATION_NOT_GIVEN,
  ...(quote ? { quote: quote as string } : {}),
});
const sortedBy = <T>(xs: T[], key: (x: T) => string) => xs.sort((a, b) => key(a).localeCompare(key(b)));
const json = (x: unknown) => JSON.stringify(x);

/** The relationships of `rel` in a dump (its types, between its labels). */
function rowsOf(rel: RelDef, dump: SourceDump) {
  return dump.rels.filter(
    (r) =>
      rel.types.includes(r.type) &&
      (rel.from as readonly string[]).includes(r.fromLabel) &&
      (rel.to as readonly string[]).includes(r.toLabel),
  );
}

const other = (end: 'from' | 'to') => (end === 'from' ? 'to' : 'from');

// --- inline form `ids`: `broader: [data-security]`, `speaker: liu-xiangang` -------------------------

function planIds(rel: RelDef, owner: End, entry: SeedEntry, path: string, sink: PlanSink) {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'ids' }>;
  const value = entry[seed.field];
  const ids = (
    seed.many ? ((value as string[] | undefined) ?? []) : value ? [value as string] : []
  ) as string[];
  const otherLabel = rel[other(seed.owner)][0]!;
  const stated: Stated = seed.at ? { at: seed.at } : { at: entry.at!, quote: entry.quote };
  ids.forEach((id, j) => {
    sink.ref(otherLabel, id, `${path}.${seed.field}${seed.many ? `[${j}]` : ''}`);
    const far = { label: otherLabel, id };
    const [from, to] = seed.owner === 'from' ? [owner, far] : [far, owner];
    sink.relate(rel, rel.types[0]!, from, to, {}, stated);
  });
}

function exportIds(rel: RelDef, ownerId: string, dump: SourceDump): Props {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'ids' }>;
  const ids = rowsOf(rel, dump)
    .filter((r) => r[seed.owner] === ownerId)
    .map((r) => r[other(seed.owner)])
    .sort();
  if (seed.many) return { [seed.field]: ids };
  return ids[0] ? { [seed.field]: ids[0] } : {};
}

// --- inline form `objects`: `organisers: [{institution: tc260, role: ORGANISED, at: ...}]` ---------

function planObjects(rel: RelDef, owner: End, entry: SeedEntry, path: string, sink: PlanSink) {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'objects' }>;
  ((entry[seed.field] as SeedEntry[] | undefined) ?? []).forEach((o, j) => {
    const [otherLabel, field] = Object.entries(seed.other).find(([, f]) => o[f] !== undefined)!;
    sink.ref(otherLabel, o[field] as string, `${path}.${seed.field}[${j}].${field}`);
    const far = { label: otherLabel, id: o[field] as string };
    const [from, to] = seed.owner === 'from' ? [owner, far] : [far, owner];
    const type = seed.role ? (o[seed.role] as string) : rel.types[0]!;
    sink.relate(rel, type, from, to, pick(o, rel.props), { at: o.at!, quote: o.quote });
  });
}

function exportObjects(rel: RelDef, ownerId: string, dump: SourceDump): Props {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'objects' }>;
  const far = other(seed.owner);
  const objects = rowsOf(rel, dump)
    .filter((r) => r[seed.owner] === ownerId)
    .map((r) => ({
      [seed.other[far === 'from' ? r.fromLabel : r.toLabel]!]: r[far],
      ...(seed.role ? { [seed.role]: r.type } : {}),
      ...pick(r.props, rel.props),
      ...statedOut(r.props.location, r.props.quote),
    }));
  return { [seed.field]: sortedBy(objects, json) };
}

// --- relationship sections: `affiliations: [{person, institution, title, asOf, at}]` -------------

function planSection(rel: RelDef, d: SeedFile, sink: PlanSink) {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'section' }>;
  ((d[seed.section] as SeedEntry[] | undefined) ?? []).forEach((o, i) => {
    const path = `${seed.section}[${i}]`;
    const from = { label: rel.from[0]!, id: o[seed.fromField] as string };
    const to = { label: rel.to[0]!, id: o[seed.toField] as string };
    sink.ref(from.label, from.id, `${path}.${seed.fromField}`);
    sink.ref(to.label, to.id, `${path}.${seed.toField}`);
    for (const [name, p] of Object.entries(rel.props)) {
      if (p.ref && o[name]) sink.ref(p.ref, o[name] as string, `${path}.${name}`);
    }
    sink.relate(rel, rel.types[0]!, from, to, pick(o, rel.props), { at: o.at!, quote: o.quote });
  });
}

function exportSection(rel: RelDef, dump: SourceDump): Props[] {
  const seed = rel.seed as Extract<RelDef['seed'], { form: 'section' }>;
  return sortedBy(
    rowsOf(rel, dump).map((r) => ({
      [seed.fromField]: r.from,
      [seed.toField]: r.to,
      ...pick(r.props, rel.props),
      ...statedOut(r.props.location, r.props.quote),
    })),
    json,
  );
}

// --- node sections: `people: [{id, name, familyName, ..., at}]` ----------------------------------

const INLINE = {
  ids: { plan: planIds, export: exportIds },
  objects: { plan: planObjects, export: exportObjects },
};
const inlineCodec = (rel: RelDef) => INLINE[rel.seed.form as 'ids' | 'objects'];

function planNodes(l: LabelDef, d: SeedFile, sink: PlanSink) {
  const single = l.seed.single === true;
  const entries = (
    single ? [d[l.seed.section]] : ((d[l.seed.section] as SeedEntry[] | undefined) ?? [])
  ) as SeedEntry[];
  entries.forEach((entry, i) => {
    const path = single ? l.seed.section : `${l.seed.section}[${i}]`;
    const id = entry.id!;
    sink.declare(
      l.label,
      id,
      {
        name: entry[l.nameFrom ?? 'name'],
        ...pick(entry, l.props),
        aliases: (entry.aliases as string[]) ?? [],
      },
      path,
    );
    if (!single) sink.mention(l.label, id, { at: entry.at!, quote: entry.quote });
    for (const rel of inlineRels(l.label))
      inlineCodec(rel).plan(rel, { label: l.label, id }, entry, path, sink);
  });
}

function exportNodes(l: LabelDef, dump: SourceDump): Props[] {
  const nodes = dump.nodes.filter((n) => n.label === l.label);
  return sortedBy(nodes, (n) => String(n.props.id)).map((n) => {
    const id = n.props.id as string;
    return {
      id,
      ...(l.nameFrom ? {} : { name: n.props.name }),
      // An inherited value (a talk's date from its event) is not the source's word: leave it out.
      ...pick(n.props, l.props, (name) => n.props[`${name}Inferred`] === true),
      ...(l.seed.single ? {} : { aliases: ((n.props.aliases as string[] | undefined) ?? []).slice() }),
      ...Object.assign({}, ...inlineRels(l.label).map((rel) => inlineCodec(rel).export(rel, id, dump))),
      ...(l.seed.single ? {} : statedOut(n.at, n.quote)),
    };
  });
}

/** Reads one seed file into the sink. */
export function planFile(d: SeedFile, sink: PlanSink): void {
  for (const l of LABELS as readonly LabelDef[]) planNodes(l, d, sink);
  for (const rel of SECTION_RELS) planSection(rel, d, sink);
}

/** Writes one source's graph back as a seed file. */
export function exportFile(dump: SourceDump): SeedFile {
  const out: Props = {};
  for (const l of LABELS as readonly LabelDef[]) {
    const entries = exportNodes(l, dump);
    out[l.seed.section] = l.seed.single ? entries[0] : entries;
  }
  for (const rel of SECTION_RELS) out[(rel.seed as { section: string }).section] = exportSection(rel, dump);
  return out as unknown as SeedFile;
}
