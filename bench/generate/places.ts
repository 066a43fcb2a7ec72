/** Places: countries, provinces (regions outside China) and cities; small, kept in memory. */
import { ZipfSampler } from './random';
import type { Sources } from './sources';
import type { Ctx, Owner } from './types';
import { b36, cap, COUNTRIES, location, nodeRow, PLACE_SYLLABLES, slug } from './words';

export interface Place {
  id: string;
  name: string;
  kind: 'country' | 'province' | 'region' | 'city';
  locatedIn?: number;
}

export interface Places {
  list: Place[];
  /** Index of the first city in `list`. */
  firstCity: number;
  /** Cities as venues: a few are popular (Zipf). */
  citySampler: ZipfSampler;
}

export function places(ctx: Ctx): Places {
  const { n } = ctx;
  const list: Place[] = [];
  const names = new Set<string>();
  const rng = ctx.rngFor('places', 0);
  const uniqueName = () => {
    // Two syllables while they last (1,600 names), then three.
    for (let tries = 0; ; tries++) {
      let name = cap(rng.pick(PLACE_SYLLABLES) + rng.pick(PLACE_SYLLABLES));
      if (tries >= 20) name += rng.pick(PLACE_SYLLABLES);
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  COUNTRIES.forEach((name) => list.push({ id: slug(name), name, kind: 'country' }));
  for (let c = 0; c < n.countries; c++) {
    for (let k = 0; k < n.provinces / n.countries; k++) {
      const name = uniqueName();
      list.push({
        id: `${slug(name)}-r${b36(list.length)}`,
        name,
        kind: c === 0 ? 'province' : 'region',
        locatedIn: c,
      });
    }
  }
  const firstProvince = n.countries;
  for (let k = 0; k < n.cities; k++) {
    const name = uniqueName();
    // Most cities lie in a province; a few (municipalities) directly in a country.
    const locatedIn = rng.chance(0.05) ? rng.int(n.countries) : firstProvince + rng.int(n.provinces);
    list.push({ id: `${slug(name)}-c${b36(list.length)}`, name, kind: 'city', locatedIn });
  }
  return { list, firstCity: n.countries + n.provinces, citySampler: new ZipfSampler(n.cities, 0.8) };
}

/** Place nodes and their LOCATED_IN. */
export function placeOwner(ctx: Ctx, p: Places, src: Sources): Owner {
  return {
    label: 'Place',
    count: p.list.length,
    node(k) {
      const place = p.list[k]!;
      const rng = ctx.rngFor('place', k);
      const source = src.random(rng);
      const aliases =
        place.kind === 'country' && place.name === 'China'
          ? ["People's Republic of China"]
          : place.kind !== 'country' && rng.chance(0.3)
            ? [
                `${place.name} ${place.kind === 'city' ? 'City' : place.kind === 'province' ? 'Province' : 'Region'}`,
              ]
            : [];
      return nodeRow(place.id, place.name, aliases, [source], { kind: place.kind });
    },
    rels(k) {
      const place = p.list[k]!;
      const source = src.random(ctx.rngFor('place', k));
      const prov = { source, location: location(ctx.rngFor('place-rels', k)) };
      const out = [ctx.rel('MENTIONED_IN', 'Place', place.id, 'Source', source, prov)];
      if (place.locatedIn !== undefined) {
        out.push(ctx.rel('LOCATED_IN', 'Place', place.id, 'Place', p.list[place.locatedIn]!.id, prov));
      }
      return out;
    },
  };
}
