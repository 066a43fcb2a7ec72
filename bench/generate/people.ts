/** People and their careers: the speaker of a talk follows a Zipf law over people (s = 0.5). */
import type { Institutions } from './institutions';
import { ZipfSampler } from './random';
import type { Sources } from './sources';
import type { Ctx, Owner } from './types';
import {
  b36,
  cap,
  FAMILY,
  FIRST_YEAR,
  GIVEN_SYLLABLES,
  isoDay,
  location,
  nodeRow,
  slug,
  TITLE_LADDERS,
  YEARS,
  yearStartDay,
} from './words';

export interface People {
  ids: string[];
  names: { name: string; family: string; given: string }[];
  /** Talk counts per person have a Pareto tail. */
  speakerSampler: ZipfSampler;
  /** A person's affiliations over time: 1-4, each later than the one before, promotions or moves. */
  affiliations(i: number): { institution: number; title: string; asOf: number; source: string; at: string }[];
}

export function people(ctx: Ctx, inst: Institutions, src: Sources): People {
  const P = ctx.n.people;
  const ids: string[] = [];
  const names: People['names'] = [];
  for (let i = 0; i < P; i++) {
    const rng = ctx.rngFor('person-core', i);
    const family = rng.pick(FAMILY);
    let given = cap(rng.pick(GIVEN_SYLLABLES));
    if (rng.chance(0.7)) given += rng.pick(GIVEN_SYLLABLES);
    const name = `${family} ${given}`;
    names.push({ name, family, given });
    ids.push(`${slug(name)}-p${b36(i)}`);
  }
  const affiliations = (i: number) => {
    const rng = ctx.rngFor('person-affiliations', i);
    const count = rng.weighted([
      [1, 50],
      [2, 30],
      [3, 15],
      [4, 5],
    ] as const);
    const out: ReturnType<People['affiliations']> = [];
    let year = FIRST_YEAR + rng.int(YEARS - 2);
    let institution = rng.chance(0.6) ? inst.sampleUnit(rng) : inst.sampleTop(rng);
    let rank = rng.int(3);
    for (let a = 0; a < count && year < FIRST_YEAR + YEARS; a++) {
      if (a > 0) {
        if (rng.chance(0.6)) rank = Math.min(rank + 1, 4);
        else {
          institution = rng.chance(0.6) ? inst.sampleUnit(rng) : inst.sampleTop(rng);
          rank = Math.max(0, rank - rng.int(2));
        }
      }
      const ladder = TITLE_LADDERS[inst.kinds[institution]!]!;
      const asOf = yearStartDay(year) + rng.int(365);
      out.push({ institution, title: ladder[rank]!, asOf, source: src.random(rng), at: location(rng) });
      year += rng.range(1, 4);
    }
    return out;
  };
  return { ids, names, speakerSampler: new ZipfSampler(P, 0.5), affiliations };
}

/** Person nodes and their AFFILIATED_WITH (title and asOf). */
export function personOwner(ctx: Ctx, p: People, inst: Institutions, src: Sources): Owner {
  return {
    label: 'Person',
    count: p.ids.length,
    node(i) {
      const { name, family, given } = p.names[i]!;
      const rng = ctx.rngFor('person', i);
      const source = src.random(rng);
      const sources = [...new Set([source, ...p.affiliations(i).map((a) => a.source)])];
      const aliases = rng.chance(0.3) ? [`${family.toUpperCase()} ${given}`] : [];
      return nodeRow(p.ids[i]!, name, aliases, sources, {
        familyName: family,
        givenName: given,
        honorific: rng.weighted([
          ['Dr', 15],
          ['Prof.', 8],
          [undefined, 77],
        ] as const),
      });
    },
    rels(i) {
      const source = src.random(ctx.rngFor('person', i));
      const id = p.ids[i]!;
      return [
        ctx.rel('MENTIONED_IN', 'Person', id, 'Source', source, {
          source,
          location: location(ctx.rngFor('person-rels', i)),
        }),
        ...p.affiliations(i).map((a) =>
          ctx.rel('AFFILIATED_WITH', 'Person', id, 'Institution', inst.ids[a.institution]!, {
            source: a.source,
            location: a.at,
            title: a.title,
            asOf: isoDay(a.asOf),
          }),
        ),
      ];
    },
  };
}
