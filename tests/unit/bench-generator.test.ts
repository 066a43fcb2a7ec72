import { createHash } from 'node:crypto';
import {
  dateProps,
  inheritedProps,
  isIsoDate,
  labelDef,
  MENTIONED_IN,
  NODE_LABELS,
  RELATIONSHIPS,
  relDateProps,
  searchKeys,
  STANDARD_STATUSES,
  type NodeLabel,
  type RelDef,
} from '../../src/graph/model';
import { ID_PATTERN } from '../../src/graph/seed/format';
import {
  NOT_GENERATED,
  plannedCounts,
  relGroupKey,
  syntheticGraph,
  type NodeRow,
  type RelBatch,
} from '../../bench/generate';

/** Everything a graph generates, in memory (fine at the small scale factors used here). */
function materialise(seed: number, sf: number, batchSize = 1000) {
  const g = syntheticGraph({ seed, sf });
  const nodes = new Map<NodeLabel, NodeRow[]>();
  for (const b of g.nodeBatches(batchSize)) {
    expect(b.rows.length).toBeLessThanOrEqual(batchSize);
    nodes.set(b.label, [...(nodes.get(b.label) ?? []), ...b.rows]);
  }
  const rels: RelBatch[] = [];
  for (const b of g.relBatches(batchSize)) {
    expect(b.rows.length).toBeLessThanOrEqual(batchSize);
    rels.push(b);
  }
  const relRows = rels.flatMap((b) => b.rows.map((row) => ({ ...b, row })));
  return { g, nodes, rels: relRows };
}

function fingerprint(seed: number, sf: number): string {
  const g = syntheticGraph({ seed, sf });
  const hash = createHash('sha256');
  for (const b of g.nodeBatches()) hash.update(JSON.stringify(b));
  for (const b of g.relBatches()) hash.update(JSON.stringify(b));
  hash.update(JSON.stringify(g.mixIds()));
  return hash.digest('hex');
}

describe('synthetic benchmark graph generator', () => {
  const { g, nodes, rels } = materialise(7, 0.3);
  const idsOf = (label: NodeLabel) => new Set((nodes.get(label) ?? []).map((n) => n.id));
  const sourceIds = idsOf('Source');

  test('is deterministic for a seed and differs between seeds', () => {
    const a = fingerprint(42, 0.2);
    expect(fingerprint(42, 0.2)).toBe(a);
    expect(fingerprint(43, 0.2)).not.toBe(a);
  });

  test('has every label of the model, with the counts it announces', () => {
    for (const label of [
      'Event',
      'Person',
      'Institution',
      'Topic',
      'Place',
      'Talk',
      'Source',
      'Directive',
    ] as const) {
      expect(nodes.get(label)?.length).toBe(g.nodeCounts[label]);
      expect(g.nodeCounts[label]).toBeGreaterThan(0);
    }
    expect([...nodes.values()].reduce((s, r) => s + r.length, 0)).toBe(g.totalNodes);
  });

  test('node counts and relationship counts scale roughly linearly with SF', () => {
    const [half, one, two] = [0.5, 1, 2].map(plannedCounts);
    for (const key of ['events', 'talks', 'people', 'institutions', 'sources', 'directives'] as const) {
      expect(one![key] / half![key]).toBeCloseTo(2, 1);
      expect(two![key] / one![key]).toBeCloseTo(2, 1);
    }
    const total = (sf: number) => syntheticGraph({ seed: 1, sf }).totalNodes;
    expect(total(1)).toBeGreaterThan(9000);
    expect(total(1)).toBeLessThan(11000);
    const nodeRatio = total(2) / total(1);
    expect(nodeRatio).toBeGreaterThan(1.8);
    expect(nodeRatio).toBeLessThanOrEqual(2);
    const relsAt = (sf: number) => syntheticGraph({ seed: 1, sf }).estimateRelationships(1);
    const relRatio = relsAt(1) / relsAt(0.5);
    expect(relRatio).toBeGreaterThan(1.85);
    expect(relRatio).toBeLessThan(2.1);
  });

  test('estimates its relationship count (exactly when every owner is counted)', () => {
    expect(g.estimateRelationships(1)).toBe(rels.length);
    expect(Math.abs(g.estimateRelationships(10) / rels.length - 1)).toBeLessThan(0.1);
  });

  test('ids are slugs, unique per label and even across labels (bare ids resolve to one entity)', () => {
    const all = new Set<string>();
    for (const [label, rows] of nodes) {
      const ids = rows.map((r) => r.id);
      expect({ label, unique: new Set(ids).size }).toEqual({ label, unique: ids.length });
      for (const id of ids) {
        expect(id).toMatch(ID_PATTERN);
        expect(all.has(id)).toBe(false);
        all.add(id);
      }
    }
  });

  test('nodes carry what the seed loader writes: name, aliases, searchKeys, existing sources', () => {
    // Problems are collected rather than asserted one by one: thousands of expect() calls are slow.
    const problems: string[] = [];
    for (const [label, rows] of nodes) {
      for (const n of rows) {
        const where = `${label} ${n.id}`;
        if (typeof n.name !== 'string' || n.name.length === 0) problems.push(`${where}: no name`);
        if (!Array.isArray(n.aliases)) problems.push(`${where}: aliases is not a list`);
        if (JSON.stringify(n.searchKeys) !== JSON.stringify(searchKeys(n.name, ...n.aliases, n.id)))
          problems.push(`${where}: searchKeys differ from searchKeys(name, ...aliases, id)`);
        if (n.sources.length === 0) problems.push(`${where}: no sources`);
        for (const s of n.sources) if (!sourceIds.has(s)) problems.push(`${where}: unknown source ${s}`);
        for (const [k, v] of Object.entries(n))
          if (v === undefined) problems.push(`${where}: ${k} undefined`);
        if (label === 'Source' && JSON.stringify(n.sources) !== JSON.stringify([n.id]))
          problems.push(`${where}: a source's sources is itself`);
      }
    }
    for (const e of nodes.get('Event')!) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(e.startDate)))
        problems.push(`Event ${e.id}: startDate ${e.startDate}`);
      if (e.endDate && String(e.endDate) < String(e.startDate))
        problems.push(`Event ${e.id}: ends before it starts`);
    }
    for (const t of nodes.get('Talk')!)
      if (t.title !== t.name) problems.push(`Talk ${t.id}: title is not name`);
    expect(problems).toEqual([]);
  });

  test('every relationship joins existing nodes and carries its provenance', () => {
    const byLabel = new Map([...nodes.keys()].map((l) => [l, idsOf(l)]));
    const problems: string[] = [];
    for (const r of rels) {
      const where = `${r.fromLabel} ${r.row.from} -${r.type}-> ${r.toLabel} ${r.row.to}`;
      if (!byLabel.get(r.fromLabel)!.has(r.row.from)) problems.push(`${where}: no start node`);
      if (!byLabel.get(r.toLabel)!.has(r.row.to)) problems.push(`${where}: no end node`);
      if (!sourceIds.has(r.row.props.source as string))
        problems.push(`${where}: source ${r.row.props.source}`);
      const at = r.row.props.location;
      if (typeof at !== 'string' || at.length === 0) problems.push(`${where}: no location`);
      if (r.row.props.seeded !== true) problems.push(`${where}: not seeded: true`);
    }
    expect(problems).toEqual([]);
    const types = new Set(rels.map((r) => r.type));
    for (const t of [
      'GAVE',
      'AT',
      'ABOUT',
      'BROADER',
      'AFFILIATED_WITH',
      'PART_OF',
      'SPONSORED',
      'ORGANISED',
      'CO_ORGANISED',
      'HELD_IN',
      'LOCATED_IN',
      'EMPHASISED',
      'REFERENCED',
      'ISSUED',
      'CALLS_FOR',
      'AUTHORED',
      'MENTIONED_IN',
    ]) {
      expect(types).toContain(t);
    }
    // Every node but a Source is linked to the source that introduces it.
    const mentions = rels.filter((r) => r.type === 'MENTIONED_IN');
    expect(mentions.length).toBe(g.totalNodes - sourceIds.size);
  });

  test('shapes: affiliations change over time, talk counts are heavy-tailed, talks have 1-3 topics', () => {
    const affiliations = new Map<string, { title?: unknown; asOf?: unknown }[]>();
    for (const r of rels.filter((r) => r.type === 'AFFILIATED_WITH')) {
      affiliations.set(r.row.from, [...(affiliations.get(r.row.from) ?? []), r.row.props]);
    }
    const several = [...affiliations.values()].filter((a) => a.length >= 2);
    expect(several.length).toBeGreaterThan(affiliations.size / 4);
    for (const a of several) expect(new Set(a.map((x) => x.asOf)).size).toBe(a.length);

    const talksPer = new Map<string, number>();
    for (const r of rels.filter((r) => r.type === 'GAVE'))
      talksPer.set(r.row.from, (talksPer.get(r.row.from) ?? 0) + 1);
    const counts = [...talksPer.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[0]!).toBeGreaterThan(8 * median);

    const topicsPer = new Map<string, number>();
    for (const r of rels.filter((r) => r.type === 'ABOUT' && r.fromLabel === 'Talk'))
      topicsPer.set(r.row.from, (topicsPer.get(r.row.from) ?? 0) + 1);
    expect(topicsPer.size).toBe(g.nodeCounts.Talk);
    for (const c of topicsPer.values()) expect(c >= 1 && c <= 3).toBe(true);
  });

  test('hierarchies are acyclic and the topic hierarchy is a DAG at least three levels deep', () => {
    const hierarchy = (type: string, label: NodeLabel) => {
      const next = new Map<string, string[]>();
      for (const r of rels.filter((r) => r.type === type && r.fromLabel === label && r.toLabel === label)) {
        next.set(r.row.from, [...(next.get(r.row.from) ?? []), r.row.to]);
      }
      return next;
    };
    const longestPath = (next: Map<string, string[]>) => {
      const depth = new Map<string, number>();
      const visiting = new Set<string>();
      const visit = (id: string): number => {
        if (depth.has(id)) return depth.get(id)!;
        if (visiting.has(id)) throw new Error(`cycle through ${id}`);
        visiting.add(id);
        const d = Math.max(0, ...(next.get(id) ?? []).map((n) => visit(n) + 1));
        visiting.delete(id);
        depth.set(id, d);
        return d;
      };
      return Math.max(0, ...[...next.keys()].map(visit));
    };
    const topics = hierarchy('BROADER', 'Topic');
    expect(longestPath(topics)).toBeGreaterThanOrEqual(3);
    expect([...topics.values()].some((parents) => parents.length > 1)).toBe(true); // a DAG, not only a tree
    expect(longestPath(hierarchy('PART_OF', 'Event'))).toBe(1);
    expect(longestPath(hierarchy('PART_OF', 'Institution'))).toBeGreaterThanOrEqual(1);
    expect(longestPath(hierarchy('LOCATED_IN', 'Place'))).toBe(2);
  });

  test('fills every label and every (type, from, to) of the model catalogue, or says why not', () => {
    for (const label of NODE_LABELS)
      expect({ label, count: nodes.get(label)?.length ?? 0 }).not.toEqual({ label, count: 0 });
    const generated = new Set(rels.map((r) => relGroupKey(r)));
    const catalogue: string[] = [];
    for (const def of RELATIONSHIPS as readonly RelDef[])
      for (const type of def.types)
        for (const fromLabel of def.from)
          for (const toLabel of def.to) catalogue.push(relGroupKey({ type, fromLabel, toLabel }));
    catalogue.push(
      ...NODE_LABELS.filter((l) => l !== 'Source').map((l) =>
        relGroupKey({ type: MENTIONED_IN, fromLabel: l, toLabel: 'Source' }),
      ),
    );
    const missing = catalogue.filter((k) => !generated.has(k) && !NOT_GENERATED[k]);
    expect(missing).toEqual([]);
    // Reasons are given, and only for groups of the catalogue that are indeed left empty.
    for (const [k, why] of Object.entries(NOT_GENERATED)) {
      expect(catalogue).toContain(k);
      expect(generated.has(k)).toBe(false);
      expect(why.length).toBeGreaterThan(10);
    }
    // Nothing outside the catalogue.
    expect([...generated].filter((k) => !catalogue.includes(k))).toEqual([]);
  });

  test('properties and date properties agree with the catalogue', () => {
    const problems: string[] = [];
    const implied = new Set(['id', 'name', 'aliases', 'searchKeys', 'sources']);
    const g2 = syntheticGraph({ seed: 7, sf: 0.3 });
    for (const b of g2.nodeBatches(5000)) {
      if (JSON.stringify(b.dateProps) !== JSON.stringify(dateProps(b.label)))
        problems.push(`${b.label}: dateProps ${b.dateProps} but the catalogue says ${dateProps(b.label)}`);
      const def = labelDef(b.label);
      const inferred = new Set(inheritedProps(b.label).map((p) => `${p.prop}Inferred`));
      for (const n of b.rows) {
        const where = `${b.label} ${n.id}`;
        for (const [k, v] of Object.entries(n)) {
          const p = def.props[k];
          if (!p && !implied.has(k) && !inferred.has(k))
            problems.push(`${where}: ${k} is not in the catalogue`);
          if (p?.type === 'date' && !isIsoDate(String(v))) problems.push(`${where}: ${k} ${v} is not a date`);
          if (p?.values && !p.values.includes(v as string)) problems.push(`${where}: ${k} ${v} not allowed`);
          if (p && p.type !== 'date' && typeof v !== p.type) problems.push(`${where}: ${k} is a ${typeof v}`);
        }
        for (const [k, p] of Object.entries(def.props))
          if (p.required && n[k] === undefined) problems.push(`${where}: required ${k} missing`);
      }
    }
    const defOf = (r: { type: string; fromLabel: string; toLabel: string }) =>
      (RELATIONSHIPS as readonly RelDef[]).find(
        (d) => d.types.includes(r.type) && d.from.includes(r.fromLabel) && d.to.includes(r.toLabel),
      );
    const provenance = new Set(['source', 'location', 'quote', 'seeded']);
    for (const b of g2.relBatches(5000)) {
      const def = defOf(b);
      const expected = def ? relDateProps(def) : [];
      if (JSON.stringify(b.dateProps) !== JSON.stringify(expected))
        problems.push(`${relGroupKey(b)}: dateProps ${b.dateProps} but the catalogue says ${expected}`);
      for (const r of b.rows) {
        for (const [k, v] of Object.entries(r.props)) {
          const p = def?.props[k];
          if (!p && !provenance.has(k)) problems.push(`${relGroupKey(b)}: ${k} is not in the catalogue`);
          if (p?.type === 'date' && !isIsoDate(String(v))) problems.push(`${relGroupKey(b)}: ${k} ${v}`);
          if (p?.ref && !idsOf(p.ref as NodeLabel).has(v as string))
            problems.push(`${relGroupKey(b)}: ${k} ${v} is not a ${p.ref}`);
        }
        for (const [k, p] of Object.entries(def?.props ?? {}))
          if (p.required && r.props[k] === undefined)
            problems.push(`${relGroupKey(b)}: required ${k} missing`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('standards: coded, developed by a committee or working group, editions without cycles', () => {
    const standards = nodes.get('Standard')!;
    expect(standards.length).toBe(plannedCounts(0.3).standards);
    const institutions = new Map(nodes.get('Institution')!.map((n) => [n.id, n]));
    const of = (type: string, fromLabel = 'Standard') =>
      rels.filter((r) => r.type === type && r.fromLabel === fromLabel);
    const developedBy = new Map<string, string[]>();
    for (const r of of('DEVELOPED_BY'))
      developedBy.set(r.row.from, [...(developedBy.get(r.row.from) ?? []), r.row.to]);
    const problems: string[] = [];
    for (const s of standards) {
      if (
        !/^(GB|GB\/T|GB\/Z|YD\/T|GA\/T|ISO|ISO\/IEC) \d+([-:]\d{4})?$|^ITU-T X\.\d+( \(\d{4}\))?$/.test(
          String(s.code),
        )
      )
        problems.push(`${s.id}: code ${s.code}`);
      if (s.name !== s.code) problems.push(`${s.id}: name is not the code`);
      if (!(STANDARD_STATUSES as readonly string[]).includes(String(s.status)))
        problems.push(`${s.id}: status`);
      const published = ['published', 'approved', 'superseded', 'withdrawn'].includes(String(s.status));
      if (published !== (s.published !== undefined))
        problems.push(`${s.id}: ${s.status} with published ${s.published}`);
      if (s.withdrawn !== undefined && String(s.withdrawn) < String(s.published))
        problems.push(`${s.id}: withdrawn early`);
      const devs = developedBy.get(s.id) ?? [];
      if (devs.length === 0) problems.push(`${s.id}: no DEVELOPED_BY`);
      for (const d of devs)
        if (!['committee', 'working-group'].includes(String(institutions.get(d)?.kind)))
          problems.push(`${s.id}: developed by ${d}, a ${institutions.get(d)?.kind}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);

    // SUPERSEDES: a newer edition of the same standard (same code but the edition), later, never a cycle.
    const byId = new Map(standards.map((s) => [s.id, s]));
    const supersedes = of('SUPERSEDES');
    expect(supersedes.length).toBeGreaterThan(0);
    for (const r of supersedes) {
      const [newer, older] = [byId.get(r.row.from)!, byId.get(r.row.to)!];
      expect(older.status).toBe('superseded');
      expect(older.aliases).toContain(String(newer.code).replace(/[-:]\d{4}$| \(\d{4}\)$/, ''));
      if (newer.published) expect(String(newer.published) > String(older.published)).toBe(true);
    }
    for (const type of ['SUPERSEDES', 'REFERENCES']) {
      const next = new Map<string, string[]>();
      for (const r of of(type)) next.set(r.row.from, [...(next.get(r.row.from) ?? []), r.row.to]);
      const state = new Map<string, number>();
      const visit = (id: string): void => {
        if (state.get(id) === 2) return;
        if (state.get(id) === 1) throw new Error(`${type} cycle through ${id}`);
        state.set(id, 1);
        (next.get(id) ?? []).forEach(visit);
        state.set(id, 2);
      };
      expect(() => [...next.keys()].forEach(visit)).not.toThrow();
    }
    // Each standard's ABOUT topics, and a share of talks MENTIONED a standard.
    expect(new Set(of('ABOUT').map((r) => r.row.from)).size).toBe(standards.length);
    const talksMentioning = new Set(of('MENTIONED', 'Talk').map((r) => r.row.from)).size;
    expect(talksMentioning / g.nodeCounts.Talk).toBeGreaterThan(0.05);
    expect(talksMentioning / g.nodeCounts.Talk).toBeLessThan(0.25);
  });

  test('committee structure: working groups part of committees, national mirrors international, secretariats', () => {
    const institutions = new Map(nodes.get('Institution')!.map((n) => [n.id, n]));
    const kind = (id: string) => String(institutions.get(id)!.kind);
    const between = (type: string) =>
      rels.filter((r) => r.type === type && r.fromLabel === 'Institution' && r.toLabel === 'Institution');
    const partOf = new Map(between('PART_OF').map((r) => [r.row.from, r.row.to]));
    const committeeKinds = ['committee', 'working-group'];
    const workingGroups = [...institutions.values()].filter((n) => n.kind === 'working-group');
    expect(workingGroups.length).toBeGreaterThan(10);
    for (const wg of workingGroups) expect(committeeKinds).toContain(kind(partOf.get(wg.id)!));
    const top = (id: string): string => (partOf.has(id) ? top(partOf.get(id)!) : id);
    const mirrors = between('MIRRORS');
    expect(mirrors.length).toBeGreaterThan(0);
    for (const r of mirrors) {
      expect(committeeKinds).toContain(kind(r.row.from));
      expect(committeeKinds).toContain(kind(r.row.to));
      // National and international structures are apart: a committee never mirrors its own family.
      expect(top(r.row.from)).not.toBe(top(r.row.to));
    }
    const secretariats = between('SECRETARIAT_OF');
    expect(secretariats.length).toBeGreaterThan(0);
    for (const r of secretariats) {
      expect(kind(r.row.to)).toBe('committee');
      expect(['standards-body', 'research', 'government']).toContain(kind(r.row.from));
    }
    // The big national committee has working groups and mirrors an international committee.
    const big = g.mixIds().institution;
    expect(workingGroups.some((wg) => partOf.get(wg.id) === big)).toBe(true);
    expect(mirrors.some((r) => r.row.from === big)).toBe(true);
  });

  test('the ids of the query mix exist and give non-empty answers', () => {
    const ids = g.mixIds();
    const factRels = rels.filter((r) => r.type !== 'MENTIONED_IN');
    // topic: has narrower topics, and talks on it or on them
    const narrower = factRels
      .filter((r) => r.type === 'BROADER' && r.row.to === ids.topic)
      .map((r) => r.row.from);
    expect(narrower.length).toBeGreaterThan(0);
    const under = new Set([ids.topic]);
    for (let grew = true; grew;) {
      grew = false;
      for (const r of factRels) {
        if (r.type === 'BROADER' && under.has(r.row.to) && !under.has(r.row.from)) {
          under.add(r.row.from);
          grew = true;
        }
      }
    }
    expect(factRels.filter((r) => r.type === 'ABOUT' && under.has(r.row.to)).length).toBeGreaterThan(20);
    // person: the most prolific speaker, with affiliations
    const gave = factRels.filter((r) => r.type === 'GAVE' && r.row.from === ids.person).length;
    expect(gave).toBeGreaterThan(5);
    expect(factRels.some((r) => r.type === 'AFFILIATED_WITH' && r.row.from === ids.person)).toBe(true);
    // institution: organises events, has units
    expect(
      factRels.filter(
        (r) => ['ORGANISED', 'SPONSORED', 'CO_ORGANISED'].includes(r.type) && r.row.from === ids.institution,
      ).length,
    ).toBeGreaterThan(5);
    expect(factRels.some((r) => r.type === 'PART_OF' && r.row.to === ids.institution)).toBe(true);
    // search text: its compact form is a search key of some node
    const key = searchKeys(ids.searchText)[0]!;
    expect([...nodes.values()].flat().some((n) => n.searchKeys.includes(key))).toBe(true);
    // path: within 4 hops, ignoring MENTIONED_IN, in either direction
    const adjacent = new Map<string, string[]>();
    for (const r of factRels) {
      adjacent.set(r.row.from, [...(adjacent.get(r.row.from) ?? []), r.row.to]);
      adjacent.set(r.row.to, [...(adjacent.get(r.row.to) ?? []), r.row.from]);
    }
    let frontier = new Set([ids.pathFrom]);
    const seen = new Set(frontier);
    for (let hop = 0; hop < 4 && !seen.has(ids.pathTo); hop++) {
      const next = new Set<string>();
      for (const id of frontier) for (const n of adjacent.get(id) ?? []) if (!seen.has(n)) next.add(n);
      next.forEach((n) => seen.add(n));
      frontier = next;
    }
    expect(seen.has(ids.pathTo)).toBe(true);
    expect(idsOf('Person').has(ids.pathFrom)).toBe(true);
    expect(idsOf('Institution').has(ids.pathTo)).toBe(true);
    expect((adjacent.get(ids.neighbourhoodOf) ?? []).length).toBeGreaterThan(2);
  });
});
