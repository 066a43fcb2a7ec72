import { createHash } from 'node:crypto';
import type { NodeLabel, RelationshipType } from '../model';
import { searchKeys } from '../model';
import type { SeedProblem } from './errors';
import type { SeedFile } from './format';
import type { ParsedSeedFile } from './read';

/** Bump when the way seeds map to the graph changes, so the next start reloads them. */
export const SEED_MAPPING_VERSION = 1;

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
  type: RelationshipType | 'MENTIONED_IN';
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

const DATE_PROPS: Partial<Record<NodeLabel, string[]>> = {
  Event: ['startDate', 'endDate'],
  Talk: ['date'],
  Source: ['published'],
};

/** Where a fact is stated: the place in the source and, where given, its verbatim words. */
interface Stated {
  at: string;
  quote?: string;
}

interface Declared {
  props: Props;
  file: string;
  path: string;
  sources: Set<string>;
}

/** Drops undefined values so they neither overwrite nor count as conflicts. */
function defined(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

/** Validates the files as a set (ids, references, cycles) and turns them into the writes to make. */
export function planSeeds(files: ParsedSeedFile[]): { plan?: GraphPlan; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const entities = new Map<NodeLabel, Map<string, Declared>>();
  const rels = new Map<string, RelGroup>();
  const refs: { label: NodeLabel; id: string; file: string; path: string }[] = [];

  const declare = (
    label: NodeLabel,
    id: string,
    props: Props,
    file: string,
    path: string,
    sourceId: string,
  ) => {
    const byId = entities.get(label) ?? new Map<string, Declared>();
    entities.set(label, byId);
    const clean = defined(props);
    const existing = byId.get(id);
    if (!existing) {
      byId.set(id, { props: clean, file, path, sources: new Set([sourceId]) });
      return;
    }
    if (existing.file === file) {
      problems.push({
        file,
        path: `${path}.id`,
        message: `duplicate ${label} id "${id}" (first declared at ${existing.path})`,
      });
      return;
    }
    // The same entity in two documents: facts must agree; aliases are pooled.
    for (const [key, value] of Object.entries(clean)) {
      const before = existing.props[key];
      if (key === 'aliases') {
        existing.props.aliases = [...new Set([...((before as string[]) ?? []), ...(value as string[])])];
      } else if (before === undefined) {
        existing.props[key] = value;
      } else if (JSON.stringify(before) !== JSON.stringify(value)) {
        problems.push({
          file,
          path: `${path}.${key}`,
          message: `${label} "${id}" has ${key} ${JSON.stringify(value)} here but ${JSON.stringify(before)} in ${existing.file}`,
        });
      }
    }
    existing.sources.add(sourceId);
  };

  const ref = (label: NodeLabel, id: string, file: string, path: string) =>
    refs.push({ label, id, file, path });

  const relate = (
    type: RelGroup['type'],
    fromLabel: NodeLabel,
    from: string,
    toLabel: NodeLabel,
    to: string,
    props: Props,
    dateProps: string[] = [],
  ) => {
    const key = `${fromLabel}-${type}-${toLabel}`;
    const group = rels.get(key) ?? { type, fromLabel, toLabel, dateProps, rows: [] };
    rels.set(key, group);
    group.rows.push({ from, to, props: defined({ ...props, seeded: true }) });
  };

  const sourceFiles = new Map<string, string>();
  for (const { file, data } of files) {
    const src = data.source.id;
    const prior = sourceFiles.get(src);
    if (prior) {
      problems.push({ file, path: 'source.id', message: `source id "${src}" is already used by ${prior}` });
      continue;
    }
    sourceFiles.set(src, file);
    collect(file, data);
  }

  function collect(file: string, d: SeedFile) {
    const src = d.source.id;
    const prov = (stated: Stated) => ({ source: src, location: stated.at, quote: stated.quote });
    const mention = (label: NodeLabel, id: string, stated: Stated) =>
      relate('MENTIONED_IN', label, id, 'Source', src, prov(stated));

    declare(
      'Source',
      src,
      {
        name: d.source.title,
        title: d.source.title,
        kind: d.source.kind,
        published: d.source.published,
        publisher: d.source.publisher,
        url: d.source.url,
        language: d.source.language,
        notes: d.source.notes,
        aliases: [],
      },
      file,
      'source',
      src,
    );
    d.source.authors.forEach((author, i) => {
      ref('Person', author, file, `source.authors[${i}]`);
      relate('AUTHORED', 'Person', author, 'Source', src, { source: src, location: 'byline' });
    });

    d.places.forEach((p, i) => {
      const path = `places[${i}]`;
      declare('Place', p.id, { name: p.name, kind: p.kind, aliases: p.aliases }, file, path, src);
      mention('Place', p.id, p);
      if (p.locatedIn) {
        ref('Place', p.locatedIn, file, `${path}.locatedIn`);
        relate('LOCATED_IN', 'Place', p.id, 'Place', p.locatedIn, prov(p));
      }
    });

    d.institutions.forEach((inst, i) => {
      const path = `institutions[${i}]`;
      declare(
        'Institution',
        inst.id,
        { name: inst.name, kind: inst.kind, aliases: inst.aliases },
        file,
        path,
        src,
      );
      mention('Institution', inst.id, inst);
      if (inst.partOf) {
        ref('Institution', inst.partOf, file, `${path}.partOf`);
        relate('PART_OF', 'Institution', inst.id, 'Institution', inst.partOf, prov(inst));
      }
    });

    d.people.forEach((p, i) => {
      const path = `people[${i}]`;
      declare(
        'Person',
        p.id,
        {
          name: p.name,
          familyName: p.familyName,
          givenName: p.givenName,
          honorific: p.honorific,
          aliases: p.aliases,
        },
        file,
        path,
        src,
      );
      mention('Person', p.id, p);
    });

    d.topics.forEach((t, i) => {
      const path = `topics[${i}]`;
      declare(
        'Topic',
        t.id,
        { name: t.name, description: t.description, aliases: t.aliases },
        file,
        path,
        src,
      );
      mention('Topic', t.id, t);
      t.broader.forEach((b, j) => {
        ref('Topic', b, file, `${path}.broader[${j}]`);
        relate('BROADER', 'Topic', t.id, 'Topic', b, prov(t));
      });
    });

    d.events.forEach((e, i) => {
      const path = `events[${i}]`;
      declare(
        'Event',
        e.id,
        {
          name: e.name,
          kind: e.kind,
          startDate: e.startDate,
          endDate: e.endDate,
          description: e.description,
          recorded: e.recorded,
          aliases: e.aliases,
        },
        file,
        path,
        src,
      );
      mention('Event', e.id, e);
      if (e.heldIn) {
        ref('Place', e.heldIn, file, `${path}.heldIn`);
        relate('HELD_IN', 'Event', e.id, 'Place', e.heldIn, prov(e));
      }
      if (e.partOf) {
        ref('Event', e.partOf, file, `${path}.partOf`);
        relate('PART_OF', 'Event', e.id, 'Event', e.partOf, prov(e));
      }
      e.organisers.forEach((o, j) => {
        ref('Institution', o.institution, file, `${path}.organisers[${j}].institution`);
        relate(o.role, 'Institution', o.institution, 'Event', e.id, prov(o));
      });
    });

    d.affiliations.forEach((a, i) => {
      const path = `affiliations[${i}]`;
      ref('Person', a.person, file, `${path}.person`);
      ref('Institution', a.institution, file, `${path}.institution`);
      relate(
        'AFFILIATED_WITH',
        'Person',
        a.person,
        'Institution',
        a.institution,
        { ...prov(a), title: a.title, asOf: a.asOf },
        ['asOf'],
      );
    });

    d.talks.forEach((t, i) => {
      const path = `talks[${i}]`;
      declare(
        'Talk',
        t.id,
        { name: t.title, title: t.title, summary: t.summary, kind: t.kind, date: t.date, aliases: [] },
        file,
        path,
        src,
      );
      mention('Talk', t.id, t);
      ref('Person', t.speaker, file, `${path}.speaker`);
      ref('Event', t.event, file, `${path}.event`);
      relate('GAVE', 'Person', t.speaker, 'Talk', t.id, prov(t));
      relate('AT', 'Talk', t.id, 'Event', t.event, prov(t));
      t.topics.forEach((topic, j) => {
        ref('Topic', topic, file, `${path}.topics[${j}]`);
        relate('ABOUT', 'Talk', t.id, 'Topic', topic, prov(t));
      });
    });

    d.directives.forEach((dir, i) => {
      const path = `directives[${i}]`;
      declare(
        'Directive',
        dir.id,
        { name: dir.name, description: dir.description, aliases: dir.aliases },
        file,
        path,
        src,
      );
      mention('Directive', dir.id, dir);
      dir.issuedBy.forEach((by, j) => {
        const label: NodeLabel = by.person ? 'Person' : 'Institution';
        const issuer = (by.person ?? by.institution)!;
        ref(label, issuer, file, `${path}.issuedBy[${j}].${by.person ? 'person' : 'institution'}`);
        relate('ISSUED', label, issuer, 'Directive', dir.id, { ...prov(by), title: by.title });
      });
      dir.callsFor.forEach((c, j) => {
        ref('Topic', c.topic, file, `${path}.callsFor[${j}].topic`);
        relate('CALLS_FOR', 'Directive', dir.id, 'Topic', c.topic, { ...prov(c), point: c.point });
      });
    });

    d.emphasised.forEach((e, i) => {
      const path = `emphasised[${i}]`;
      ref('Event', e.event, file, `${path}.event`);
      ref('Topic', e.topic, file, `${path}.topic`);
      if (e.directive) ref('Directive', e.directive, file, `${path}.directive`);
      relate('EMPHASISED', 'Event', e.event, 'Topic', e.topic, {
        ...prov(e),
        point: e.point,
        directive: e.directive,
      });
    });

    d.references.forEach((r, i) => {
      const path = `references[${i}]`;
      ref('Event', r.event, file, `${path}.event`);
      ref('Directive', r.directive, file, `${path}.directive`);
      relate('REFERENCED', 'Event', r.event, 'Directive', r.directive, { ...prov(r), context: r.context });
    });
  }

  for (const r of refs) {
    if (!entities.get(r.label)?.has(r.id)) {
      const elsewhere = [...entities.entries()].find(([, byId]) => byId.has(r.id))?.[0];
      problems.push({
        file: r.file,
        path: r.path,
        message: `${r.label} "${r.id}" is referenced but not defined in any seed file${elsewhere ? ` (there is a ${elsewhere} with that id)` : ''}`,
      });
    }
  }

  problems.push(...findCycles(rels, files));
  if (problems.length > 0) return { problems };

  // A talk without its own date took place on its event's first day.
  const events = entities.get('Event');
  const talkEvents = new Map(rels.get('Talk-AT-Event')?.rows.map((r) => [r.from, r.to]) ?? []);
  for (const [talkId, talk] of entities.get('Talk') ?? []) {
    if (talk.props.date === undefined) {
      talk.props.date = events?.get(talkEvents.get(talkId) ?? '')?.props.startDate;
      talk.props.dateInferred = true;
    }
  }

  const nodes: NodeGroup[] = [...entities.entries()].map(([label, byId]) => ({
    label,
    dateProps: DATE_PROPS[label] ?? [],
    rows: [...byId.entries()].map(([id, e]) => ({
      id,
      props: {
        ...e.props,
        aliases: (e.props.aliases as string[] | undefined) ?? [],
        searchKeys: searchKeys(
          e.props.name as string,
          ...((e.props.aliases as string[] | undefined) ?? []),
          id,
        ),
      },
      sources: [...e.sources].sort(),
    })),
  }));

  const hash = createHash('sha256')
    .update(JSON.stringify({ v: SEED_MAPPING_VERSION, files: files.map((f) => [f.file, f.sha256]) }))
    .digest('hex');
  return {
    plan: { sourceIds: [...sourceFiles.keys()], nodes, rels: [...rels.values()], hash },
    problems: [],
  };
}

/** Hierarchies must be trees or DAGs: a topic broader than itself would make roll-ups loop. */
function findCycles(rels: Map<string, RelGroup>, files: ParsedSeedFile[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const hierarchies = [
    'Topic-BROADER-Topic',
    'Event-PART_OF-Event',
    'Institution-PART_OF-Institution',
    'Place-LOCATED_IN-Place',
  ];
  for (const key of hierarchies) {
    const group = rels.get(key);
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
        problems.push({ file, path: '', message: `${key.split('-')[1]} cycle: ${cycle.join(' -> ')}` });
        break;
      }
    }
  }
  return problems;
}
