import { City, Country, State } from 'country-state-city';
import type { ICity, IState } from 'country-state-city';
import { locationOf, type IngestDocument, type Sentence } from './document';
import type { PlaceX } from './extraction';
import { placeKeyOf, type Registry } from './registry';

/**
 * Places from the gazetteer of the `country-state-city` package (countries, their provinces or regions,
 * and 150k cities): a capitalised phrase is a place when the gazetteer knows it and the words around it
 * say "place" ("held in Zhengzhou, Henan province", "in Perros-Guirec, France", a dateline). A city
 * brings its province and country with it (city in province in country).
 */

/** English names of cities the data set lists under their local name. */
const EXONYMS: [string, string][] = [
  ['Geneva', 'Genève'],
  ['Munich', 'München'],
  ['Cologne', 'Köln'],
  ['Vienna', 'Wien'],
  ['Lisbon', 'Lisboa'],
  ['Prague', 'Praha'],
  ['Rome', 'Roma'],
  ['Milan', 'Milano'],
  ['Turin', 'Torino'],
  ['Florence', 'Firenze'],
  ['Venice', 'Venezia'],
  ['Copenhagen', 'København'],
  ['Warsaw', 'Warszawa'],
  ['The Hague', 'Den Haag'],
  ['Gothenburg', 'Göteborg'],
];
/** Countries with many towns named after older cities elsewhere ("Paris", Texas). */
const NAMESAKE_COUNTRIES = new Set(['US', 'CA', 'AU', 'NZ', 'ZA']);

interface Gazetteer {
  countries: Map<string, { name: string; iso: string }>;
  states: Map<string, IState[]>;
  cities: Map<string, ICity[]>;
  /** `<country>-<state code>` -> state, so a city's province is a map look-up, not a scan. */
  stateByCode: Map<string, IState>;
}

let gazetteer: Gazetteer | undefined;
/** Loaded once per process (about a second): the data set is large. */
export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const countries = new Map<string, { name: string; iso: string }>();
  for (const c of Country.getAllCountries()) countries.set(c.name, { name: c.name, iso: c.isoCode });
  for (const [alias, iso] of [
    ['People’s Republic of China', 'CN'],
    ["People's Republic of China", 'CN'],
    ['PRC', 'CN'],
    ['US', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['South Korea', 'KR'],
    ['Korea', 'KR'],
    ['Russia', 'RU'],
  ] as const) {
    const c = Country.getCountryByCode(iso);
    if (c) countries.set(alias, { name: c.name, iso });
  }
  const states = new Map<string, IState[]>();
  const stateByCode = new Map<string, IState>();
  for (const s of State.getAllStates()) {
    stateByCode.set(`${s.countryCode}-${s.isoCode}`, s);
    const name = s.name.replace(/\s+(?:Province|Sheng|Shi)$/, '');
    states.set(name, [...(states.get(name) ?? []), s]);
  }
  const cities = new Map<string, ICity[]>();
  const addCity = (name: string, c: ICity) => cities.set(name, [...(cities.get(name) ?? []), c]);
  for (const c of City.getAllCities()) {
    addCity(c.name, c);
    // "Zurich" for "Zürich": reports in English drop the accents.
    const folded = c.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== c.name) addCity(folded, c);
  }
  for (const [english, local] of EXONYMS) {
    for (const c of cities.get(local) ?? []) if (!cities.get(english)?.includes(c)) addCity(english, c);
  }
  gazetteer = { countries, states, cities, stateByCode };
  return gazetteer;
}

const CAPS = "[A-Z][\\p{L}'’-]*(?:[ -][A-Z][\\p{L}'’-]*){0,3}";
const SUFFIX =
  '(?:\\s+(?:province|Province|region|Region|city|City|municipality|Municipality|county|County))?';
const CONTEXT = new RegExp(
  `\\b(?:in|at|to|near|from)\\s+(?:the\\s+(?:city|province|region)\\s+of\\s+)?(${CAPS}${SUFFIX}(?:,\\s+${CAPS}${SUFFIX}){0,2})`,
  'gu',
);
const DATELINE = new RegExp(`^(${CAPS}(?:,\\s+${CAPS}){0,3})\\s+[-–—]\\s+\\d`, 'u');

type Hit =
  | { kind: 'country'; name: string; iso: string }
  | { kind: 'state'; state: IState }
  | { kind: 'city'; city: ICity };

function lookup(
  part: string,
  countryHint: Set<string>,
  docCountries: Set<string> = new Set(),
): Hit | undefined {
  const g = loadGazetteer();
  const name = part
    .replace(/[’']s$/, '')
    .replace(new RegExp(`${SUFFIX}$`), '')
    .trim();
  const country = g.countries.get(name);
  if (country) return { kind: 'country', ...country };
  const wantsState = /province|region/i.test(part);
  const states = (g.states.get(name) ?? []).filter(
    (s) => countryHint.size === 0 || countryHint.has(s.countryCode),
  );
  let cities = (g.cities.get(name) ?? []).filter(
    (c) => countryHint.size === 0 || countryHint.has(c.countryCode),
  );
  if (wantsState && states.length === 1) return { kind: 'state', state: states[0]! };
  let cityCountries = new Set(cities.map((c) => c.countryCode));
  if (cityCountries.size > 1) {
    // Ambiguous: a country the report names elsewhere, else the one that is not a namesake country.
    const named = [...cityCountries].filter((c) => docCountries.has(c));
    const old = [...cityCountries].filter((c) => !NAMESAKE_COUNTRIES.has(c));
    const pick = named.length === 1 ? named : old.length === 1 ? old : [];
    if (pick.length === 1) {
      cities = cities.filter((c) => c.countryCode === pick[0]);
      cityCountries = new Set(pick);
    }
  }
  if (cities.length > 0 && cityCountries.size === 1) {
    // Prefer the city whose province has the same name (Tianjin in Tianjin), else the first.
    const city = cities.find((c) => states.some((s) => s.isoCode === c.stateCode)) ?? cities[0]!;
    return { kind: 'city', city };
  }
  if (states.length === 1 && cities.length === 0) return { kind: 'state', state: states[0]! };
  return undefined;
}

export class PlaceRecogniser {
  /** Names confirmed as places in this document, for the other recognisers. */
  readonly names = new Set<string>();

  constructor(private readonly reg: Registry) {
    const g = loadGazetteer();
    for (const [name] of g.countries) this.names.add(name);
  }

  /** Countries and provinces anywhere; cities only once seen in a place context. */
  isPlace = (s: string): boolean => {
    const name = s.replace(/[’']s$/, '');
    return (
      this.names.has(name) ||
      loadGazetteer().countries.has(name) ||
      /^(?:[A-Z][a-z]+ )?(?:Province|Municipality)$/.test(name)
    );
  };

  /** Countries the report names anywhere: they settle ambiguous city names. */
  private docCountries = new Set<string>();

  recognise(doc: IngestDocument): void {
    for (const [name, c] of loadGazetteer().countries) {
      if (name.length > 3 && doc.text.includes(name)) this.docCountries.add(c.iso);
    }
    const first = doc.sentences[0];
    if (first) {
      const d = DATELINE.exec(first.text);
      if (d) this.phrase(doc, first, 0, d[1]!, true);
    }
    for (const s of doc.sentences) {
      for (const m of s.text.matchAll(CONTEXT)) this.phrase(doc, s, m.index! + m[0].indexOf(m[1]!), m[1]!);
    }
  }

  private phrase(doc: IngestDocument, s: Sentence, rel: number, phrase: string, dateline = false): void {
    const parts = phrase.split(/,\s+/);
    const hint = new Set<string>();
    for (const p of parts) {
      const c = loadGazetteer().countries.get(p.replace(/[’']s$/, ''));
      if (c) hint.add(c.iso);
    }
    let cursor = rel;
    let chainEnd = rel;
    const hits: { hit: Hit; start: number; end: number }[] = [];
    for (const part of parts) {
      const at = s.text.indexOf(part, cursor);
      cursor = at + part.length;
      const hit = lookup(part, hint, this.docCountries);
      // "in Zhengzhou, Tsinghua University": the place list ends at the first non-place; a dateline may
      // start with a site ("ETSI Headquarters, Sophia Antipolis, France").
      if (!hit && dateline) continue;
      if (!hit) break;
      if (hit.kind === 'city' && hint.size === 0) hint.add(hit.city.countryCode);
      hits.push({ hit, start: s.start + at, end: s.start + cursor });
      chainEnd = s.start + cursor;
    }
    if (hits.length === 0) return;
    const quote = doc.text.slice(hits[0]!.start, chainEnd);
    let parentKey: string | undefined;
    // The chain is most specific first; each link's parent comes from the gazetteer.
    for (const { hit, start, end } of hits) {
      if (this.reg.covered(start, end, 'place')) continue;
      const key = this.addHit(hit, s, quote, doc.text.slice(start, end));
      this.reg.mention({ kind: 'place', key, start, end });
      parentKey ??= key;
    }
  }

  private addHit(hit: Hit, s: Sentence, quote: string, written: string): string {
    const g = loadGazetteer();
    const at = locationOf(s.block);
    const put = (p: Omit<PlaceX, 'at' | 'quote'>) => {
      if (!this.reg.places.has(p.key)) this.reg.places.set(p.key, { ...p, at, quote });
      this.names.add(p.name);
      return p.key;
    };
    const country = (iso: string) => {
      const c = [...g.countries.values()].find((x) => x.iso === iso)!;
      return put({ key: placeKeyOf(c.name), name: c.name, kind: 'country' });
    };
    const state = (st: IState) => {
      const name = st.name.replace(/\s+(?:Province|Sheng|Shi)$/, '');
      return put({
        key:
          placeKeyOf(name) +
          (g.cities.get(name)?.some((c) => c.stateCode === st.isoCode && c.countryCode === st.countryCode)
            ? '#province'
            : ''),
        name,
        kind: st.countryCode === 'CN' ? 'province' : 'region',
        locatedIn: country(st.countryCode),
      });
    };
    if (hit.kind === 'country') return country(hit.iso);
    if (hit.kind === 'state') return state(hit.state);
    const c = hit.city;
    const st = g.stateByCode.get(`${c.countryCode}-${c.stateCode}`);
    // A city that is its own province (Tianjin, Beijing) sits directly in the country.
    // The city as the report writes it ("Geneva", not the data set's "Genève").
    const name = written.replace(new RegExp(`${SUFFIX}$`), '').trim() || c.name;
    const parent =
      st && ![c.name, name].includes(st.name.replace(/\s+(?:Province|Sheng|Shi)$/, ''))
        ? state(st)
        : country(c.countryCode);
    return put({ key: placeKeyOf(name), name, kind: 'city', locatedIn: parent });
  }
}
