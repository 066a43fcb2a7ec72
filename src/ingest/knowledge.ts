import { readSeedDir } from '../graph/seed/read';
import type { Database } from '../neo4j/database';
import type { SeedShape } from './seed-shape';
import type { KnownTopic } from './topics';

/** What the graph and the seed files already hold, for linking a report's mentions. */
export type KnownLabel = 'Person' | 'Institution' | 'Place' | 'Event' | 'Topic';

export interface KnownEntity {
  label: KnownLabel;
  id: string;
  name: string;
  aliases: string[];
  /** The properties a draft must repeat, identically, when it declares this entity again. */
  required: Record<string, string>;
  /** Where it is declared: a seed file name, or "graph". */
  from: string;
}

export interface Knowledge {
  entities: KnownEntity[];
  sources: { id: string; url?: string; from: string }[];
  topics: KnownTopic[];
  /** Every id in use, of any kind: a fresh id must avoid all of them. */
  ids: Set<string>;
  /** Curators' standing "not the same" marks: `Label:id` → the ids it must not be confused with. */
  notSame?: Map<string, Set<string>>;
}

export const emptyKnowledge = (): Knowledge => ({ entities: [], sources: [], topics: [], ids: new Set() });

/** Entities declared in the seed files of `dir` (all files, or all but those of `excludeSource`). */
export function knowledgeFromSeeds(
  dir: string,
  excludeSource?: (id: string, url?: string) => boolean,
): Knowledge {
  const k = emptyKnowledge();
  const { files } = readSeedDir(dir);
  for (const { file, data: raw } of files) {
    const data = raw as unknown as Required<SeedShape>;
    if (excludeSource?.(data.source.id, data.source.url)) continue;
    k.sources.push({ id: data.source.id, url: data.source.url, from: file });
    k.ids.add(data.source.id);
    const add = (
      label: KnownLabel,
      e: { id: string; name: string; aliases?: string[] },
      required: Record<string, string | undefined>,
    ) => {
      k.ids.add(e.id);
      const clean = Object.fromEntries(Object.entries(required).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >;
      const prior = k.entities.find((x) => x.label === label && x.id === e.id);
      if (prior) prior.aliases = [...new Set([...prior.aliases, ...(e.aliases ?? [])])];
      else
        k.entities.push({
          label,
          id: e.id,
          name: e.name,
          aliases: e.aliases ?? [],
          required: clean,
          from: file,
        });
    };
    for (const p of data.people ?? []) add('Person', p, { familyName: p.familyName });
    for (const i of data.institutions) add('Institution', i, {});
    for (const p of data.places) add('Place', p, { kind: p.kind });
    for (const e of data.events) add('Event', e, { kind: e.kind, startDate: e.startDate });
    for (const t of data.topics) {
      add('Topic', t, {});
      if (!k.topics.some((x) => x.id === t.id)) {
        k.topics.push({ id: t.id, name: t.name, aliases: t.aliases ?? [], broader: t.broader ?? [] });
      }
    }
    for (const t of data.talks) k.ids.add(t.id);
    for (const d of data.directives) k.ids.add(d.id);
  }
  return k;
}

/**
 * One read query for everything the linker compares against (the graph may hold curated entities),
 * the curators' "not the same" marks included.
 */
export async function addGraphKnowledge(db: Database, k: Knowledge): Promise<void> {
  const rows = await db.query<{
    label: string;
    id: string;
    name: string | null;
    aliases: string[];
    familyName: string | null;
    kind: string | null;
    startDate: string | null;
    url: string | null;
    broader: string[];
    marks: [string, string, string][];
  }>(
    `CALL () {
       MATCH (d:Decision {kind: 'not-same'}) WHERE d.withdrawnAt IS NULL RETURN collect([d.label, d.a, d.b]) AS marks
     }
     MATCH (n) WHERE (n:Person OR n:Institution OR n:Place OR n:Event OR n:Topic OR n:Source) AND n.id IS NOT NULL
     RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id, n.name AS name,
            coalesce(n.aliases, []) AS aliases, n.familyName AS familyName, n.kind AS kind,
            toString(n.startDate) AS startDate, n.url AS url,
            [(n)-[:BROADER]->(b:Topic) | b.id] AS broader, marks`,
    { labels: ['Person', 'Institution', 'Place', 'Event', 'Topic', 'Source'] },
  );
  k.notSame ??= new Map();
  for (const [label, a, b] of rows[0]?.marks ?? []) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = `${label}:${x}`;
      k.notSame.set(key, (k.notSame.get(key) ?? new Set()).add(y));
    }
  }
  for (const r of rows) {
    k.ids.add(r.id);
    if (r.label === 'Source') {
      if (!k.sources.some((s) => s.id === r.id))
        k.sources.push({ id: r.id, url: r.url ?? undefined, from: 'graph' });
      continue;
    }
    if (!r.name || k.entities.some((e) => e.label === r.label && e.id === r.id)) continue;
    const required: Record<string, string> = {};
    if (r.label === 'Person' && r.familyName) required.familyName = r.familyName;
    if ((r.label === 'Place' || r.label === 'Event') && r.kind) required.kind = r.kind;
    if (r.label === 'Event' && r.startDate) required.startDate = r.startDate;
    k.entities.push({
      label: r.label as KnownLabel,
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      required,
      from: 'graph',
    });
    if (r.label === 'Topic' && !k.topics.some((t) => t.id === r.id)) {
      k.topics.push({ id: r.id, name: r.name, aliases: r.aliases, broader: r.broader });
    }
  }
}
