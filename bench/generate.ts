/**
 * Synthetic graphs of the SAME model as the seed graph (docs/model.md), for benchmarks: a seeded,
 * deterministic generator with a scale factor. SF1 is about 10k nodes and 43k relationships (2,000 events
 * over twenty years, 4,500 talks, 2,000 people, 600 institutions); everything scales linearly with SF
 * except the topic hierarchy and the places, which grow slowly (SF^0.35 and SF^0.5).
 *
 * Streaming: nothing holds the whole graph. Every entity is computed from its own pseudo-random stream,
 * keyed by (seed, kind, index), so any entity can be (re)computed on its own, in any order. Only small
 * per-entity arrays are kept (ids, event dates, sampling weights: a few tens of MB at SF100); node rows
 * and relationship rows are produced batch by batch. nodeBatches() gives every node; relBatches() every
 * relationship, whose endpoints all exist among those nodes.
 *
 * Nodes carry exactly what the seed loader writes (src/graph/seed/plan.ts): id, name, aliases,
 * searchKeys (computed by the same searchKeys() function, so the full-text index `entity_search` and the
 * API's search work), sources, and each label's own properties. Relationships carry source, location and
 * seeded: true like seeded ones; every node but a Source has its MENTIONED_IN link to a Source.
 */
import { searchKeys, type NodeLabel, type OrganiserRole, type RelationshipType } from '../src/graph/model';
import type { MixIds } from './query-mix';

/** Bump when the output for a given (seed, SF) changes. */
export const GENERATOR_VERSION = 1;

export type RelType = RelationshipType | 'MENTIONED_IN';
export type Props = Record<string, unknown>;

export interface NodeRow extends Props {
  id: string;
  name: string;
  aliases: string[];
  searchKeys: string[];
  sources: string[];
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}
export interface NodeBatch {
  label: NodeLabel;
  /** Properties holding ISO dates (YYYY-MM-DD) the loader stores as Neo4j DATE values. */
  dateProps: string[];
  rows: NodeRow[];
}
export interface RelGroupKey {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  dateProps: string[];
}
export interface RelBatch extends RelGroupKey {
  rows: RelRow[];
}

export interface GenerateOptions {
  seed: number;
  /** Scale factor; 1 is about 10k nodes. Fractions are allowed (0.1 for tests). */
  sf: number;
}

export interface SyntheticGraph {
  seed: number;
  sf: number;
  /** Exact node counts per label. */
  nodeCounts: Record<NodeLabel, number>;
  totalNodes: number;
  /** Node label order of nodeBatches(). */
  labels: NodeLabel[];
  nodeBatches(batchSize?: number): Generator<NodeBatch>;
  relBatches(batchSize?: number): Generator<RelBatch>;
  /** Relationship count estimated from every `every`-th owner of each kind (exact when every = 1). */
  estimateRelationships(every?: number): number;
  /** Ids the benchmark's query mix uses (bench/query-mix.ts), all present in this graph, each a bare id unique across labels. */
  mixIds(): MixIds;
}

/* ------------------------------------------------------------------------------------------------ */
/* Pseudo-random numbers: a counter-based stream per (seed, kind, index)                            */
/* ------------------------------------------------------------------------------------------------ */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** sfc32: small, fast, good enough statistically, and fully determined by its 128-bit state. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number, index: number) {
    this.a = fmix32(seed ^ 0x9e3779b9);
    this.b = fmix32(stream ^ 0x243f6a88);
    this.c = fmix32(index ^ 0xb7e15162);
    this.d = fmix32((seed + stream + index) ^ 0x3c6ef372);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Picks by weight: `weights` are [value, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [v, w] of items) {
      u -= w;
      if (u < 0) return v;
    }
    return items[items.length - 1]![0];
  }
}

/** Samples indexes 0..n-1 with probability proportional to (offset + index + 1)^-s (Zipf). */
class ZipfSampler {
  private readonly cum: Float64Array;

  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cum = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += Math.pow(i + 1, -s);
      this.cum[i] = total;
    }
  }

  sample(rng: Rng): number {
    const u = rng.next() * this.cum[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Expected share of index i. */
  share(i: number): number {
    const w = this.cum[i]! - (i > 0 ? this.cum[i - 1]! : 0);
    return w / this.cum[this.n - 1]!;
  }
}

/** `k` distinct values drawn with `draw` (gives up after a few tries, so may return fewer). */
function distinct<T>(k: number, draw: () => T): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < k && tries < k * 6; tries++) {
    const v = draw();
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* Vocabulary                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

// prettier-ignore
const FAMILY = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng',
  'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng',
  'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Fan', 'Fang', 'Shi', 'Tan', 'Qian', 'Bai',
  'Qin', 'Kong', 'Mao', 'Schmidt', 'Müller', 'Dupont', 'Rossi', 'Tanaka', 'Suzuki', 'Kim', 'Park', 'Smith',
  'Jones', 'García', 'Novák', 'Ivanova', 'Hansen',
] as const;

// prettier-ignore
const GIVEN_SYLLABLES = [
  'an', 'bo', 'chen', 'dong', 'fei', 'gang', 'hai', 'hong', 'hua', 'jian', 'jie', 'jun', 'lei', 'li',
  'lin', 'ming', 'na', 'ning', 'peng', 'qiang', 'qing', 'rong', 'shan', 'tao', 'ting', 'wei', 'wen', 'xia',
  'xiang', 'xin', 'yan', 'yang', 'yi', 'ying', 'yong', 'yu', 'yuan', 'yun', 'zhen', 'zhi', 'zhong', 'zeng',
] as const;

// prettier-ignore
const PLACE_SYLLABLES = [
  'han', 'lu', 'qing', 'mo', 'zhou', 'ning', 'an', 'feng', 'yang', 'shan', 'he', 'jiang', 'nan', 'bei',
  'dong', 'xi', 'hai', 'cheng', 'tai', 'yuan', 'ling', 'hu', 'jin', 'kai', 'lan', 'ping', 'shu', 'wu',
  'xing', 'yun', 'bao', 'chang', 'de', 'fu', 'gui', 'hua', 'kun', 'li', 'ming', 'sha',
] as const;

// prettier-ignore
const COUNTRIES = [
  'China', 'Germany', 'France', 'United Kingdom', 'United States', 'Japan', 'South Korea', 'Singapore',
  'India', 'Brazil', 'Canada', 'Australia', 'Netherlands', 'Sweden', 'Switzerland', 'Italy', 'Spain',
  'Israel', 'South Africa', 'Kenya',
] as const;

// prettier-ignore
const AREAS = [
  'Data Security', 'Network Security', 'Cryptography', 'Biometric Identification', 'Face Recognition',
  'Cloud Security', 'Industrial Control Systems', 'Critical Information Infrastructure',
  'Personal Information Protection', 'Artificial Intelligence Security', 'Internet of Things Security',
  'Vehicle Networking', '5G Security', 'Blockchain', 'Identity Management', 'Security Assessment',
  'Incident Response', 'Threat Intelligence', 'Supply Chain Security', 'Software Security',
  'Mobile Internet', 'Smart Cities', 'Big Data', 'Security Certification', 'Penetration Testing',
  'Vulnerability Management', 'Zero Trust Architecture', 'Security Operations', 'Digital Forensics',
  'Quantum Cryptography', 'Satellite Internet', 'Edge Computing', 'Open Source Software',
  "Children's Online Safety", 'Cross-border Data Flows', 'Financial Technology Security', 'Health Data',
  'E-government', 'Trusted Computing', 'Security Awareness',
] as const;

// prettier-ignore
const ASPECTS = [
  '', 'standards', 'testing', 'certification', 'governance', 'risk assessment', 'regulation',
  'technology', 'practice', 'education', 'evaluation', 'requirements', 'frameworks', 'industry',
  'research', 'talent', 'compliance', 'innovation', 'protection', 'management', 'audits', 'metrics',
  'tools', 'services', 'policy', 'law', 'ecosystem', 'infrastructure', 'applications', 'operations',
] as const;

// prettier-ignore
const TOPIC_ROOTS = [
  'Cybersecurity', 'Data governance', 'Standardisation', 'Emerging technologies',
  'Critical infrastructure protection', 'Digital economy', 'Security management', 'Cybersecurity workforce',
] as const;

// prettier-ignore
const TALK_TITLES = [
  'Advancing {t}', '{t}: practice and outlook', 'Standards for {t}', 'Progress in {t}',
  'Building trust in {t}', 'A roadmap for {t}', 'Lessons from {t} pilots', 'Challenges of {t}',
  '{t} in the digital economy', 'Towards international cooperation on {t}', 'What industry needs from {t}',
  'Ten years of {t}',
] as const;

const DIRECTIVE_NUMBERS = ['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'] as const;
// prettier-ignore
const DIRECTIVE_NOUNS = [
  'Perseverances', 'Priorities', 'Principles', 'Commitments', 'Requirements', 'Guidelines', 'Measures',
  'Pillars', 'Tasks', 'Imperatives',
] as const;

// prettier-ignore
const PUBLISHERS = [
  'Cyber Daily', 'Standards Review', 'Digital Policy Monitor', 'Security Weekly', 'Tech Herald',
  'Information Security Times', 'Policy Brief Online', 'Network World Asia',
] as const;

// prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;

const TITLE_LADDERS: Record<string, readonly string[]> = {
  'standards-body': ['Engineer', 'Senior Engineer', 'Deputy Secretary-General', 'Secretary-General', 'Chair'],
  government: ['Official', 'Deputy Director', 'Director', 'Deputy Director-General', 'Director-General'],
  company: ['Engineer', 'Senior Engineer', 'Chief Security Officer', 'Vice President', 'President'],
  university: ['Lecturer', 'Associate Professor', 'Professor', 'Dean', 'Vice President'],
  research: ['Researcher', 'Associate Researcher', 'Senior Researcher', 'Deputy Director', 'Director'],
  committee: ['Member', 'Expert', 'Deputy Leader', 'Leader', 'Chair'],
  unit: ['Engineer', 'Senior Engineer', 'Deputy Director', 'Director', 'Chief Engineer'],
  other: ['Member', 'Expert', 'Secretary', 'Vice Chair', 'Chair'],
};

const EVENT_WORDS: Record<string, string> = {
  forum: 'Forum',
  workshop: 'Workshop',
  meeting: 'Meeting',
  conference: 'Summit',
  webinar: 'Webinar',
  other: 'Salon',
};

const FIRST_YEAR = 2005;
const YEARS = 20;
const DAY_MS = 86_400_000;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A lower-case slug of ASCII letters and digits (the seed format's id pattern). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearStartDay = (year: number) => Date.UTC(year, 0, 1) / DAY_MS;
const b36 = (n: number) => n.toString(36);

function location(rng: Rng): string {
  const p = rng.range(1, 30);
  return rng.chance(0.15) ? `paragraph ${p}, item ${rng.range(1, 6)}` : `paragraph ${p}`;
}

function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Drops undefined values (the driver refuses them; the seed loader drops them too). */
function defined<T extends Props>(props: T): T {
  for (const k of Object.keys(props)) if (props[k] === undefined) delete props[k];
  return props;
}

function nodeRow(id: string, name: string, aliases: string[], sources: string[], props: Props): NodeRow {
  return defined({
    id,
    name,
    ...props,
    aliases,
    searchKeys: searchKeys(name, ...aliases, id),
    sources,
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* The generator                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

interface Rel {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  row: RelRow;
}

interface Owner {
  label: NodeLabel;
  count: number;
  node(i: number): NodeRow;
  rels(i: number): Rel[];
}

interface Topic {
  id: string;
  name: string;
  level: number;
  broader: number[];
}

interface Place {
  id: string;
  name: string;
  kind: 'country' | 'province' | 'region' | 'city';
  locatedIn?: number;
}

/** All relationship groups the generator writes, with their date properties. */
export const REL_GROUPS: RelGroupKey[] = [
  { type: 'LOCATED_IN', fromLabel: 'Place', toLabel: 'Place', dateProps: [] },
  { type: 'BROADER', fromLabel: 'Topic', toLabel: 'Topic', dateProps: [] },
  { type: 'PART_OF', fromLabel: 'Institution', toLabel: 'Institution', dateProps: [] },
  { type: 'AFFILIATED_WITH', fromLabel: 'Person', toLabel: 'Institution', dateProps: ['asOf'] },
  { type: 'AUTHORED', fromLabel: 'Person', toLabel: 'Source', dateProps: [] },
  { type: 'ISSUED', fromLabel: 'Person', toLabel: 'Directive', dateProps: [] },
  { type: 'ISSUED', fromLabel: 'Institution', toLabel: 'Directive', dateProps: [] },
  { type: 'CALLS_FOR', fromLabel: 'Directive', toLabel: 'Topic', dateProps: [] },
  { type: 'HELD_IN', fromLabel: 'Event', toLabel: 'Place', dateProps: [] },
  { type: 'PART_OF', fromLabel: 'Event', toLabel: 'Event', dateProps: [] },
  { type: 'SPONSORED', fromLabel: 'Institution', toLabel: 'Event', dateProps: [] },
  { type: 'ORGANISED', fromLabel: 'Institution', toLabel: 'Event', dateProps: [] },
  { type: 'CO_ORGANISED', fromLabel: 'Institution', toLabel: 'Event', dateProps: [] },
  { type: 'EMPHASISED', fromLabel: 'Event', toLabel: 'Topic', dateProps: [] },
  { type: 'REFERENCED', fromLabel: 'Event', toLabel: 'Directive', dateProps: [] },
  { type: 'GAVE', fromLabel: 'Person', toLabel: 'Talk', dateProps: [] },
  { type: 'AT', fromLabel: 'Talk', toLabel: 'Event', dateProps: [] },
  { type: 'ABOUT', fromLabel: 'Talk', toLabel: 'Topic', dateProps: [] },
  ...(['Place', 'Topic', 'Institution', 'Person', 'Directive', 'Event', 'Talk'] as const).map((l) => ({
    type: 'MENTIONED_IN' as const,
    fromLabel: l,
    toLabel: 'Source' as const,
    dateProps: [],
  })),
];

const DATE_PROPS: Partial<Record<NodeLabel, string[]>> = {
  Event: ['startDate', 'endDate'],
  Talk: ['date'],
  Source: ['published'],
};

export function relGroupKey(g: { type: string; fromLabel: string; toLabel: string }): string {
  return `${g.fromLabel}-${g.type}-${g.toLabel}`;
}

/** Node counts for a scale factor (the generator's sizes, exposed for docs and tests). */
export function plannedCounts(sf: number) {
  if (!(sf > 0)) throw new Error(`scale factor must be positive, got ${sf}`);
  const atLeast = (min: number, v: number) => Math.max(min, Math.round(v));
  const provincesPerCountry = 6;
  return {
    events: atLeast(YEARS * 2, 2000 * sf),
    talks: atLeast(20, 4500 * sf),
    people: atLeast(20, 2000 * sf),
    institutions: atLeast(10, 600 * sf),
    sources: atLeast(5, 100 * sf),
    directives: atLeast(5, 40 * sf),
    topics: atLeast(120, 300 * Math.pow(sf, 0.35)),
    countries: COUNTRIES.length,
    provinces: COUNTRIES.length * provincesPerCountry,
    cities: atLeast(20, 150 * Math.sqrt(sf)),
  };
}

export function syntheticGraph(options: GenerateOptions): SyntheticGraph {
  const seed = Math.trunc(options.seed) >>> 0;
  const sf = options.sf;
  const n = plannedCounts(sf);
  const streams = new Map<string, number>();
  const rngFor = (kind: string, index: number) => {
    let s = streams.get(kind);
    if (s === undefined) streams.set(kind, (s = hashString(kind)));
    return new Rng(seed, s, index);
  };

  /* Sources: ids up front; event i is reported by source floor(i * S / E), so sources run in time. */
  const S = n.sources;
  const E = n.events;
  const sourceIds: string[] = [];
  for (let k = 0; k < S; k++) {
    const rng = rngFor('source-core', k);
    sourceIds.push(`${slug(rng.pick(PUBLISHERS))}-report-s${b36(k)}`);
  }
  const sourceOfEvent = (i: number) => Math.floor((i * S) / E);
  const randomSource = (rng: Rng) => sourceIds[rng.int(S)]!;

  /* Places: countries, provinces (regions outside China), cities. Small: kept in memory. */
  const places: Place[] = [];
  const placeNames = new Set<string>();
  const uniquePlaceName = (rng: Rng) => {
    // Two syllables while they last (1,600 names), then three.
    for (let tries = 0; ; tries++) {
      let name = cap(rng.pick(PLACE_SYLLABLES) + rng.pick(PLACE_SYLLABLES));
      if (tries >= 20) name += rng.pick(PLACE_SYLLABLES);
      if (!placeNames.has(name)) {
        placeNames.add(name);
        return name;
      }
    }
  };
  {
    const rng = rngFor('places', 0);
    COUNTRIES.forEach((name) => places.push({ id: slug(name), name, kind: 'country' }));
    for (let c = 0; c < n.countries; c++) {
      for (let k = 0; k < n.provinces / n.countries; k++) {
        const name = uniquePlaceName(rng);
        places.push({
          id: `${slug(name)}-r${b36(places.length)}`,
          name,
          kind: c === 0 ? 'province' : 'region',
          locatedIn: c,
        });
      }
    }
    const firstProvince = n.countries;
    for (let k = 0; k < n.cities; k++) {
      const name = uniquePlaceName(rng);
      // Most cities lie in a province; a few (municipalities) directly in a country.
      const locatedIn = rng.chance(0.05) ? rng.int(n.countries) : firstProvince + rng.int(n.provinces);
      places.push({ id: `${slug(name)}-c${b36(places.length)}`, name, kind: 'city', locatedIn });
    }
  }
  const firstCity = n.countries + n.provinces;
  const citySampler = new ZipfSampler(n.cities, 0.8);

  /* Topics: a DAG several levels deep (roots, then breadth-first children; some have two parents). */
  const topics: Topic[] = [];
  {
    const rng = rngFor('topics', 0);
    const roots = TOPIC_ROOTS.length;
    const branching = 3;
    const names = new Set<string>();
    for (let k = 0; k < n.topics; k++) {
      let name: string;
      let level = 0;
      const broader: number[] = [];
      if (k < roots) {
        name = TOPIC_ROOTS[k]!;
      } else {
        const parent = Math.floor((k - roots) / branching);
        level = topics[parent]!.level + 1;
        broader.push(parent);
        // A tenth of the topics sit under a second, unrelated topic of the parent's level: a DAG, not a tree.
        if (rng.chance(0.1)) {
          const sameLevel = topics.filter((t) => t.level === level - 1);
          const other = topics.indexOf(rng.pick(sameLevel));
          if (other !== parent) broader.push(other);
        }
        const c = k - roots;
        const area = AREAS[c % AREAS.length]!;
        const aspect = ASPECTS[Math.floor(c / AREAS.length) % ASPECTS.length]!;
        const cycle = Math.floor(c / (AREAS.length * ASPECTS.length));
        name = `${area}${aspect ? ` ${aspect}` : ''}${cycle > 0 ? ` ${cycle + 1}` : ''}`;
      }
      if (names.has(name)) name = `${name} ${k}`;
      names.add(name);
      topics.push({ id: slug(name), name, level, broader });
    }
  }
  // Talk topics follow a Zipf law over a shuffled order, so popular topics sit at every level.
  const topicOrder = topics.map((_, k) => k);
  {
    const rng = rngFor('topic-order', 0);
    for (let k = topicOrder.length - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      [topicOrder[k], topicOrder[j]] = [topicOrder[j]!, topicOrder[k]!];
    }
  }
  const topicSampler = new ZipfSampler(n.topics, 0.7);
  const sampleTopic = (rng: Rng) => topicOrder[topicSampler.sample(rng)]!;

  /* People: the speaker of a talk follows a Zipf law over people (s = 0.5), i.e. talk counts per person have a Pareto tail. */
  const P = n.people;
  const personIds: string[] = [];
  const personNames: { name: string; family: string; given: string }[] = [];
  for (let i = 0; i < P; i++) {
    const rng = rngFor('person-core', i);
    const family = rng.pick(FAMILY);
    let given = cap(rng.pick(GIVEN_SYLLABLES));
    if (rng.chance(0.7)) given += rng.pick(GIVEN_SYLLABLES);
    const name = `${family} ${given}`;
    personNames.push({ name, family, given });
    personIds.push(`${slug(name)}-p${b36(i)}`);
  }
  const speakerSampler = new ZipfSampler(P, 0.5);

  /* Institutions: 40% top-level bodies (index 0 is the big national standards committee), 60% units of them. */
  const I = n.institutions;
  const topLevel = Math.max(2, Math.round(I * 0.4));
  const instIds: string[] = [];
  const instNames: string[] = [];
  const instAliases: string[][] = [];
  const instKinds: string[] = [];
  const instParent = new Int32Array(I).fill(-1);
  const topSampler = new ZipfSampler(topLevel, 0.5);
  const unitSampler = new ZipfSampler(Math.max(1, I - topLevel), 0.5);
  for (let k = 0; k < I; k++) {
    const rng = rngFor('institution-core', k);
    let name: string;
    let kind: string;
    const aliases: string[] = [];
    if (k === 0) {
      kind = 'standards-body';
      name = 'National Cybersecurity Standardisation Technical Committee';
      aliases.push('TC100', 'SAC/TC100', 'NCSTC');
    } else if (k < topLevel) {
      kind = rng.weighted([
        ['standards-body', 15],
        ['government', 20],
        ['company', 30],
        ['university', 15],
        ['research', 15],
        ['other', 5],
      ] as const);
      const place = places[firstCity + rng.int(n.cities)]!.name;
      const area = rng.pick(AREAS);
      const syl = cap(rng.pick(PLACE_SYLLABLES) + rng.pick(PLACE_SYLLABLES));
      switch (kind) {
        case 'standards-body':
          name = rng.chance(0.5)
            ? `${area} Standardisation Technical Committee`
            : `${place} Institute of Standardisation`;
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
    } else {
      kind = rng.chance(0.4) ? 'committee' : 'unit';
      // Units hang under the big bodies (Zipf), a quarter under an earlier unit: a forest, never a cycle.
      const j = k - topLevel;
      instParent[k] = j > 0 && rng.chance(0.25) ? topLevel + rng.int(j) : topSampler.sample(rng);
      const parentShort = instAliases[instParent[k]!]![0] ?? acronym(instNames[instParent[k]!]!);
      const area = rng.pick(AREAS);
      name =
        kind === 'committee'
          ? `${rng.pick(['Working Group', 'Sub-committee', 'Task Force', 'Expert Panel'])} on ${area} (${parentShort})`
          : `${rng.pick(['Department of', 'Laboratory of', 'Centre for', 'Division of'])} ${area} (${parentShort})`;
      if (kind === 'committee') aliases.push(`WG${b36(k).toUpperCase()} ${parentShort}`);
    }
    instIds.push(`${slug(name)}-i${b36(k)}`);
    instNames.push(name);
    instAliases.push(aliases);
    instKinds.push(kind);
  }
  const sampleTopInstitution = (rng: Rng) => topSampler.sample(rng);
  const sampleUnit = (rng: Rng) =>
    I > topLevel ? topLevel + unitSampler.sample(rng) : topSampler.sample(rng);

  /* Events: E over twenty years, in year order; each year opens with a few umbrella events (weeks,
     conferences) that other events of that year are PART_OF; dates, places and sources kept per event. */
  const yearFirst = (y: number) => Math.floor((y * E + YEARS - 1) / YEARS);
  const umbrellas = (y: number) => Math.max(1, Math.round((yearFirst(y + 1) - yearFirst(y)) / 15));
  const eventStart = new Int32Array(E);
  const eventEnd = new Int32Array(E);
  const eventParent = new Int32Array(E).fill(-1);
  const eventCity = new Int32Array(E).fill(-1);
  const eventIds: string[] = [];
  const eventNames: string[] = [];
  const eventKinds: string[] = [];
  for (let i = 0; i < E; i++) {
    const rng = rngFor('event-core', i);
    const y = Math.floor((i * YEARS) / E);
    const year = FIRST_YEAR + y;
    const j = i - yearFirst(y);
    const area = rng.pick(AREAS);
    let kind: string;
    let name: string;
    if (j < umbrellas(y)) {
      const city = citySampler.sample(rng);
      eventCity[i] = firstCity + city;
      eventStart[i] = yearStartDay(year) + rng.int(355);
      eventEnd[i] = eventStart[i]! + rng.range(3, 7);
      kind = rng.chance(0.7) ? 'week' : 'conference';
      name =
        kind === 'week'
          ? `${places[firstCity + city]!.name} Cybersecurity Week ${year}`
          : `International Conference on ${area} ${year}`;
    } else {
      kind = rng.weighted([
        ['forum', 35],
        ['workshop', 20],
        ['meeting', 15],
        ['conference', 10],
        ['webinar', 12],
        ['other', 8],
      ] as const);
      const parent = rng.chance(0.45) ? yearFirst(y) + rng.int(umbrellas(y)) : -1;
      if (parent >= 0) {
        eventParent[i] = parent;
        eventStart[i] = eventStart[parent]! + rng.int(eventEnd[parent]! - eventStart[parent]! + 1);
        eventEnd[i] = Math.min(eventEnd[parent]!, eventStart[i]! + rng.int(2));
        if (kind !== 'webinar') eventCity[i] = eventCity[parent]!;
      } else {
        eventStart[i] = yearStartDay(year) + rng.int(360);
        eventEnd[i] = eventStart[i]! + (rng.chance(0.5) ? 0 : rng.range(1, 2));
        if (kind !== 'webinar' || rng.chance(0.2)) eventCity[i] = firstCity + citySampler.sample(rng);
      }
      const word = EVENT_WORDS[kind]!;
      name = `${area} ${word} ${year}`;
    }
    eventIds.push(`${slug(name)}-e${b36(i)}`);
    eventNames.push(name);
    eventKinds.push(kind);
  }

  /* Directives: policy directions, issued by people or bodies. */
  const D = n.directives;
  const directiveIds: string[] = [];
  const directiveNames: string[] = [];
  for (let d = 0; d < D; d++) {
    const rng = rngFor('directive-core', d);
    const name = `${rng.pick(DIRECTIVE_NUMBERS)} ${rng.pick(DIRECTIVE_NOUNS)} on ${rng.pick(AREAS)}`;
    directiveNames.push(name);
    directiveIds.push(`${slug(name)}-d${b36(d)}`);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Owners: each kind of node, and the relationships it owns                                       */
  /* ---------------------------------------------------------------------------------------------- */

  const rel = (
    type: RelType,
    fromLabel: NodeLabel,
    from: string,
    toLabel: NodeLabel,
    to: string,
    props: Props,
  ): Rel => ({ type, fromLabel, toLabel, row: { from, to, props: defined({ ...props, seeded: true }) } });

  const sourceOwner: Owner = {
    label: 'Source',
    count: S,
    node(k) {
      const core = rngFor('source-core', k);
      const publisher = core.pick(PUBLISHERS);
      const rng = rngFor('source', k);
      // Published a few days after the last event it reports.
      let last = 0;
      for (let i = Math.floor((k * E + S - 1) / S); i < E && sourceOfEvent(i) === k; i++) {
        last = Math.max(last, eventEnd[i]!);
      }
      const published = last + rng.range(1, 14);
      const date = new Date(published * DAY_MS);
      const kind = rng.weighted([
        ['news-article', 50],
        ['report', 20],
        ['press-release', 15],
        ['web-page', 10],
        ['recording', 5],
      ] as const);
      const title = `${publisher} ${kind.replace('-', ' ')}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const id = sourceIds[k]!;
      return nodeRow(id, title, [], [id], {
        title,
        kind,
        published: isoDay(published),
        publisher,
        url: rng.chance(0.8) ? `https://example.org/reports/${id}` : undefined,
        language: rng.chance(0.8) ? 'en' : 'zh',
        notes: rng.chance(0.2) ? 'Synthetic benchmark document.' : undefined,
      });
    },
    rels(k) {
      const rng = rngFor('source-rels', k);
      const id = sourceIds[k]!;
      return distinct(
        rng.weighted([
          [0, 3],
          [1, 5],
          [2, 2],
        ] as const),
        () => rng.int(P),
      ).map((p) =>
        rel('AUTHORED', 'Person', personIds[p]!, 'Source', id, { source: id, location: 'byline' }),
      );
    },
  };

  const placeSource = (k: number) => randomSource(rngFor('place', k));
  const placeOwner: Owner = {
    label: 'Place',
    count: places.length,
    node(k) {
      const p = places[k]!;
      const rng = rngFor('place', k);
      const src = randomSource(rng);
      const aliases =
        p.kind === 'country' && p.name === 'China'
          ? ["People's Republic of China"]
          : p.kind !== 'country' && rng.chance(0.3)
            ? [`${p.name} ${p.kind === 'city' ? 'City' : p.kind === 'province' ? 'Province' : 'Region'}`]
            : [];
      return nodeRow(p.id, p.name, aliases, [src], { kind: p.kind });
    },
    rels(k) {
      const p = places[k]!;
      const src = placeSource(k);
      const at = location(rngFor('place-rels', k));
      const out = [rel('MENTIONED_IN', 'Place', p.id, 'Source', src, { source: src, location: at })];
      if (p.locatedIn !== undefined) {
        out.push(
          rel('LOCATED_IN', 'Place', p.id, 'Place', places[p.locatedIn]!.id, { source: src, location: at }),
        );
      }
      return out;
    },
  };

  const topicOwner: Owner = {
    label: 'Topic',
    count: topics.length,
    node(k) {
      const t = topics[k]!;
      const rng = rngFor('topic', k);
      const src = randomSource(rng);
      const words = t.name.split(' ');
      const aliases = words.length > 2 && rng.chance(0.3) ? [acronym(t.name)] : [];
      return nodeRow(
        t.id,
        t.name,
        aliases.filter((a) => a.length >= 2),
        [src],
        {
          description: rng.chance(0.6) ? `${t.name}, as discussed at standards events.` : undefined,
        },
      );
    },
    rels(k) {
      const t = topics[k]!;
      const src = randomSource(rngFor('topic', k));
      const at = location(rngFor('topic-rels', k));
      return [
        rel('MENTIONED_IN', 'Topic', t.id, 'Source', src, { source: src, location: at }),
        ...t.broader.map((b) =>
          rel('BROADER', 'Topic', t.id, 'Topic', topics[b]!.id, { source: src, location: at }),
        ),
      ];
    },
  };

  const institutionOwner: Owner = {
    label: 'Institution',
    count: I,
    node(k) {
      const rng = rngFor('institution', k);
      const sources = [...new Set([randomSource(rng), ...(rng.chance(0.3) ? [randomSource(rng)] : [])])];
      return nodeRow(instIds[k]!, instNames[k]!, instAliases[k]!, sources, { kind: instKinds[k] });
    },
    rels(k) {
      const rng = rngFor('institution', k);
      const src = randomSource(rng);
      const at = location(rngFor('institution-rels', k));
      const out = [
        rel('MENTIONED_IN', 'Institution', instIds[k]!, 'Source', src, { source: src, location: at }),
      ];
      const parent = instParent[k]!;
      if (parent >= 0) {
        out.push(
          rel('PART_OF', 'Institution', instIds[k]!, 'Institution', instIds[parent]!, {
            source: src,
            location: at,
          }),
        );
      }
      return out;
    },
  };

  /** A person's affiliations over time: 1-4, each later than the one before, promotions or moves. */
  const affiliations = (i: number) => {
    const rng = rngFor('person-affiliations', i);
    const count = rng.weighted([
      [1, 50],
      [2, 30],
      [3, 15],
      [4, 5],
    ] as const);
    const out: { institution: number; title: string; asOf: number; source: string; at: string }[] = [];
    let year = FIRST_YEAR + rng.int(YEARS - 2);
    let institution = rng.chance(0.6) ? sampleUnit(rng) : sampleTopInstitution(rng);
    let rank = rng.int(3);
    for (let a = 0; a < count && year < FIRST_YEAR + YEARS; a++) {
      if (a > 0) {
        if (rng.chance(0.6)) rank = Math.min(rank + 1, 4);
        else {
          institution = rng.chance(0.6) ? sampleUnit(rng) : sampleTopInstitution(rng);
          rank = Math.max(0, rank - rng.int(2));
        }
      }
      const ladder = TITLE_LADDERS[instKinds[institution]!]!;
      const asOf = yearStartDay(year) + rng.int(365);
      out.push({ institution, title: ladder[rank]!, asOf, source: randomSource(rng), at: location(rng) });
      year += rng.range(1, 4);
    }
    return out;
  };

  const personOwner: Owner = {
    label: 'Person',
    count: P,
    node(i) {
      const { name, family, given } = personNames[i]!;
      const rng = rngFor('person', i);
      const src = randomSource(rng);
      const sources = [...new Set([src, ...affiliations(i).map((a) => a.source)])];
      const aliases = rng.chance(0.3) ? [`${family.toUpperCase()} ${given}`] : [];
      return nodeRow(personIds[i]!, name, aliases, sources, {
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
      const src = randomSource(rngFor('person', i));
      const id = personIds[i]!;
      return [
        rel('MENTIONED_IN', 'Person', id, 'Source', src, {
          source: src,
          location: location(rngFor('person-rels', i)),
        }),
        ...affiliations(i).map((a) =>
          rel('AFFILIATED_WITH', 'Person', id, 'Institution', instIds[a.institution]!, {
            source: a.source,
            location: a.at,
            title: a.title,
            asOf: isoDay(a.asOf),
          }),
        ),
      ];
    },
  };

  const directiveOwner: Owner = {
    label: 'Directive',
    count: D,
    node(d) {
      const rng = rngFor('directive', d);
      const name = directiveNames[d]!;
      const aliases = rng.chance(0.3) ? [name.replace(/ on .*/, '')] : [];
      return nodeRow(directiveIds[d]!, name, aliases, [randomSource(rng)], {
        description: rng.chance(0.7)
          ? `A policy direction on ${name.replace(/.* on /, '').toLowerCase()}.`
          : undefined,
      });
    },
    rels(d) {
      const src = randomSource(rngFor('directive', d));
      const rng = rngFor('directive-rels', d);
      const id = directiveIds[d]!;
      const out = [
        rel('MENTIONED_IN', 'Directive', id, 'Source', src, { source: src, location: location(rng) }),
      ];
      for (let k = rng.range(1, 2); k > 0; k--) {
        if (rng.chance(0.5)) {
          out.push(
            rel('ISSUED', 'Person', personIds[speakerSampler.sample(rng)]!, 'Directive', id, {
              source: src,
              location: location(rng),
              title: rng.pick(['President', 'Director', 'Minister', 'Chair', 'Secretary-General']),
            }),
          );
        } else {
          out.push(
            rel('ISSUED', 'Institution', instIds[sampleTopInstitution(rng)]!, 'Directive', id, {
              source: src,
              location: location(rng),
            }),
          );
        }
      }
      // Two issuers may coincide; keep the first.
      const seen = new Set<string>();
      const issued = out.filter(
        (r) => r.type !== 'ISSUED' || (!seen.has(r.row.from) && seen.add(r.row.from)),
      );
      for (const t of distinct(rng.range(1, 4), () => rng.int(topics.length))) {
        issued.push(
          rel('CALLS_FOR', 'Directive', id, 'Topic', topics[t]!.id, {
            source: src,
            location: location(rng),
            point: `${rng.pick(['Strengthen', 'Improve', 'Accelerate', 'Standardise', 'Promote'])} ${topics[t]!.name.toLowerCase()}`,
          }),
        );
      }
      return issued;
    },
  };

  /** The institutions that SPONSORED, ORGANISED or CO_ORGANISED event i (distinct). */
  const organisers = (i: number): { institution: number; role: OrganiserRole; at: string }[] => {
    const rng = rngFor('event-organisers', i);
    const roles: OrganiserRole[] = [];
    if (rng.chance(0.95)) roles.push('ORGANISED');
    for (
      let k = rng.weighted([
        [0, 35],
        [1, 35],
        [2, 30],
      ] as const);
      k > 0;
      k--
    )
      roles.push('CO_ORGANISED');
    for (
      let k = rng.weighted([
        [0, 40],
        [1, 30],
        [2, 30],
      ] as const);
      k > 0;
      k--
    )
      roles.push('SPONSORED');
    const used = new Set<number>();
    const out: { institution: number; role: OrganiserRole; at: string }[] = [];
    for (const role of roles) {
      const institution = rng.chance(0.85) ? sampleTopInstitution(rng) : sampleUnit(rng);
      if (used.has(institution)) continue;
      used.add(institution);
      out.push({ institution, role, at: location(rng) });
    }
    return out;
  };

  const eventOwner: Owner = {
    label: 'Event',
    count: E,
    node(i) {
      const rng = rngFor('event', i);
      const name = eventNames[i]!;
      const kind = eventKinds[i]!;
      const city = eventCity[i]!;
      const aliases = kind === 'week' && rng.chance(0.5) ? [`${acronym(name)} ${name.slice(-4)}`] : [];
      return nodeRow(eventIds[i]!, name, aliases, [sourceIds[sourceOfEvent(i)]!], {
        kind,
        startDate: isoDay(eventStart[i]!),
        endDate: eventEnd[i] !== eventStart[i] ? isoDay(eventEnd[i]!) : undefined,
        description: rng.chance(0.5)
          ? `A ${kind} on ${name.replace(/ \d{4}$/, '').toLowerCase()}${city >= 0 ? ` held in ${places[city]!.name}` : ' held online'}.`
          : undefined,
        recorded: rng.weighted([
          [true, 30],
          [false, 10],
          [undefined, 60],
        ] as const),
      });
    },
    rels(i) {
      const id = eventIds[i]!;
      const src = sourceIds[sourceOfEvent(i)]!;
      const rng = rngFor('event-rels', i);
      const at = location(rng);
      const prov = { source: src, location: at };
      const out = [rel('MENTIONED_IN', 'Event', id, 'Source', src, prov)];
      if (eventCity[i]! >= 0) out.push(rel('HELD_IN', 'Event', id, 'Place', places[eventCity[i]!]!.id, prov));
      if (eventParent[i]! >= 0)
        out.push(rel('PART_OF', 'Event', id, 'Event', eventIds[eventParent[i]!]!, prov));
      for (const o of organisers(i)) {
        out.push(
          rel(o.role, 'Institution', instIds[o.institution]!, 'Event', id, { source: src, location: o.at }),
        );
      }
      if (rng.chance(0.4)) {
        for (const t of distinct(rng.range(1, 3), () => sampleTopic(rng))) {
          out.push(
            rel('EMPHASISED', 'Event', id, 'Topic', topics[t]!.id, {
              source: src,
              location: location(rng),
              point: `${rng.pick(['Deepen', 'Strengthen', 'Advance', 'Coordinate', 'Apply'])} work on ${topics[t]!.name.toLowerCase()}`,
              directive: rng.chance(0.5) ? directiveIds[rng.int(D)] : undefined,
            }),
          );
        }
      }
      if (rng.chance(0.3)) {
        for (const d of distinct(rng.range(1, 2), () => rng.int(D))) {
          out.push(
            rel('REFERENCED', 'Event', id, 'Directive', directiveIds[d]!, {
              source: src,
              location: location(rng),
              context: rng.chance(0.7) ? 'cited in the opening remarks' : undefined,
            }),
          );
        }
      }
      return out;
    },
  };

  /** A talk's speaker, event and topics (the part its relationships and its node share). */
  const talkCore = (t: number) => {
    const rng = rngFor('talk-core', t);
    const speaker = speakerSampler.sample(rng);
    const event = rng.int(E);
    const topicsOf = distinct(
      rng.weighted([
        [1, 40],
        [2, 40],
        [3, 20],
      ] as const),
      () => sampleTopic(rng),
    );
    return { speaker, event, topics: topicsOf, at: location(rng) };
  };
  const talkId = (t: number) => `talk-t${b36(t)}`;

  const talkOwner: Owner = {
    label: 'Talk',
    count: n.talks,
    node(t) {
      const core = talkCore(t);
      const rng = rngFor('talk', t);
      const title = rng.pick(TALK_TITLES).replace('{t}', topics[core.topics[0]!]!.name);
      const start = eventStart[core.event]!;
      const explicit = rng.chance(0.4);
      const day = explicit ? start + rng.int(eventEnd[core.event]! - start + 1) : start;
      return nodeRow(talkId(t), title, [], [sourceIds[sourceOfEvent(core.event)]!], {
        title,
        summary: rng.chance(0.5)
          ? `${personNames[core.speaker]!.name} spoke on ${topics[core.topics[0]!]!.name.toLowerCase()}.`
          : undefined,
        kind: rng.weighted([
          ['keynote', 10],
          ['talk', 70],
          ['panel', 12],
          ['remarks', 8],
        ] as const),
        date: isoDay(day),
        dateInferred: explicit ? undefined : true,
      });
    },
    rels(t) {
      const core = talkCore(t);
      const id = talkId(t);
      const src = sourceIds[sourceOfEvent(core.event)]!;
      const prov = { source: src, location: core.at };
      return [
        rel('MENTIONED_IN', 'Talk', id, 'Source', src, prov),
        rel('GAVE', 'Person', personIds[core.speaker]!, 'Talk', id, prov),
        rel('AT', 'Talk', id, 'Event', eventIds[core.event]!, prov),
        ...core.topics.map((k) => rel('ABOUT', 'Talk', id, 'Topic', topics[k]!.id, prov)),
      ];
    },
  };

  const owners: Owner[] = [
    sourceOwner,
    placeOwner,
    topicOwner,
    institutionOwner,
    personOwner,
    directiveOwner,
    eventOwner,
    talkOwner,
  ];
  const nodeCounts = Object.fromEntries(owners.map((o) => [o.label, o.count])) as Record<NodeLabel, number>;

  function* nodeBatches(batchSize = 10_000): Generator<NodeBatch> {
    for (const owner of owners) {
      const dateProps = DATE_PROPS[owner.label] ?? [];
      for (let start = 0; start < owner.count; start += batchSize) {
        const rows: NodeRow[] = [];
        const end = Math.min(owner.count, start + batchSize);
        for (let i = start; i < end; i++) rows.push(owner.node(i));
        yield { label: owner.label, dateProps, rows };
      }
    }
  }

  const groups = new Map(REL_GROUPS.map((g) => [relGroupKey(g), g]));

  function* relBatches(batchSize = 10_000): Generator<RelBatch> {
    for (const owner of owners) {
      const buffers = new Map<string, RelRow[]>();
      for (let i = 0; i < owner.count; i++) {
        for (const r of owner.rels(i)) {
          const key = relGroupKey(r);
          let rows = buffers.get(key);
          if (!rows) buffers.set(key, (rows = []));
          rows.push(r.row);
          if (rows.length >= batchSize) {
            yield { ...groups.get(key)!, rows };
            buffers.set(key, []);
          }
        }
      }
      for (const [key, rows] of buffers) if (rows.length > 0) yield { ...groups.get(key)!, rows };
    }
  }

  function estimateRelationships(every = 50): number {
    let total = 0;
    for (const owner of owners) {
      if (every <= 1 || owner.count < every * 20) {
        for (let i = 0; i < owner.count; i++) total += owner.rels(i).length;
      } else {
        let sampled = 0;
        let count = 0;
        for (let i = 0; i < owner.count; i += every, count++) sampled += owner.rels(i).length;
        total += Math.round((sampled / count) * owner.count);
      }
    }
    return total;
  }

  function mixIds(): MixIds {
    // Like the seed's biometric-identification: a second-level topic with narrower topics, the one whose
    // sub-hierarchy draws the most talks (its talk count grows with SF, a share of all talks).
    const narrower = new Map<number, number[]>();
    topics.forEach((t, k) => t.broader.forEach((b) => narrower.set(b, [...(narrower.get(b) ?? []), k])));
    const shareOf = new Map(topicOrder.map((k, rank) => [k, topicSampler.share(rank)]));
    const subtreeShare = (k: number) => {
      const seen = new Set<number>();
      const stack = [k];
      while (stack.length) {
        const x = stack.pop()!;
        if (seen.has(x)) continue;
        seen.add(x);
        stack.push(...(narrower.get(x) ?? []));
      }
      return [...seen].reduce((s, x) => s + shareOf.get(x)!, 0);
    };
    const candidates = topics.map((_, k) => k).filter((k) => topics[k]!.level === 2 && narrower.has(k));
    const topic = candidates.reduce((best, k) => (subtreeShare(k) > subtreeShare(best) ? k : best));

    // Two actors a few hops apart: a speaker (not the most prolific) and an organiser of the event of
    // one of their talks (Person -GAVE-> Talk -AT-> Event <-ORGANISED- Institution: at most 3 hops).
    let path: { person: number; institution: number; event: number } | undefined;
    for (let t = 0; t < n.talks && !path; t++) {
      const core = talkCore(t);
      if (core.speaker === 0 || eventParent[core.event]! < 0) continue;
      const organiser = organisers(core.event).find((o) => o.institution !== 0);
      if (organiser) path = { person: core.speaker, institution: organiser.institution, event: core.event };
    }
    if (!path) throw new Error('no talk at an organised event; the scale factor is too small');

    // The most prolific speaker whose career shows in several affiliations.
    let person = 0;
    while (person < P - 1 && affiliations(person).length < 2) person++;

    return {
      topic: topics[topic]!.id,
      person: personIds[person]!,
      institution: instIds[0]!,
      searchText: 'TC 100',
      pathFrom: personIds[path.person]!,
      pathTo: instIds[path.institution]!,
      neighbourhoodOf: eventIds[path.event]!,
    };
  }

  return {
    seed,
    sf,
    nodeCounts,
    totalNodes: owners.reduce((s, o) => s + o.count, 0),
    labels: owners.map((o) => o.label),
    nodeBatches,
    relBatches,
    estimateRelationships,
    mixIds,
  };
}
