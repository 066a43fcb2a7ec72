import YAML from 'yaml';
import type { SeedShape } from './seed-shape';
import type { Extraction } from './extraction';
import type { Knowledge, KnownEntity, KnownLabel } from './knowledge';
import { link, type LinkResult } from './link';
import { matchTopics } from './topics';
import { slug, titleCase } from './text-utils';

/**
 * Turns an extraction into a seed file (docs/seed-format.md) plus a `review` section: how each entity
 * was linked, with what confidence and against which candidates, and what was inferred. Linked entities
 * keep their id and are declared again with the same name and required fields (the planner rejects
 * disagreeing declarations); new ids never collide with any id in use. Same input, same draft.
 */

export interface ReviewEntry {
  as: string;
  link: LinkResult['method'];
  confidence: number;
  candidates?: { id: string; name: string; score: number }[];
  inferred?: string[];
}

export interface Draft {
  seed: SeedShape;
  review: Record<string, Record<string, ReviewEntry>>;
  notes: string[];
  sourceId: string;
}

export function buildDraft(x: Extraction, k: Knowledge, input: string): Draft {
  const used = new Set(k.ids);
  const fresh = (base: string) => {
    let id = base || 'item';
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const review: Draft['review'] = {
    people: {},
    institutions: {},
    places: {},
    events: {},
    topics: {},
    talks: {},
  };
  const notes = [...x.notes];
  /** Links one entity; returns its id and the fields to declare. */
  const resolve = (
    section: string,
    label: KnownLabel,
    names: string[],
    base: string,
    agrees?: (e: KnownEntity) => boolean,
    inferred: string[] = [],
  ): { id: string; known?: KnownEntity } => {
    const r = link(label, names, k, agrees);
    const id = r.entity ? r.entity.id : fresh(base);
    const entry: ReviewEntry = { as: names[0]!, link: r.method, confidence: r.confidence };
    if (r.entity && r.entity.id !== undefined)
      entry.candidates = [{ id: r.entity.id, name: r.entity.name, score: r.confidence }];
    if (r.candidates.length) entry.candidates = r.candidates;
    if (inferred.length) entry.inferred = inferred;
    review[section]![id] = entry;
    return { id, known: r.entity };
  };

  const placeIds = new Map<string, string>();
  const places: NonNullable<SeedShape['places']> = [];
  // Broader places first, so `locatedIn` can use their ids.
  const depth = (key: string): number => {
    const p = x.places.find((q) => q.key === key);
    return p?.locatedIn ? 1 + depth(p.locatedIn) : 0;
  };
  for (const p of [...x.places].sort((a, b) => depth(a.key) - depth(b.key) || a.key.localeCompare(b.key))) {
    const { id, known } = resolve(
      'places',
      'Place',
      [p.name],
      slug(p.name) + (p.key.endsWith('#province') ? '-province' : ''),
      (e) => e.required.kind === p.kind,
    );
    placeIds.set(p.key, id);
    places.push(
      known
        ? { id, name: known.name, kind: known.required.kind ?? p.kind, at: p.at, quote: p.quote }
        : {
            id,
            name: p.name,
            kind: p.kind,
            locatedIn: p.locatedIn ? placeIds.get(p.locatedIn) : undefined,
            at: p.at,
            quote: p.quote,
          },
    );
  }

  const instIds = new Map<string, string>();
  const institutions: NonNullable<SeedShape['institutions']> = [];
  const instDepth = (key: string, seen = 0): number => {
    const i = x.institutions.find((q) => q.key === key);
    return i?.partOf && seen < 5 ? 1 + instDepth(i.partOf, seen + 1) : 0;
  };
  for (const i of [...x.institutions].sort((a, b) => instDepth(a.key) - instDepth(b.key))) {
    const { id, known } = resolve(
      'institutions',
      'Institution',
      [i.name, ...i.aliases],
      slug(i.aliases.find((a) => /^[A-Z0-9 ]+$/.test(a)) ?? i.name, 8),
    );
    instIds.set(i.key, id);
    const partOf = i.partOf ? instIds.get(i.partOf) : undefined;
    institutions.push(
      known
        ? {
            id,
            name: known.name,
            aliases: i.aliases.filter((a) => a !== known.name),
            partOf,
            at: i.at,
            quote: i.quote,
          }
        : { id, name: i.name, aliases: i.aliases, kind: i.kind, partOf, at: i.at, quote: i.quote },
    );
  }

  const personIds = new Map<string, string>();
  const people: NonNullable<SeedShape['people']> = [];
  for (const p of x.people) {
    const { id, known } = resolve('people', 'Person', [p.name], slug(p.name));
    personIds.set(p.key, id);
    people.push(
      known
        ? {
            id,
            name: known.name,
            familyName: known.required.familyName ?? p.familyName,
            at: p.at,
            quote: p.quote,
          }
        : {
            id,
            name: p.name,
            familyName: p.familyName,
            givenName: p.givenName,
            honorific: p.honorific,
            at: p.at,
            quote: p.quote,
          },
    );
  }

  const eventIds = new Map<string, string>();
  const events: NonNullable<SeedShape['events']> = [];
  const evDepth = (key: string, seen = 0): number => {
    const e = x.events.find((q) => q.key === key);
    return e?.partOf && seen < 5 ? 1 + evDepth(e.partOf, seen + 1) : 0;
  };
  for (const e of [...x.events].sort((a, b) => evDepth(a.key) - evDepth(b.key))) {
    const sameDate = (k2: KnownEntity) =>
      !k2.required.startDate || !e.startDate || k2.required.startDate === e.startDate;
    const { id, known } = resolve(
      'events',
      'Event',
      [e.name, ...e.aliases],
      slug(e.name),
      sameDate,
      e.inferred,
    );
    eventIds.set(e.key, id);
    const organisers = e.organisers
      .filter((o) => instIds.has(o.institution))
      .map((o) => ({ institution: instIds.get(o.institution)!, role: o.role, at: o.at, quote: o.quote }));
    const common = {
      heldIn: e.heldIn ? placeIds.get(e.heldIn) : undefined,
      partOf: e.partOf ? eventIds.get(e.partOf) : undefined,
      organisers,
      at: e.at,
      quote: e.quote,
    };
    events.push(
      known
        ? {
            id,
            name: known.name,
            kind: known.required.kind ?? e.kind,
            startDate: known.required.startDate ?? e.startDate!,
            ...common,
          }
        : {
            id,
            name: e.name,
            aliases: e.aliases,
            kind: e.kind,
            startDate: e.startDate!,
            endDate: e.endDate,
            ...common,
          },
    );
  }

  const affiliations: NonNullable<SeedShape['affiliations']> = x.affiliations
    .filter((a) => personIds.has(a.person) && instIds.has(a.institution))
    .map((a) => ({
      person: personIds.get(a.person)!,
      institution: instIds.get(a.institution)!,
      title: a.title,
      at: a.at,
      quote: a.quote,
    }));

  // Talks and their topics: known topics, or new ones proposed under the best broader topic.
  const topics: NonNullable<SeedShape['topics']> = [];
  const topicIds = new Set<string>();
  const talks: NonNullable<SeedShape['talks']> = [];
  for (const t of x.talks) {
    const speaker = personIds.get(t.speaker);
    const event = eventIds.get(t.event);
    if (!speaker || !event) continue;
    const m = matchTopics(t.topicPhrase, k.topics);
    let ids = m.ids;
    if (ids.length === 0 && m.proposed) {
      const known = k.topics.find((kt) => kt.id === m.proposed!.id);
      const id = known ? known.id : topicIds.has(m.proposed.id) ? m.proposed.id : fresh(m.proposed.id);
      if (!known && !topicIds.has(id)) {
        topics.push({ id, name: m.proposed.name, broader: m.proposed.broader, at: t.at, quote: t.quote });
        review.topics![id] = {
          as: t.topicPhrase,
          link: 'new',
          confidence: 0.5,
          candidates: m.proposed.broader.map((b) => ({
            id: b,
            name: k.topics.find((q) => q.id === b)!.name,
            score: 0,
          })),
        };
        topicIds.add(id);
      }
      ids = [id];
    }
    if (ids.length === 0) {
      notes.push(`talk by ${speaker} (${t.at}) has no topic; left out`);
      continue;
    }
    for (const id of ids) {
      const kt = k.topics.find((q) => q.id === id);
      if (kt && !topicIds.has(id)) {
        topicIds.add(id);
        topics.push({ id, name: kt.name, at: t.at, quote: t.quote });
        review.topics![id] = { as: t.topicPhrase, link: 'exact', confidence: 0.9 };
      }
    }
    const names = ids.map((id) => topics.find((q) => q.id === id)?.name ?? id);
    const talkId = fresh(`${event}-${speaker}`.slice(0, 80).replace(/-+$/, ''));
    talks.push({
      id: talkId,
      title: titleCase(names.join(' and ').toLowerCase()).replace(/^./, (c) => c.toUpperCase()),
      kind: t.kind,
      speaker,
      event,
      topics: ids,
      at: t.at,
      quote: t.quote,
    });
    review.talks![talkId] = { as: t.topicPhrase, link: 'new', confidence: m.ids.length ? 0.9 : 0.5 };
  }

  // The source: its id names the report's main event, or its title.
  const main = [...x.events].sort(
    (a, b) =>
      x.talks.filter((t) => t.event === b.key).length +
      b.organisers.length -
      (x.talks.filter((t) => t.event === a.key).length + a.organisers.length),
  )[0];
  const mainName = main ? events.find((e) => e.id === eventIds.get(main.key))!.name : undefined;
  const title = x.source.title ?? (mainName ? `${mainName} (report)` : 'Untitled report');
  const titleSlug = x.source.title ? slug(x.source.title.replace(/\([^)]*\)/g, ''), 7) : '';
  const year = x.source.published?.slice(0, 4);
  const sourceId = x.source.title
    ? titleSlug + (year && !titleSlug.includes(year) ? `-${year}` : '')
    : slug(`${mainName ?? 'report'} report`, 9);
  const source: SeedShape['source'] = {
    id: sourceId,
    title,
    kind: x.source.kind,
    published: x.source.published,
    url: x.source.url,
    authors: x.source.author && personIds.has(x.source.author) ? [personIds.get(x.source.author)!] : [],
    notes: `Draft made by npm run ingest from ${input}; facts as the report gives them, talk titles generated from their topics.`,
  };
  if (x.source.inferred.length)
    review.source = { [sourceId]: { as: title, link: 'new', confidence: 1, inferred: x.source.inferred } };

  const seed: SeedShape = { source, places, institutions, people, topics, events, affiliations, talks };
  return { seed, review, notes, sourceId };
}

/** Readable, stable YAML: fields in schema order, empty values dropped, the review section last. */
export function draftYaml(d: Draft): string {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined && !(Array.isArray(x) && x.length === 0))
          .map(([key, x]) => [key, prune(x)]),
      );
    }
    return v;
  };
  const body = prune({ ...d.seed, review: { ...d.review, notes: d.notes } }) as Record<string, unknown>;
  const header =
    '# DRAFT written by `npm run ingest`: review it, then `npm run ingest -- --accept <this file>`.\n' +
    '# Format: docs/seed-format.md. `review` (ignored by the loader) says how each entity was linked.\n';
  return header + YAML.stringify(body, { lineWidth: 0, aliasDuplicateObjects: false });
}
