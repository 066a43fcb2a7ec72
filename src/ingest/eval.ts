import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { emptyKnowledge } from './knowledge';
import { ingestDocument } from './pipeline';
import { readInput } from './read-input';
import type { SeedShape } from './seed-shape';
import { keyTokens, normKey } from './text-utils';

/**
 * Accuracy against hand-written expected seed files: each report is ingested into an empty graph, and
 * facts are compared kind by kind (one-to-one matching on names as keys, not on ids, since ids of new
 * entities are generated). Precision, recall and F1 per kind, per document and over all of them.
 */

export const KINDS = [
  'events',
  'organisers',
  'people',
  'institutions',
  'affiliations',
  'talks',
  'places',
] as const;
export type Kind = (typeof KINDS)[number];
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<Kind, Score>;

export interface EvalCase {
  name: string;
  input: string;
  expected: string;
  published?: string;
}

const names = (e?: { name: string; aliases?: string[] }) =>
  e ? [e.name, ...(e.aliases ?? [])].map(normKey) : [];
const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));
const personKey = (n: string) => [...keyTokens(n)].sort().join(' ');
const tokensOverlap = (a: string, b: string) => {
  const ta = new Set(keyTokens(a));
  const tb = keyTokens(b);
  return tb.filter((t) => ta.has(t)).length / Math.max(ta.size, tb.length, 1);
};

/** Facts of one kind as comparable records; `same` decides whether an expected and a found one agree. */
function facts(d: SeedShape) {
  const byId = <T extends { id: string }>(xs: T[] | undefined) => new Map((xs ?? []).map((x) => [x.id, x]));
  const inst = byId(d.institutions);
  const people = byId(d.people);
  const places = byId(d.places);
  const events = byId(d.events);
  const topics = byId(d.topics);
  return {
    people: (d.people ?? []).map((p) => ({ person: personKey(p.name) })),
    institutions: (d.institutions ?? []).map((i) => ({ inst: names(i) })),
    places: (d.places ?? []).map((p) => ({ place: normKey(p.name) })),
    events: (d.events ?? []).map((e) => ({
      names: names(e),
      start: e.startDate,
      place: normKey(places.get(e.heldIn ?? '')?.name ?? ''),
    })),
    organisers: (d.events ?? []).flatMap((e) =>
      (e.organisers ?? []).map((o) => ({
        event: names(e),
        inst: names(inst.get(o.institution)),
        role: o.role,
      })),
    ),
    affiliations: (d.affiliations ?? []).map((a) => ({
      person: personKey(people.get(a.person)?.name ?? a.person),
      inst: names(inst.get(a.institution)),
      title: normKey(a.title ?? ''),
    })),
    talks: (d.talks ?? []).map((t) => ({
      person: personKey(people.get(t.speaker)?.name ?? t.speaker),
      event: names(events.get(t.event)),
      topics: t.topics.map((id) =>
        [topics.get(id)?.name ?? id, ...(topics.get(id)?.aliases ?? [])].join(' '),
      ),
    })),
  };
}

type Facts = ReturnType<typeof facts>;
const SAME: { [K in Kind]: (a: Facts[K][number], b: Facts[K][number]) => boolean } = {
  people: (a, b) => a.person === b.person,
  institutions: (a, b) => overlap(a.inst, b.inst),
  places: (a, b) => a.place === b.place,
  events: (a, b) =>
    a.start === b.start &&
    a.place === b.place &&
    a.names.some((x) => b.names.some((y) => tokensOverlap(x, y) >= 0.5)),
  organisers: (a, b) =>
    a.role === b.role &&
    overlap(a.inst, b.inst) &&
    a.event.some((x) => b.event.some((y) => tokensOverlap(x, y) >= 0.5)),
  affiliations: (a, b) => a.person === b.person && overlap(a.inst, b.inst) && a.title === b.title,
  talks: (a, b) =>
    a.person === b.person &&
    a.event.some((x) => b.event.some((y) => tokensOverlap(x, y) >= 0.5)) &&
    a.topics.some((x) => b.topics.some((y) => tokensOverlap(x, y) > 0)),
};

export function score(expected: SeedShape, found: SeedShape): Scores {
  const e = facts(expected);
  const f = facts(found);
  const out = {} as Scores;
  for (const kind of KINDS) {
    const exp = e[kind] as never[];
    const got = [...(f[kind] as never[])];
    let tp = 0;
    for (const x of exp) {
      const i = got.findIndex((y) => (SAME[kind] as (a: never, b: never) => boolean)(x, y));
      if (i >= 0) {
        tp++;
        got.splice(i, 1);
      }
    }
    out[kind] = { tp, fp: got.length, fn: exp.length - tp };
  }
  return out;
}

export const prf = (s: Score) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function sum(all: Scores[]): Scores {
  const out = {} as Scores;
  for (const k of KINDS)
    out[k] = all.reduce((a, s) => ({ tp: a.tp + s[k].tp, fp: a.fp + s[k].fp, fn: a.fn + s[k].fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  return out;
}
export const micro = (s: Scores) =>
  prf(
    Object.values(s).reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    }),
  );

/** Ingests every case (an empty graph: nothing known in advance) and scores it. */
export async function evaluate(
  fixturesDir: string,
  root: string,
): Promise<{ name: string; scores: Scores }[]> {
  const cases = YAML.parse(fs.readFileSync(path.join(fixturesDir, 'cases.yaml'), 'utf8')) as EvalCase[];
  const results: { name: string; scores: Scores }[] = [];
  for (const c of cases) {
    const doc = await readInput(path.resolve(root, c.input), { published: c.published });
    let found: SeedShape;
    try {
      found = ingestDocument(doc, emptyKnowledge(), c.input).seed;
    } catch {
      found = { source: { id: 'none', title: 'none', kind: 'other' } };
    }
    const expected = YAML.parse(fs.readFileSync(path.join(fixturesDir, c.expected), 'utf8')) as SeedShape;
    results.push({ name: c.name, scores: score(expected, found) });
  }
  return results;
}

export function table(rows: { name: string; scores: Scores }[]): string {
  const pct = (x: number) => x.toFixed(2);
  const line = (label: string, s: Scores) =>
    `| ${label} | ${KINDS.map((k) => {
      const m = prf(s[k]);
      return `${pct(m.p)} / ${pct(m.r)} / ${pct(m.f1)}`;
    }).join(' | ')} | ${pct(micro(s).f1)} |`;
  const head = `| document | ${KINDS.join(' | ')} | micro-F1 |\n|---|${KINDS.map(() => '---').join('|')}|---|`;
  const corpus = rows.filter((r) => r.name !== 'seed-article');
  return [
    head,
    ...rows.map((r) => line(r.name, r.scores)),
    line('**corpus (6 reports)**', sum(corpus.map((r) => r.scores))),
  ].join('\n');
}
