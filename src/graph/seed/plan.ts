import { createHash } from 'node:crypto';
import {
  dateProps,
  HIERARCHIES,
  inheritedProps,
  MENTIONED_IN,
  NODE_LABELS,
  relDateProps,
  type NodeLabel,
  type RelationshipType,
} from '../model';
import { nodeSearchKeys } from '../node-writes';
import type { SeedProblem } from './errors';
import type { ParsedSeedFile } from './read';
import { planFile, type End, type PlanSink, type Stated } from './sections';

/** Bump when the way seeds map to the graph changes, so the next start reloads them. */
export const SEED_MAPPING_VERSION = 2;

type Props = Record<string, unknown>;

export interface NodeRow {
  id: string;
  props: Props;
  /** Source ids of the seed files that declare this node. */
  sources: string[];
}
export interface NodeGroup {
  label: NodeLabel;
  /** Properties holding ISO dates, stored as Neo4j DATE values. */
  dateProps: string[];
  rows: NodeRow[];
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}
export interface RelGroup {
  type: RelationshipType | typeof MENTIONED_IN;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  dateProps: string[];
  rows: RelRow[];
}
export interface GraphPlan {
  sourceIds: string[];
  nodes: NodeGroup[];
  rels: RelGroup[];
  /** Fingerprint of the files and mapping; equal hashes mean an identical graph. */
  hash: string;
}

interface Declared {
  props: Props;
  file: string;
  path: string;
  sources: Set<string>;
}
interface Ref {
  label: string;
  id: string;
  file: string;
  path: string;
}

/** Drops undefined values so they neither overwrite nor count as conflicts. */
function defined(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

const groupKey = (type: string, from: string, to: string) => `${from}-${type}-${to}`;

/** Collects what the files declare: nodes (merged across files), relationships and references. */
class Collector {
  readonly problems: SeedProblem[] = [];
  readonly entities = new Map<string, Map<string, Declared>>();
  readonly rels = new Map<string, RelGroup>();
  readonly refs: Ref[] = [];

  /** A sink for one file. */
  sink(file: string, src: string): PlanSink {
    const prov = (stated: Stated) => defined({ source: src, location: stated.at, quote: stated.quote });
    return {
      declare: (label, id, props, path) => this.declare(label, id, defined(props), file, path, src),
      mention: (label, id, stated) =>
        this.add(MENTIONED_IN, { label, id }, { label: 'Source', id: src }, prov(stated), []),
      ref: (label, id, path) => this.refs.push({ label, id, file, path }),
      relate: (rel, type, from, to, props, stated) =>
        this.add(type, from, to, { ...defined(props), ...prov(stated) }, relDateProps(rel)),
    };
  }

  private add(type: string, from: End, to: End, props: Props, dates: string[]) {
    const key = groupKey(type, from.label, to.label);
    const group = this.rels.get(key) ?? {
      type: type as RelGroup['type'],
      fromLabel: from.label as NodeLabel,
      toLabel: to.label as NodeLabel,
      dateProps: dates,
      rows: [],
    };
    this.rels.set(key, group);
    group.rows.push({ from: from.id, to: to.id, props: { ...props, seeded: true } });
  }

  private declare(label: string, id: string, props: Props, file: string, path: string, src: string) {
    const byId = this.entities.get(label) ?? new Map<string, Declared>();
    this.entities.set(label, byId);
    const existing = byId.get(id);
    if (!existing) {
      byId.set(id, { props, file, path, sources: new Set([src]) });
      return;
    }
    if (existing.file === file) {
      this.problems.push({
        file,
        path: `${path}.id`,
        message: `duplicate ${label} id "${id}" (first declared at ${existing.path})`,
      });
      return;
    }
    // The same entity in two documents: facts must agree; aliases are pooled.
    for (const [key, value] of Object.entries(props)) {
      const before = existing.props[key];
      if (key === 'aliases') {
        existing.props.aliases = [...new Set([...((before as string[]) ?? []), ...(value as string[])])];
      } else if (before === undefined) {
        existing.props[key] = value;
      } else if (JSON.stringify(before) !== JSON.stringify(value)) {
        this.problems.push({
          file,
          path: `${path}.${key}`,
          message: `${label} "${id}" has ${key} ${JSON.stringify(value)} here but ${JSON.stringify(before)} in ${existing.file}`,
        });
      }
    }
    existing.sources.add(src);
  }

  /** References to ids no file declares (with a hint when the id exists under another label). */
  checkRefs() {
    for (const r of this.refs) {
      if (this.entities.get(r.label)?.has(r.id)) continue;
      const elsewhere = [...this.entities.entries()].find(([, byId]) => byId.has(r.id))?.[0];
      this.problems.push({
        file: r.file,
        path: r.path,
        message: `${r.label} "${r.id}" is referenced but not defined in any seed file${elsewhere ? ` (there is a ${elsewhere} with that id)` : ''}`,
      });
    }
  }

  /** Fills properties the catalogue inherits along a relationship (a talk's date from its event). */
  inherit() {
    for (const [label, byId] of this.entities) {
      for (const { prop, rel, from } of inheritedProps(label)) {
        const targets = new Map<string, string>();
        for (const g of this.rels.values())
          if (g.type === rel && g.fromLabel === label)
            for (const r of g.rows) targets.set(r.from, `${g.toLabel}:${r.to}`);
        for (const [id, node] of byId) {
          if (node.props[prop] !== undefined) continue;
          const [toLabel, toId] = (targets.get(id) ?? ':').split(':');
          node.props[prop] = this.entities.get(toLabel!)?.get(toId!)?.props[from];
          node.props[`${prop}Inferred`] = true;
        }
      }
    }
  }
}

/** Validates the files as a set (ids, references, cycles) and turns them into the writes to make. */
export function planSeeds(files: ParsedSeedFile[]): { plan?: GraphPlan; problems: SeedProblem[] } {
  const c = new Collector();
  const sourceFiles = new Map<string, string>();
  for (const { file, data } of files) {
    const src = data.source.id;
    const prior = sourceFiles.get(src);
    if (prior) {
      c.problems.push({ file, path: 'source.id', message: `source id "${src}" is already used by ${prior}` });
      continue;
    }
    sourceFiles.set(src, file);
    planFile(data, c.sink(file, src));
  }
  c.checkRefs();
  c.problems.push(...findCycles(c.rels, files));
  if (c.problems.length > 0) return { problems: c.problems };
  c.inherit();

  const nodes: NodeGroup[] = NODE_LABELS.filter((l) => c.entities.has(l)).map((label) => ({
    label,
    dateProps: dateProps(label),
    rows: [...c.entities.get(label)!.entries()].map(([id, e]) => ({
      id,
      props: {
        ...e.props,
        aliases: (e.props.aliases as string[] | undefined) ?? [],
        searchKeys: nodeSearchKeys(id, e.props.name, e.props.aliases),
      },
      sources: [...e.sources].sort(),
    })),
  }));

  const hash = seedPlanHash(files);
  return {
    plan: { sourceIds: [...sourceFiles.keys()], nodes, rels: [...c.rels.values()], hash },
    problems: [],
  };
}

/** The plan's fingerprint: the mapping's version and each file's name and content hash, in load order. */
export function seedPlanHash(files: { file: string; sha256: string }[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: SEED_MAPPING_VERSION, files: files.map((f) => [f.file, f.sha256]) }))
    .digest('hex');
}

/** Hierarchies must be trees or DAGs: a topic broader than itself would make roll-ups loop. */
function findCycles(rels: Map<string, RelGroup>, files: ParsedSeedFile[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const h of HIERARCHIES) {
    const group = rels.get(groupKey(h.types[0]!, h.from[0]!, h.to[0]!));
    if (!group) continue;
    const next = new Map<string, string[]>();
    for (const r of group.rows) next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, trail: string[]): string[] | undefined => {
      if (state.get(id) === 'done') return undefined;
      if (state.get(id) === 'visiting') return [...trail.slice(trail.indexOf(id)), id];
      state.set(id, 'visiting');
      for (const n of next.get(id) ?? []) {
        const cycle = visit(n, [...trail, id]);
        if (cycle) return cycle;
      }
      state.set(id, 'done');
      return undefined;
    };
    for (const id of next.keys()) {
      const cycle = visit(id, []);
      if (cycle) {
        const src = group.rows.find((r) => r.from === cycle[0])?.props.source;
        const file = files.find((f) => f.data.source.id === src)?.file ?? '(seeds)';
        problems.push({ file, path: '', message: `${h.types[0]} cycle: ${cycle.join(' -> ')}` });
        break;
      }
    }
  }
  return problems;
}
