/**
 * Events: E over twenty years, in year order; each year opens with a few umbrella events (weeks,
 * conferences) that other events of that year are PART_OF. Dates, places and sources are kept per event.
 */
import type { OrganiserRole } from '../../src/graph/model';
import type { Directives } from './directives';
import type { Institutions } from './institutions';
import type { Places } from './places';
import { distinct, type Rng } from './random';
import type { Sources } from './sources';
import type { Topics } from './topics';
import type { Ctx, Owner } from './types';
import {
  acronym,
  AREAS,
  b36,
  EVENT_WORDS,
  FIRST_YEAR,
  isoDay,
  location,
  nodeRow,
  slug,
  YEARS,
  yearStartDay,
} from './words';

export interface Events {
  ids: string[];
  names: string[];
  kinds: string[];
  /** Days since the epoch. */
  start: Int32Array;
  end: Int32Array;
  /** PART_OF target, -1 if none. */
  parent: Int32Array;
  /** Index into places, -1 when online. */
  city: Int32Array;
  /** The first event of year y (0-based from FIRST_YEAR). */
  yearFirst(y: number): number;
}

export interface Organiser {
  institution: number;
  role: OrganiserRole;
  at: string;
}

export function events(ctx: Ctx, places: Places): Events {
  const E = ctx.n.events;
  const yearFirst = (y: number) => Math.floor((y * E + YEARS - 1) / YEARS);
  const umbrellas = (y: number) => Math.max(1, Math.round((yearFirst(y + 1) - yearFirst(y)) / 15));
  const start = new Int32Array(E);
  const end = new Int32Array(E);
  const parent = new Int32Array(E).fill(-1);
  const city = new Int32Array(E).fill(-1);
  const ids: string[] = [];
  const names: string[] = [];
  const kinds: string[] = [];
  const randomCity = (rng: Rng) => places.firstCity + places.citySampler.sample(rng);
  for (let i = 0; i < E; i++) {
    const rng = ctx.rngFor('event-core', i);
    const y = Math.floor((i * YEARS) / E);
    const year = FIRST_YEAR + y;
    const j = i - yearFirst(y);
    const area = rng.pick(AREAS);
    let kind: string;
    let name: string;
    if (j < umbrellas(y)) {
      city[i] = randomCity(rng);
      start[i] = yearStartDay(year) + rng.int(355);
      end[i] = start[i]! + rng.range(3, 7);
      kind = rng.chance(0.7) ? 'week' : 'conference';
      name =
        kind === 'week'
          ? `${places.list[city[i]!]!.name} Cybersecurity Week ${year}`
          : `International Conference on ${area} ${year}`;
    } else {
      kind = rng.weighted([
        ['forum', 35],
        ['workshop', 20],
        ['meeting', 12],
        ['plenary', 3],
        ['conference', 10],
        ['webinar', 12],
        ['other', 8],
      ] as const);
      const p = rng.chance(0.45) ? yearFirst(y) + rng.int(umbrellas(y)) : -1;
      if (p >= 0) {
        parent[i] = p;
        start[i] = start[p]! + rng.int(end[p]! - start[p]! + 1);
        end[i] = Math.min(end[p]!, start[i]! + rng.int(2));
        if (kind !== 'webinar') city[i] = city[p]!;
      } else {
        start[i] = yearStartDay(year) + rng.int(360);
        end[i] = start[i]! + (rng.chance(0.5) ? 0 : rng.range(1, 2));
        if (kind !== 'webinar' || rng.chance(0.2)) city[i] = randomCity(rng);
      }
      name = `${area} ${EVENT_WORDS[kind]!} ${year}`;
    }
    ids.push(`${slug(name)}-e${b36(i)}`);
    names.push(name);
    kinds.push(kind);
  }
  return { ids, names, kinds, start, end, parent, city, yearFirst };
}

/**
 * The institutions that organised event i, each once: ORGANISED, CO_ORGANISED, SPONSORED, sometimes HOSTED;
 * a committee CHAIRED its meetings and plenaries, with its SECRETARIAT.
 */
export function organisers(ctx: Ctx, ev: Events, inst: Institutions): (i: number) => Organiser[] {
  return (i) => {
    const rng = ctx.rngFor('event-organisers', i);
    const roles: OrganiserRole[] = [];
    if (rng.chance(0.95)) roles.push('ORGANISED');
    const coOrganisers = rng.weighted([
      [0, 35],
      [1, 35],
      [2, 30],
    ] as const);
    for (let k = coOrganisers; k > 0; k--) roles.push('CO_ORGANISED');
    const sponsors = rng.weighted([
      [0, 40],
      [1, 30],
      [2, 30],
    ] as const);
    for (let k = sponsors; k > 0; k--) roles.push('SPONSORED');
    const used = new Set<number>();
    const out: Organiser[] = [];
    const add = (institution: number, role: OrganiserRole) => {
      if (used.has(institution)) return;
      used.add(institution);
      out.push({ institution, role, at: location(rng) });
    };
    for (const role of roles) add(rng.chance(0.85) ? inst.sampleTop(rng) : inst.sampleUnit(rng), role);
    if (rng.chance(0.1)) add(inst.sampleTop(rng), 'HOSTED');
    const kind = ev.kinds[i]!;
    if ((kind === 'meeting' && rng.chance(0.5)) || kind === 'plenary') {
      const chair = inst.sampleCommittee(rng);
      add(chair, 'CHAIRED');
      if (inst.secretariat[chair]! >= 0) add(inst.secretariat[chair]!, 'SECRETARIAT');
    }
    return out;
  };
}

/** Event nodes with HELD_IN, PART_OF, their organisers, EMPHASISED topics and REFERENCED directives. */
export function eventOwner(
  ctx: Ctx,
  ev: Events,
  organisersOf: (i: number) => Organiser[],
  deps: { places: Places; inst: Institutions; topics: Topics; directives: Directives; src: Sources },
): Owner {
  const { places, inst, topics, directives, src } = deps;
  const D = directives.ids.length;
  return {
    label: 'Event',
    count: ev.ids.length,
    node(i) {
      const rng = ctx.rngFor('event', i);
      const name = ev.names[i]!;
      const kind = ev.kinds[i]!;
      const city = ev.city[i]!;
      const aliases = kind === 'week' && rng.chance(0.5) ? [`${acronym(name)} ${name.slice(-4)}`] : [];
      return nodeRow(ev.ids[i]!, name, aliases, [src.ids[src.ofEvent(i)]!], {
        kind,
        startDate: isoDay(ev.start[i]!),
        endDate: ev.end[i] !== ev.start[i] ? isoDay(ev.end[i]!) : undefined,
        description: rng.chance(0.5)
          ? `A ${kind} on ${name.replace(/ \d{4}$/, '').toLowerCase()}${city >= 0 ? ` held in ${places.list[city]!.name}` : ' held online'}.`
          : undefined,
        recorded: rng.weighted([
          [true, 30],
          [false, 10],
          [undefined, 60],
        ] as const),
      });
    },
    rels(i) {
      const id = ev.ids[i]!;
      const source = src.ids[src.ofEvent(i)]!;
      const rng = ctx.rngFor('event-rels', i);
      const prov = { source, location: location(rng) };
      const out = [ctx.rel('MENTIONED_IN', 'Event', id, 'Source', source, prov)];
      if (ev.city[i]! >= 0)
        out.push(ctx.rel('HELD_IN', 'Event', id, 'Place', places.list[ev.city[i]!]!.id, prov));
      if (ev.parent[i]! >= 0)
        out.push(ctx.rel('PART_OF', 'Event', id, 'Event', ev.ids[ev.parent[i]!]!, prov));
      for (const o of organisersOf(i)) {
        out.push(
          ctx.rel(o.role, 'Institution', inst.ids[o.institution]!, 'Event', id, { source, location: o.at }),
        );
      }
      if (rng.chance(0.4)) {
        for (const t of distinct(rng.range(1, 3), () => topics.sample(rng))) {
          out.push(
            ctx.rel('EMPHASISED', 'Event', id, 'Topic', topics.list[t]!.id, {
              source,
              location: location(rng),
              point: `${rng.pick(['Deepen', 'Strengthen', 'Advance', 'Coordinate', 'Apply'])} work on ${topics.list[t]!.name.toLowerCase()}`,
              directive: rng.chance(0.5) ? directives.ids[rng.int(D)] : undefined,
            }),
          );
        }
      }
      if (rng.chance(0.3)) {
        for (const d of distinct(rng.range(1, 2), () => rng.int(D))) {
          out.push(
            ctx.rel('REFERENCED', 'Event', id, 'Directive', directives.ids[d]!, {
              source,
              location: location(rng),
              context: rng.chance(0.7) ? 'cited in the opening remarks' : undefined,
            }),
          );
        }
      }
      return out;
    },
  };
}
