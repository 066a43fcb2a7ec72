/**
 * Institutions and committee structure. 40% are top-level bodies: index 0 is the big national standards
 * committee (like TC260), the next few are international committees (like ISO/IEC JTC 1/SC 27), the rest
 * national technical committees, institutes, government, companies, universities, research. 60% are units
 * PART_OF them: working groups and sub-committees of committees (a third of all units), departments of
 * the others. National
 * committees MIRRORS international ones; institutes, research bodies or ministries hold SECRETARIAT_OF
 * committees.
 */
import type { Places } from './places';
import { type Rng, ZipfSampler } from './random';
import type { Sources } from './sources';
import type { Ctx, Owner, Rel } from './types';
import { acronym, AREAS, b36, cap, location, nodeRow, PLACE_SYLLABLES, slug } from './words';

export type Scope = 'national' | 'international';

export interface Institutions {
  ids: string[];
  names: string[];
  aliases: string[][];
  kinds: string[];
  /** PART_OF target, -1 for a top-level body. */
  parent: Int32Array;
  /** The committee structure the institution belongs to (through its top-level body), if any. */
  scope: (Scope | undefined)[];
  /** Index of the body holding its secretariat (committees only), -1 if none. */
  secretariat: Int32Array;
  /** Index of the international committee it mirrors (national committees only), -1 if none. */
  mirrors: Int32Array;
  topLevel: number;
  sampleTop(rng: Rng): number;
  sampleUnit(rng: Rng): number;
  /** A committee or working group of the scope (popular ones more often: index 0's WGs write most). */
  sampleDeveloper(rng: Rng, scope: Scope): number;
  /** A committee (not a working group) of either scope, to chair meetings and plenaries. */
  sampleCommittee(rng: Rng): number;
}

const isCommitteeKind = (kind: string) => kind === 'committee' || kind === 'working-group';

interface Body {
  name: string;
  kind: string;
  scope?: Scope;
  aliases: string[];
}

/** A top-level body other than the big committee and the international ones: its kind, name and aliases. */
function topLevelBody(ctx: Ctx, rng: Rng, k: number, places: Places): Body {
  let name: string;
  let sc: Scope | undefined;
  const aliases: string[] = [];
  let kind: string = rng.weighted([
    ['standards-body', 15],
    ['government', 20],
    ['company', 30],
    ['university', 15],
    ['research', 15],
    ['other', 5],
  ] as const);
  const place = places.list[places.firstCity + rng.int(ctx.n.cities)]!.name;
  const area = rng.pick(AREAS);
  const syl = cap(rng.pick(PLACE_SYLLABLES) + rng.pick(PLACE_SYLLABLES));
  switch (kind) {
    case 'standards-body':
      if (rng.chance(0.5)) {
        kind = 'committee';
        sc = 'national';
        name = `${area} Standardisation Technical Committee`;
      } else {
        name = `${place} Institute of Standardisation`;
      }
      aliases.push(`TC${100 + k}`);
      break;
    case 'government':
      name = rng.pick([
        `${place} Cyberspace Administration`,
        `${place} Municipal People's Government`,
        `${place} Bureau of Industry and Information Technology`,
        `${place} Public Security Bureau`,
      ]);
      break;
    case 'company':
      name = `${syl} ${rng.pick(['Technologies', 'Networks', 'Security', 'Information Technology', 'Cloud', 'Digital'])}${rng.chance(0.5) ? ' Co., Ltd.' : ''}`;
      break;
    case 'university':
      name = rng.pick([
        `${place} University`,
        `${place} University of Science and Technology`,
        `${place} Polytechnic University`,
      ]);
      break;
    case 'research':
      name = rng.chance(0.5) ? `${place} Institute of ${area}` : `National Research Centre for ${area}`;
      break;
    default:
      name = `${area} Industry Alliance`;
  }
  if (rng.chance(0.4)) {
    const acr = acronym(name);
    if (acr.length >= 3) aliases.push(acr);
  }
  return { name, kind, scope: sc, aliases };
}

export function institutions(ctx: Ctx, places: Places): Institutions {
  const I = ctx.n.institutions;
  const topLevel = Math.max(3, Math.round(I * 0.4));
  const international = Math.max(1, Math.round(topLevel * 0.02));
  const ids: string[] = [];
  const names: string[] = [];
  const aliasesOf: string[][] = [];
  const kinds: string[] = [];
  const scope: (Scope | undefined)[] = [];
  const parent = new Int32Array(I).fill(-1);
  const wgCount = new Map<number, number>();
  const topCommittees: number[] = [];
  const topSampler = new ZipfSampler(topLevel, 0.5);
  const unitSampler = new ZipfSampler(Math.max(1, I - topLevel), 0.5);
  for (let k = 0; k < I; k++) {
    const rng = ctx.rngFor('institution-core', k);
    let name: string;
    let kind: string;
    let sc: Scope | undefined;
    const aliases: string[] = [];
    if (k === 0) {
      kind = 'committee';
      sc = 'national';
      name = 'National Cybersecurity Standardisation Technical Committee';
      aliases.push('TC100', 'SAC/TC100', 'NCSTC');
    } else if (k <= international) {
      kind = 'committee';
      sc = 'international';
      const area = rng.pick(AREAS);
      name = `Joint Technical Committee ${k}, Subcommittee ${20 + k}: ${area}`;
      aliases.push(`ISO/IEC JTC ${k}/SC ${20 + k}`);
    } else if (k < topLevel) {
      const body = topLevelBody(ctx, rng, k, places);
      ({ name, kind, scope: sc } = body);
      aliases.push(...body.aliases);
    } else {
      // Units hang under the big bodies (Zipf), a quarter under an earlier unit: a forest, never a cycle.
      const j = k - topLevel;
      // A third of them are working groups and sub-committees of a top-level committee (the first most).
      const p =
        j > 0 && rng.chance(0.25)
          ? topLevel + rng.int(j)
          : rng.chance(0.35)
            ? topCommittees[Math.floor(rng.next() ** 2 * topCommittees.length)]!
            : topSampler.sample(rng);
      parent[k] = p;
      sc = scope[p];
      const parentShort = aliasesOf[p]![0] ?? acronym(names[p]!);
      const area = rng.pick(AREAS);
      // Committees are made of working groups and sub-committees, other bodies of departments.
      if (sc) {
        const form = rng.pick(['Working Group', 'Sub-committee', 'Task Force', 'Expert Panel'] as const);
        kind = form === 'Working Group' || form === 'Task Force' ? 'working-group' : 'committee';
        name = `${form} on ${area} (${parentShort})`;
        const number = (wgCount.get(p) ?? 0) + 1;
        wgCount.set(p, number);
        aliases.push(`${parentShort}/${kind === 'working-group' ? 'WG' : 'SC'}${number}`);
      } else {
        kind = 'unit';
        name = `${rng.pick(['Department of', 'Laboratory of', 'Centre for', 'Division of'])} ${area} (${parentShort})`;
      }
    }
    if (k < topLevel && kind === 'committee') topCommittees.push(k);
    ids.push(`${slug(name)}-i${b36(k)}`);
    names.push(name);
    aliasesOf.push(aliases);
    kinds.push(kind);
    scope.push(sc);
  }

  const byScope = (s: Scope) =>
    kinds.flatMap((kind, k) => (isCommitteeKind(kind) && scope[k] === s ? [k] : []));
  const developers = { national: byScope('national'), international: byScope('international') };
  const samplers = {
    national: new ZipfSampler(developers.national.length, 0.6),
    international: new ZipfSampler(developers.international.length, 0.6),
  };
  const committees = kinds.flatMap((kind, k) => (kind === 'committee' ? [k] : []));
  const committeeSampler = new ZipfSampler(committees.length, 0.6);

  const { secretariat, mirrors } = committeeStructure(
    ctx,
    { kinds, scope, parent, topLevel },
    committees,
    developers.international,
  );

  return {
    ids,
    names,
    aliases: aliasesOf,
    kinds,
    parent,
    scope,
    secretariat,
    mirrors,
    topLevel,
    sampleTop: (rng) => topSampler.sample(rng),
    sampleUnit: (rng) => (I > topLevel ? topLevel + unitSampler.sample(rng) : topSampler.sample(rng)),
    sampleDeveloper: (rng, s) => developers[s][samplers[s].sample(rng)]!,
    sampleCommittee: (rng) => committees[committeeSampler.sample(rng)]!,
  };
}

/**
 * Who holds each committee's secretariat (an institute, research body or ministry, for six committees in
 * ten) and which international committee each national one mirrors.
 */
function committeeStructure(
  ctx: Ctx,
  c: { kinds: string[]; scope: (Scope | undefined)[]; parent: Int32Array; topLevel: number },
  committees: number[],
  international: number[],
): { secretariat: Int32Array; mirrors: Int32Array } {
  const { kinds, scope, parent, topLevel } = c;
  const I = kinds.length;
  // Secretariats: an institute, research body or ministry holds the secretariat of six committees in ten.
  const holders = kinds.flatMap((kind, k) =>
    k < topLevel && ['standards-body', 'research', 'government'].includes(kind) ? [k] : [],
  );
  const secretariat = new Int32Array(I).fill(-1);
  const mirrors = new Int32Array(I).fill(-1);
  const intlTop = international.filter((k) => parent[k] === -1);
  const intlUnits = international.filter((k) => parent[k] !== -1);
  for (const k of committees) {
    const rng = ctx.rngFor('institution-structure', k);
    if (holders.length > 0 && rng.chance(0.6)) secretariat[k] = rng.pick(holders);
    // National committees mirror an international one; a few national sub-committees an international unit.
    if (scope[k] !== 'national') continue;
    if (parent[k] === -1 && (k === 0 || rng.chance(0.7))) mirrors[k] = k === 0 ? 1 : rng.pick(intlTop);
    else if (parent[k] !== -1 && intlUnits.length > 0 && rng.chance(0.15)) mirrors[k] = rng.pick(intlUnits);
  }
  return { secretariat, mirrors };
}

/** Institution nodes and the structure they own: PART_OF, MIRRORS, and SECRETARIAT_OF (from the holder). */
export function institutionOwner(ctx: Ctx, inst: Institutions, src: Sources): Owner {
  return {
    label: 'Institution',
    count: inst.ids.length,
    node(k) {
      const rng = ctx.rngFor('institution', k);
      const sources = [...new Set([src.random(rng), ...(rng.chance(0.3) ? [src.random(rng)] : [])])];
      return nodeRow(inst.ids[k]!, inst.names[k]!, inst.aliases[k]!, sources, { kind: inst.kinds[k] });
    },
    rels(k) {
      const source = src.random(ctx.rngFor('institution', k));
      const prov = { source, location: location(ctx.rngFor('institution-rels', k)) };
      const id = inst.ids[k]!;
      const to = (type: 'PART_OF' | 'MIRRORS', other: number): Rel =>
        ctx.rel(type, 'Institution', id, 'Institution', inst.ids[other]!, prov);
      const out = [ctx.rel('MENTIONED_IN', 'Institution', id, 'Source', source, prov)];
      if (inst.parent[k]! >= 0) out.push(to('PART_OF', inst.parent[k]!));
      if (inst.mirrors[k]! >= 0) out.push(to('MIRRORS', inst.mirrors[k]!));
      if (inst.secretariat[k]! >= 0) {
        out.push(
          ctx.rel('SECRETARIAT_OF', 'Institution', inst.ids[inst.secretariat[k]!]!, 'Institution', id, prov),
        );
      }
      return out;
    },
  };
}
