/**
 * Standards: families of editions ("GB/T 35273-2017", then "GB/T 35273-2020" SUPERSEDES it), each
 * DEVELOPED_BY a committee or working group of its scope (national codes for national committees, ISO/IEC
 * and ITU-T codes for international ones), ABOUT 1-2 topics, REFERENCES earlier standards, DISCUSSED_AT
 * events of its year. SUPERSEDES and REFERENCES only point to earlier indexes, so neither has a cycle.
 */
import type { STANDARD_STATUSES } from '../../src/graph/model';
import type { Events } from './events';
import type { Institutions, Scope } from './institutions';
import { distinct, type Rng, ZipfSampler } from './random';
import type { Sources } from './sources';
import type { Topics } from './topics';
import type { Ctx, Owner } from './types';
import {
  b36,
  DAY_MS,
  FIRST_YEAR,
  isoDay,
  location,
  nodeRow,
  slug,
  STANDARD_PREFIXES,
  STANDARD_TITLE_FORMS,
  YEARS,
  yearStartDay,
} from './words';

export interface Standards {
  ids: string[];
  codes: string[];
  /** Code without edition (an alias), e.g. "GB/T 35273". */
  bare: string[];
  titles: string[];
  topics: number[][];
  developer: Int32Array;
  /** Publication day, -1 for drafts. */
  published: Int32Array;
  /** Life-cycle stage before supersession is known ('published' standards may become 'superseded'). */
  stage: StandardStatus[];
  /** The earlier edition it SUPERSEDES, -1 if none; and back. */
  supersedes: Int32Array;
  supersededBy: Int32Array;
  /** Standards per topic, for talks that mention one. */
  byTopic: Map<number, number[]>;
  /** A standard, popular ones more often. */
  sample(rng: Rng): number;
}

type StandardStatus = (typeof STANDARD_STATUSES)[number];

const LAST_YEAR = FIRST_YEAR + YEARS - 1;
const NUMBER_BASE = { 'ITU-T X.': 1000, ISO: 27000, 'ISO/IEC': 27000 } as Record<string, number>;

/** "GB/T 35273-2020", "ISO/IEC 27001:2022", "ITU-T X.1058 (2017)"; drafts carry no edition. */
function codeOf(prefix: string, number: number, year: number | undefined) {
  const bare = prefix.endsWith('.') ? `${prefix}${number}` : `${prefix} ${number}`;
  if (year === undefined) return { code: bare, bare };
  if (prefix.startsWith('ITU')) return { code: `${bare} (${year})`, bare };
  return { code: `${bare}${prefix.startsWith('ISO') ? ':' : '-'}${year}`, bare };
}

export function standards(ctx: Ctx, inst: Institutions, t: Topics): Standards {
  const N = ctx.n.standards;
  const s: Standards = {
    ids: [],
    codes: [],
    bare: [],
    titles: [],
    topics: [],
    developer: new Int32Array(N),
    published: new Int32Array(N).fill(-1),
    stage: [],
    supersedes: new Int32Array(N).fill(-1),
    supersededBy: new Int32Array(N).fill(-1),
    byTopic: new Map(),
    sample: () => 0,
  };
  const prefixOf: string[] = [];
  const numberOf: number[] = [];
  let families = 0;
  for (let k = 0; k < N; k++) {
    const rng = ctx.rngFor('standard-core', k);
    // A third of the standards are a new edition of an earlier published one that has none yet.
    const candidate = k > 0 && rng.chance(0.35) ? rng.int(k) : -1;
    const pred =
      candidate >= 0 && s.supersededBy[candidate] === -1 && s.stage[candidate] === 'published'
        ? candidate
        : -1;
    let year: number;
    let stage: StandardStatus = rng.weighted([
      ['published', 75],
      ['approved', 8],
      ['drafting', 10],
      ['proposed', 4],
      ['withdrawn', 3],
    ] as const);
    if (pred >= 0) {
      s.supersedes[k] = pred;
      s.supersededBy[pred] = k;
      s.developer[k] = s.developer[pred]!;
      s.topics.push(s.topics[pred]!);
      s.titles.push(s.titles[pred]!);
      prefixOf.push(prefixOf[pred]!);
      numberOf.push(numberOf[pred]!);
      year = new Date(s.published[pred]! * DAY_MS).getUTCFullYear() + rng.range(2, 6);
      if (year > LAST_YEAR) stage = 'drafting';
      if (stage === 'withdrawn') stage = 'published';
    } else {
      const scope: Scope = rng.chance(0.7) ? 'national' : 'international';
      s.developer[k] = inst.sampleDeveloper(rng, scope);
      const topics = distinct(rng.range(1, 2), () => t.sample(rng));
      s.topics.push(topics);
      s.titles.push(rng.pick(STANDARD_TITLE_FORMS).replace('{t}', t.list[topics[0]!]!.name));
      const prefix = rng.weighted(STANDARD_PREFIXES[scope]);
      prefixOf.push(prefix);
      numberOf.push((NUMBER_BASE[prefix] ?? 20000) + families * 3 + rng.int(3));
      families++;
      year = FIRST_YEAR + rng.int(YEARS);
    }
    const draft = stage === 'drafting' || stage === 'proposed';
    if (!draft) s.published[k] = yearStartDay(year) + rng.int(365);
    s.stage.push(stage);
    const { code, bare } = codeOf(prefixOf[k]!, numberOf[k]!, draft ? undefined : year);
    s.codes.push(code);
    s.bare.push(bare);
    s.ids.push(`${slug(code)}-sd${b36(k)}`);
    for (const topic of s.topics[k]!) s.byTopic.set(topic, [...(s.byTopic.get(topic) ?? []), k]);
  }
  const sampler = new ZipfSampler(Math.max(1, N), 0.6);
  s.sample = (rng) => sampler.sample(rng);
  return s;
}

/** Standard nodes with DEVELOPED_BY, ABOUT, SUPERSEDES, REFERENCES and DISCUSSED_AT. */
export function standardOwner(
  ctx: Ctx,
  s: Standards,
  deps: { inst: Institutions; topics: Topics; events: Events; src: Sources },
): Owner {
  const { inst, topics, events, src } = deps;
  return {
    label: 'Standard',
    count: s.ids.length,
    node(k) {
      const rng = ctx.rngFor('standard', k);
      const sources = [...new Set([src.random(rng), ...(rng.chance(0.3) ? [src.random(rng)] : [])])];
      const published = s.published[k]!;
      const status = s.supersededBy[k]! >= 0 ? 'superseded' : s.stage[k]!;
      const withdrawn =
        status === 'withdrawn'
          ? Math.min(published + rng.range(700, 3000), yearStartDay(LAST_YEAR + 1) - 1)
          : -1;
      return nodeRow(s.ids[k]!, s.codes[k]!, s.bare[k] !== s.codes[k] ? [s.bare[k]!] : [], sources, {
        code: s.codes[k],
        title: s.titles[k],
        status,
        published: published >= 0 ? isoDay(published) : undefined,
        withdrawn: withdrawn >= 0 ? isoDay(withdrawn) : undefined,
      });
    },
    rels(k) {
      const source = src.random(ctx.rngFor('standard', k));
      const rng = ctx.rngFor('standard-rels', k);
      const id = s.ids[k]!;
      const prov = () => ({ source, location: location(rng) });
      const out = [
        ctx.rel('MENTIONED_IN', 'Standard', id, 'Source', source, prov()),
        ctx.rel('DEVELOPED_BY', 'Standard', id, 'Institution', inst.ids[s.developer[k]!]!, prov()),
        ...s.topics[k]!.map((t) => ctx.rel('ABOUT', 'Standard', id, 'Topic', topics.list[t]!.id, prov())),
      ];
      if (s.supersedes[k]! >= 0) {
        out.push(ctx.rel('SUPERSEDES', 'Standard', id, 'Standard', s.ids[s.supersedes[k]!]!, prov()));
      }
      const references =
        k > 0
          ? rng.weighted([
              [0, 40],
              [1, 30],
              [2, 20],
              [3, 10],
            ] as const)
          : 0;
      for (const r of distinct(references, () => rng.int(k))) {
        if (r !== s.supersedes[k])
          out.push(ctx.rel('REFERENCES', 'Standard', id, 'Standard', s.ids[r]!, prov()));
      }
      if (rng.chance(0.35)) {
        const day = s.published[k]! >= 0 ? s.published[k]! : yearStartDay(LAST_YEAR);
        const y = Math.min(YEARS - 1, Math.max(0, new Date(day * DAY_MS).getUTCFullYear() - FIRST_YEAR));
        const first = events.yearFirst(y);
        const inYear = events.yearFirst(y + 1) - first;
        for (const e of distinct(rng.range(1, 2), () => first + rng.int(inYear))) {
          out.push(ctx.rel('DISCUSSED_AT', 'Standard', id, 'Event', events.ids[e]!, prov()));
        }
      }
      return out;
    },
  };
}
