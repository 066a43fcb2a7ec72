import type { Draft, ReviewEntry } from './draft';
import type { SeedShape } from './seed-shape';

/**
 * A draft as a reviewer sees it (the explorer's review page): each fact with the report's words that
 * state it and where they are in the text, each entity with how it was linked; and the reviewer's
 * decisions (reject a fact, correct one of its fields) applied to the draft before it is accepted.
 * Facts are named by their path in the draft (`affiliations[2]`, `events[0].organisers[1]`,
 * `events[0].heldIn`, `topics[3].broader[0]`), so a decision means the same against the same draft.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ReviewFact {
  key: string;
  /** The relationship type the fact becomes, e.g. AFFILIATED_WITH. */
  type: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** What else the fact says: an affiliation's title, a talk's event and topics. */
  detail?: string;
  location?: string;
  quote?: string;
  span?: Span;
  /** Fields a reviewer may correct, with their values in the draft. */
  fields: { name: string; value: string }[];
}

export interface ReviewEntity {
  section: string;
  id: string;
  name: string;
  entry: ReviewEntry;
  location?: string;
  quote?: string;
  span?: Span;
}

export interface Correction {
  key: string;
  field: string;
  value: string;
}

type Obj = Record<string, unknown>;

/** Where `quote` is in `text`: exactly, else with any run of whitespace matching any other. */
export function findQuote(text: string, quote: string | undefined): Span | undefined {
  if (!quote) return undefined;
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return undefined;
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Fields of a fact entry a reviewer may set: its provenance and its own properties and ends. */
const OBJECT_FIELDS: Record<string, string[]> = {
  affiliations: ['person', 'institution', 'title', 'asOf', 'at', 'quote'],
  organisers: ['institution', 'role', 'at', 'quote'],
  talks: ['speaker', 'event', 'title', 'kind', 'date', 'at', 'quote'],
};

export function reviewFacts(seed: SeedShape, text: string): ReviewFact[] {
  const names = new Map<string, string>();
  for (const section of ['places', 'institutions', 'people', 'topics', 'events', 'talks'] as const)
    for (const e of (seed[section] ?? []) as unknown as Obj[])
      names.set(String(e.id), String(e.name ?? e.title ?? e.id));
  const end = (id: string) => ({ id, name: names.get(id) ?? id });
  const facts: ReviewFact[] = [];
  const push = (
    key: string,
    type: string,
    from: string,
    to: string,
    stated: { at?: string; quote?: string },
    fields: Obj,
    detail?: string,
  ) =>
    facts.push({
      key,
      type,
      from: end(from),
      to: end(to),
      detail,
      location: stated.at,
      quote: stated.quote,
      span: findQuote(text, stated.quote),
      fields: Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([name, v]) => ({ name, value: String(v) })),
    });
  const pick = (o: Obj, names: string[]) => Object.fromEntries(names.map((n) => [n, o[n]]));

  (seed.affiliations ?? []).forEach((a, i) =>
    push(
      `affiliations[${i}]`,
      'AFFILIATED_WITH',
      a.person,
      a.institution,
      a,
      pick(a as unknown as Obj, OBJECT_FIELDS.affiliations!),
      a.title,
    ),
  );
  (seed.events ?? []).forEach((e, i) => {
    (e.organisers ?? []).forEach((o, j) =>
      push(
        `events[${i}].organisers[${j}]`,
        o.role,
        o.institution,
        e.id,
        o,
        pick(o as unknown as Obj, OBJECT_FIELDS.organisers!),
      ),
    );
    if (e.heldIn) push(`events[${i}].heldIn`, 'HELD_IN', e.id, e.heldIn, e, { value: e.heldIn });
    if (e.partOf) push(`events[${i}].partOf`, 'PART_OF', e.id, e.partOf, e, { value: e.partOf });
  });
  (seed.talks ?? []).forEach((t, i) =>
    push(
      `talks[${i}]`,
      'GAVE',
      t.speaker,
      t.id,
      t,
      pick(t as unknown as Obj, OBJECT_FIELDS.talks!),
      `at ${end(t.event).name}, on ${t.topics.map((x) => end(x).name).join(', ')}`,
    ),
  );
  (seed.institutions ?? []).forEach((n, i) => {
    if (n.partOf) push(`institutions[${i}].partOf`, 'PART_OF', n.id, n.partOf, n, { value: n.partOf });
  });
  (seed.places ?? []).forEach((p, i) => {
    if (p.locatedIn)
      push(`places[${i}].locatedIn`, 'LOCATED_IN', p.id, p.locatedIn, p, { value: p.locatedIn });
  });
  (seed.topics ?? []).forEach((t, i) =>
    (t.broader ?? []).forEach((b, j) =>
      push(`topics[${i}].broader[${j}]`, 'BROADER', t.id, b, t, { value: b }),
    ),
  );
  return facts;
}

/** Every entity of the draft with how it was linked (the draft's `review` section) and its quote. */
export function reviewEntities(d: Draft, text: string): ReviewEntity[] {
  const out: ReviewEntity[] = [];
  for (const [section, entries] of Object.entries(d.review)) {
    if (section === 'talks') continue;
    const declared = (
      section === 'source' ? [d.seed.source] : ((d.seed as unknown as Obj)[section] ?? [])
    ) as Obj[];
    for (const [id, entry] of Object.entries(entries)) {
      const e = declared.find((x) => x.id === id) ?? {};
      const quote = typeof e.quote === 'string' ? e.quote : undefined;
      out.push({
        section,
        id,
        name: String(e.name ?? e.title ?? entry.as),
        entry,
        location: typeof e.at === 'string' ? e.at : undefined,
        quote,
        span: findQuote(text, quote),
      });
    }
  }
  return out;
}

/** `events[0].organisers[1]` as the parent container and the last step (a field name or an index). */
function locate(seed: Obj, key: string): { parent: Obj | unknown[]; step: string | number } | undefined {
  const steps = [...key.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map(
    (m) => (m[1] ?? Number(m[2])) as string | number,
  );
  if (steps.length < 2) return undefined;
  let at: unknown = seed;
  for (const s of steps.slice(0, -1)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[s];
  }
  if (at === null || typeof at !== 'object') return undefined;
  return { parent: at as Obj | unknown[], step: steps[steps.length - 1]! };
}

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/**
 * The draft with the reviewer's decisions: corrections first (by the keys of the draft as given), then
 * rejections, which remove the fact (an entry of a list, or a field such as `heldIn`). Keys and fields
 * are checked against the facts of the draft; the seed validator judges the values on accept.
 */
export function applyDecisions(seed: SeedShape, reject: string[], corrections: Correction[]): SeedShape {
  const copy = structuredClone(seed) as unknown as Obj;
  const facts = new Map(reviewFacts(seed, '').map((f) => [f.key, f]));
  const known = (key: string, field: string) => {
    const f = facts.get(key);
    if (!f) throw new ReviewError(`"${key}" is not a fact of this draft`, field);
    return f;
  };
  corrections.forEach((c, i) => {
    const fact = known(c.key, `corrections[${i}].key`);
    if (
      !fact.fields.some((f) => f.name === c.field) &&
      !(OBJECT_FIELDS[sectionOf(c.key)] ?? []).includes(c.field)
    )
      throw new ReviewError(
        `"${c.field}" cannot be corrected on ${c.key}; one of ${fact.fields.map((f) => f.name).join(', ')}`,
        `corrections[${i}].field`,
      );
    const loc = locate(copy, c.key)!;
    const value = c.value.trim();
    if (c.field === 'value') (loc.parent as Record<string | number, unknown>)[loc.step] = value;
    else {
      const entry = (loc.parent as Record<string | number, Obj>)[loc.step]!;
      if (value === '') delete entry[c.field];
      else entry[c.field] = value;
    }
  });
  // Removed last to first, so the indexes of the others still hold.
  const rejected = [...new Set(reject)].map((key, i) => ({
    key,
    loc: (known(key, `reject[${i}]`), locate(copy, key)!),
  }));
  rejected.sort((a, b) => b.key.localeCompare(a.key, 'en', { numeric: true }));
  for (const { loc } of rejected) {
    if (Array.isArray(loc.parent)) loc.parent.splice(Number(loc.step), 1);
    else delete loc.parent[String(loc.step)];
  }
  return copy as unknown as SeedShape;
}

/** `affiliations[2]` → affiliations, `events[0].organisers[1]` → organisers. */
function sectionOf(key: string): string {
  const names = key.match(/[A-Za-z]+/g) ?? [];
  return names[names.length - 1] ?? '';
}
