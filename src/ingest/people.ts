import { locationOf, type IngestDocument, type Sentence } from './document';
import type { PersonX } from './extraction';
import {
  CHINESE_SURNAMES,
  INSTITUTION_HEADS,
  isPinyin,
  STOP_NAMES,
  TITLE_HEADS,
  EVENT_HEADS,
} from './lexicon';
import type { Registry } from './registry';
import { reEscape } from './text-utils';

/**
 * People, in the naming conventions of these reports: upper-case family names ("LIU Xiangang",
 * "Haley WU"), honorifics ("Dr HU Ying", "Mr. Huang"), titles before names ("President Xi Jinping") and
 * Western names introduced by an apposition ("Charles Brookson, Chairman of ..."). A bare "Mr. Huang"
 * is the person of that family name mentioned elsewhere in the report.
 */

const HON = '(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam)\\.?';
const UP = '[A-Z]{2,}(?:-[A-Z]{2,})?';
const CAP = '[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?';
const STRONG: RegExp[] = [
  // LIU Xiangang, Dr HU Ying
  new RegExp(`\\b(?:${HON}\\s+)?(${UP})\\s+(${CAP})\\b`, 'g'),
  // Haley WU
  new RegExp(`\\b(?:${HON}\\s+)?(${CAP})\\s+(${UP})\\b(?!\\s+[A-Z][a-z])`, 'g'),
];
const HONORIFIC = new RegExp(`\\b${HON}\\s+((?:${UP}|${CAP})(?:\\s+(?:${UP}|${CAP})){0,2})`, 'g');

const TITLE_BEFORE =
  /\b(?:President|Vice[- ]President|Premier|Vice[- ]Premier|Chairman|Chairwoman|Minister|Vice[- ]Minister|Commissioner|Ambassador|Governor|Mayor|Professor|Academician|Director)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\b/g;
const NAME2 = `([A-Z][a-z]+(?:\\s[A-Z]\\.)?\\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)`;
const WEAK: RegExp[] = [
  // Charles Brookson, Chairman of ...   /   Name, from Huawei
  new RegExp(
    `\\b${NAME2},\\s+(?=(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${TITLE_HEADS.source.slice(2, -2)})\\b|from\\s+[A-Z])`,
    'gi',
  ),
  // AVAR Chairman, Allan Dyer
  new RegExp(
    `\\b(?:[Cc]hair(?:man|woman|person)?|[Pp]resident|[Dd]irector|[Ss]ecretary|[Cc]onvenou?r|[Hh]ead|[Dd]ean|CEO|CTO|[Ff]ounder|[Mm]anager|[Ee]xpert|[Ee]ngineer),\\s+${NAME2}\\b`,
    'g',
  ),
  // chaired this year by Carmine Rizzo
  new RegExp(
    `\\b(?:chaired|moderated|presided|opened|led|hosted|given|delivered|presented)\\b[^.;,]{0,25}?\\bby\\s+${NAME2}\\b`,
    'g',
  ),
  // Yuan Yuan was chosen to serve as ...
  new RegExp(
    `\\b${NAME2}\\s+(?:was|has been|will be|is)\\s+(?:chosen|appointed|elected|named|nominated|re-elected|selected|invited)\\b`,
    'g',
  ),
  // Carmine Rizzo said
  new RegExp(`\\b${NAME2}\\s+(?:said|says|stated|noted|added|explained|stressed|pointed out|told)\\b`, 'g'),
];

interface Parsed {
  familyName: string;
  givenName?: string;
  chineseOrder: boolean;
}

/** "LIU" -> "Liu", "huang" -> "Huang"; mixed case is kept ("McDonald"). */
const cap = (w: string) =>
  w
    .split('-')
    .map((p) =>
      p === p.toUpperCase() || p === p.toLowerCase()
        ? p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()
        : p,
    )
    .join('-');
const isUpper = (w: string) => /^[A-Z]{2,}(?:-[A-Z]{2,})?$/.test(w);

/** Family and given name from the written tokens, by the conventions above. */
export function parseName(tokens: string[]): Parsed {
  const upper = tokens.findIndex(isUpper);
  if (upper >= 0 && tokens.length > 1) {
    return {
      familyName: cap(tokens[upper]!),
      givenName: tokens
        .filter((_, i) => i !== upper)
        .map(cap)
        .join(' '),
      chineseOrder: upper === 0,
    };
  }
  if (tokens.length === 1) return { familyName: cap(tokens[0]!), chineseOrder: false };
  const first = tokens[0]!;
  if (CHINESE_SURNAMES.has(first.toLowerCase()) && tokens.slice(1).every(isPinyin)) {
    return { familyName: cap(first), givenName: tokens.slice(1).map(cap).join(' '), chineseOrder: true };
  }
  return {
    familyName: cap(tokens[tokens.length - 1]!),
    givenName: tokens.slice(0, -1).map(cap).join(' '),
    chineseOrder: false,
  };
}

const displayName = (p: Parsed) =>
  !p.givenName
    ? p.familyName
    : p.chineseOrder
      ? `${p.familyName} ${p.givenName}`
      : `${p.givenName} ${p.familyName}`;
export const personKey = (family: string, given?: string) =>
  `${family.toLowerCase()}|${(given ?? '').toLowerCase()}`;

/** Tokens that cannot be part of a name. */
function nameLike(tokens: string[], places: (s: string) => boolean): boolean {
  return (
    tokens.every(
      (t) =>
        !STOP_NAMES.has(t) &&
        !INSTITUTION_HEADS.has(t) &&
        !EVENT_HEADS[t.toLowerCase()] &&
        !TITLE_HEADS.test(t) &&
        !places(t),
    ) && !places(tokens.join(' '))
  );
}

export function recognisePeople(
  doc: IngestDocument,
  reg: Registry,
  pass: 'strong' | 'weak',
  isPlace: (s: string) => boolean,
  knownNames: string[] = [],
): void {
  const add = (s: Sentence, start: number, end: number, tokens: string[], honorific?: string) => {
    const absStart = s.start + start;
    const absEnd = s.start + end;
    if (reg.mentions.some((m) => m.start < absEnd && m.end > absStart && m.kind !== 'person')) return;
    if (reg.mentions.some((m) => m.kind === 'person' && m.start <= absStart && m.end >= absEnd)) return;
    const parsed = parseName(tokens);
    const hon = honorific?.replace(/\.$/, '');
    if (!parsed.givenName) {
      reg.mention({
        kind: 'person',
        key: `?${parsed.familyName.toLowerCase()}|${hon ?? ''}`,
        start: absStart,
        end: absEnd,
        partial: true,
      });
      return;
    }
    const key = personKey(parsed.familyName, parsed.givenName);
    const existing = reg.people.get(key);
    if (existing) {
      if (!existing.honorific && hon) existing.honorific = hon;
    } else {
      reg.people.set(key, {
        key,
        name: displayName(parsed),
        familyName: parsed.familyName,
        givenName: parsed.givenName,
        honorific: hon,
        aliases: [],
        at: locationOf(s.block),
        quote: doc.text.slice(absStart, absEnd),
      });
    }
    reg.mention({ kind: 'person', key, start: absStart, end: absEnd });
  };

  for (const s of doc.sentences) {
    if (pass === 'strong') {
      for (const re of STRONG) {
        for (const m of s.text.matchAll(re)) {
          const [whole, hon, a, b] = m;
          const surname = isUpper(a!) ? a! : b!;
          if (!CHINESE_SURNAMES.has(surname.toLowerCase().replace(/-.*/, ''))) continue;
          if (STOP_NAMES.has(a!) || STOP_NAMES.has(b!) || INSTITUTION_HEADS.has(isUpper(a!) ? b! : a!))
            continue;
          add(s, m.index!, m.index! + whole.length, [a!, b!], hon);
        }
      }
      for (const m of s.text.matchAll(HONORIFIC)) {
        const [whole, hon, rest] = m;
        const tokens: string[] = [];
        for (const t of rest!.split(/\s+/)) {
          if (STOP_NAMES.has(t) || INSTITUTION_HEADS.has(t) || TITLE_HEADS.test(t) || isPlace(t)) break;
          tokens.push(t);
        }
        if (tokens.length === 0) continue;
        const end = m.index! + whole.indexOf(rest!) + tokens.join(' ').length;
        add(s, m.index!, end, tokens, hon);
      }
      for (const name of knownNames) {
        const parts = name.split(' ');
        if (parts.length < 2) continue;
        const forms = [
          name,
          [parts[0]!.toUpperCase(), ...parts.slice(1)].join(' '),
          [...parts.slice(0, -1), parts.at(-1)!.toUpperCase()].join(' '),
        ];
        for (const f of forms) {
          for (const m of s.text.matchAll(new RegExp(`\\b${reEscape(f)}\\b`, 'g'))) {
            add(s, m.index!, m.index! + f.length, f.split(' '));
          }
        }
      }
    } else {
      for (const m of s.text.matchAll(TITLE_BEFORE)) {
        const tokens = m[1]!.split(' ');
        if (!nameLike(tokens, isPlace)) continue;
        const start = m.index! + m[0].indexOf(m[1]!);
        add(s, start, start + m[1]!.length, tokens);
      }
      for (const re of WEAK) {
        for (const m of s.text.matchAll(re)) {
          const name = m[1]!;
          const tokens = name.split(/\s+/);
          if (!/^[A-Z]/.test(name) || !nameLike(tokens, isPlace)) continue;
          const start = m.index! + m[0].indexOf(name);
          add(s, start, start + name.length, tokens);
        }
      }
    }
  }
}

/**
 * "Mr. Huang" is the one person of that family name; when the report only has "Huang Kinming" parsed
 * in Western order, the bare mention shows the family name comes first, so the name is turned round.
 */
export function resolvePartialPeople(doc: IngestDocument, reg: Registry): void {
  for (const m of reg.mentions.filter((x) => x.kind === 'person' && x.partial)) {
    const [fam, hon] = m.key.slice(1).split('|') as [string, string];
    const people = [...reg.people.values()];
    let target = people.filter((p) => p.familyName.toLowerCase() === fam);
    if (target.length === 0) {
      const swap = people.filter((p) => p.givenName?.toLowerCase() === fam);
      if (swap.length === 1) {
        const p = swap[0]!;
        reg.people.delete(p.key);
        const family = p.givenName!;
        const given = p.familyName;
        const key = personKey(family, given);
        const turned: PersonX = {
          ...p,
          key,
          familyName: family,
          givenName: given,
          name: `${family} ${given}`,
        };
        reg.people.set(key, turned);
        for (const o of reg.mentions) if (o.kind === 'person' && o.key === p.key) o.key = key;
        target = [turned];
      }
    }
    if (target.length > 1) {
      // The nearest full mention before this one decides.
      const before = reg.mentions
        .filter(
          (o) =>
            o.kind === 'person' && !o.partial && o.start < m.start && target.some((t) => t.key === o.key),
        )
        .sort((a, b) => b.start - a.start)[0];
      target = before ? target.filter((t) => t.key === before.key) : target.slice(0, 1);
    }
    if (target.length === 1) {
      m.key = target[0]!.key;
      m.partial = false;
      if (hon && !target[0]!.honorific) target[0]!.honorific = hon;
      continue;
    }
    // Only ever named by family name: still a person of the report.
    const key = personKey(cap(fam), undefined);
    const family = doc.text.slice(m.start, m.end).split(/\s+/).at(-1)!;
    if (!reg.people.has(key)) {
      const block = doc.blocks.find((b) => b.start <= m.start && m.start < b.start + b.text.length + 1);
      reg.people.set(key, {
        key,
        name: cap(family),
        familyName: cap(family),
        honorific: hon || undefined,
        aliases: [],
        at: block ? locationOf(block) : 'paragraph 1',
        quote: doc.text.slice(m.start, m.end),
      });
    }
    m.key = key;
    m.partial = false;
  }
}
