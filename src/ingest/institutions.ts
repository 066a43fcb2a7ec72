import type { IngestDocument, Sentence } from './document';
import {
  INSTITUTION_HEADS,
  INSTITUTION_KIND,
  NOT_ACRONYMS,
  STOP_NAMES,
  TITLE_HEADS,
  UNIT_HEADS,
  EVENT_HEADS,
} from './lexicon';
import type { Registry } from './registry';
import { initials } from './text-utils';

/**
 * Institutions: capitalised names ending in an institution word ("... Institute", "... Centre for ..."),
 * with the acronym the report gives in brackets as an alias; units named "X of Y" are part of Y;
 * acronyms where the context makes them actors ("organised by SESEC", "ETSI's", "TC260 released");
 * names listed after "organisations such as" / "members, including".
 */

const WORD = "(?:[A-Z][\\p{L}\\p{N}&/-]*(?:[’']s)?|\\d+(?:st|nd|rd|th)?)";
const CONN = '(?:of|for|and|on|the|de|du|des|&)';
const CHUNK = new RegExp(`${WORD}(?:\\s+(?:${CONN}\\s+)*${WORD})*`, 'gu');
const BRACKET = /^\s*\(([A-Z][A-Za-z0-9/&-]*(?: [A-Z0-9][A-Za-z0-9/&-]*){0,2})\)(\s+\d{1,3}\b)?/;
const ACRONYM =
  /(?<![\p{L}\p{N}/-])((?:[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*|\d[A-Z]{2,}[A-Z0-9]*)(?:[/-][A-Z0-9]+)*(?: \d{1,3})?)(?![\p{L}\p{N}/-])/gu;
const DOCUMENT_WORDS =
  /\b(?:Laws?|Regulations?|Measures|Specifications?|Paper|Focus|Plan|Strategy|Guides?|Guidelines|Report|Requirements|Standards? for|Provisions|Rules|Notice|Opinions|Framework|Act|Convention|Agenda|Programme|Program|Declaration|Initiative)\b/;
const TITLE_PREFIX =
  /^(?:(?:[A-Z][a-z-]+|deputy|vice|chief|general|executive|senior)\s+){0,4}?(?:of|at|from)\s+(?:the\s+)?/;
const ACTOR_BEFORE = /\b(?:by|from|at|with|of|and|between|among|including|such as)\s+(?:the\s+)?$/;
const ACTOR_AFTER =
  /^(?:[’']s\b|\s+(?:released|issued|published|held|organi[sz]ed|launched|announced|recommends?|recommended|voted|members?|has|have|had|is|was|were|will|would|should|plays|played|approved|adopted|established|created|Chairman|Chair|Secretariat|Director|President|experts?|delegates?)\b)/;
const LIST_INTRO =
  /\b(?:organi[sz]ations|bodies|members|companies|institutions|enterprises|partners|stakeholders|agencies|universities|institutes|vendors|operators|firms)\b[^.;:]{0,60}?\b(?:such as|including|like|namely)\s+$/i;

function kindOf(name: string): string | undefined {
  for (const [re, kind] of INSTITUTION_KIND) if (re.test(name)) return kind;
  return undefined;
}

/** Words that do not make a name on their own ("Study Group", "New Subcommittee"). */
const GENERIC = new Set([
  'New',
  'Study',
  'Working',
  'Joint',
  'National',
  'Technical',
  'General',
  'Expert',
  'Experts',
  'Special',
  'Ad',
  'Hoc',
]);
const tokensOf = (s: string) => s.split(/\s+/);
const bare = (t: string) => t.replace(/[’']s$/, '');

/** Cuts a chunk to the institution it names: drops leading stop words and a title ("Dean of"). */
function trimChunk(chunk: string): { text: string; offset: number } | undefined {
  let text = chunk;
  let offset = 0;
  const drop = (n: number) => {
    offset += n;
    text = text.slice(n);
  };
  for (;;) {
    const first = tokensOf(text)[0]!;
    if ((STOP_NAMES.has(first) || /^(?:of|for|and|on|the)$/i.test(first)) && text.includes(' ')) {
      drop(first.length + 1);
      continue;
    }
    break;
  }
  const title = TITLE_PREFIX.exec(text);
  if (title && TITLE_HEADS.test(title[0])) drop(title[0].length);
  // End after the last institution word, keeping an "of/for/on ..." tail that belongs to it.
  const tokens = tokensOf(text);
  let last = -1;
  tokens.forEach((t, i) => {
    if (INSTITUTION_HEADS.has(bare(t))) last = i;
  });
  if (last < 0) return undefined;
  let end = last;
  if (/^(?:of|for|on)$/.test(tokens[last + 1] ?? '')) {
    // "... Centre of China Mobile": the tail runs to the next institution word, or to the end.
    let j = last + 2;
    while (j < tokens.length && !/^(?:and)$/.test(tokens[j]!)) j++;
    end = j - 1;
  }
  const kept = tokens.slice(0, end + 1).join(' ');
  if (DOCUMENT_WORDS.test(kept) || EVENT_HEADS[bare(tokens[end]!).toLowerCase()]) return undefined;
  if (
    tokens
      .slice(0, end + 1)
      .every((t) => INSTITUTION_HEADS.has(bare(t)) || GENERIC.has(t) || /^(?:of|for|on|and|the)$/.test(t))
  ) {
    return undefined;
  }
  return { text: kept.replace(/[’']s$/, ''), offset };
}

export function recogniseInstitutions(
  doc: IngestDocument,
  reg: Registry,
  isPlace: (s: string) => boolean,
  knownAcronyms: Set<string>,
): void {
  const addNamed = (s: Sentence, start: number, name: string, acronym?: string) => {
    const end = start + name.length;
    // "X of (the) Y" with X a unit word: a unit of Y, which is an institution of its own.
    const unit = /^(.*?\b(\p{L}+)) of (?:the )?(.+)$/u.exec(name);
    // The parent must name a body: several words ("China Mobile") or an acronym ("the CPC"), not "Standards".
    const parentOk = (p: string) => p.includes(' ') || /^[A-Z0-9/&-]{2,}$/.test(p);
    if (
      unit &&
      UNIT_HEADS.has(unit[2]!) &&
      !isPlace(unit[3]!) &&
      /^[A-Z]/.test(unit[3]!) &&
      parentOk(unit[3]!)
    ) {
      const parentName = unit[3]!;
      const parentStart = start + name.lastIndexOf(parentName);
      const parent = reg.addInstitution(parentName, s, [parentStart, acronym ? endOfBracket(s, end) : end], {
        aliases: acronym ? [acronym] : [],
        kind: kindOf(parentName),
      });
      return reg.addInstitution(name, s, [start, end], { partOf: parent, kind: 'unit' });
    }
    return reg.addInstitution(name, s, [start, acronym ? endOfBracket(s, end) : end], {
      aliases: acronym ? [acronym] : [],
      kind: kindOf(name),
    });
  };

  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(CHUNK)) {
      const trimmed = trimChunk(m[0]);
      const after = s.text.slice(m.index! + m[0].length);
      const bracket = BRACKET.exec(after);
      let acronym = bracket && !NOT_ACRONYMS.has(bracket[1]!) ? bracket[1]! + (bracket[2] ?? '') : undefined;
      if (acronym && bracket![2]) acronym = acronym.replace(/\s+/g, ' ');
      const start = s.start + m.index! + (trimmed?.offset ?? 0);
      if (reg.covered(start, start + (trimmed?.text.length ?? m[0].length), 'institution')) continue;
      if (trimmed) {
        if (trimmed.text.split(' ').length === 1 && !acronym && isPlace(trimmed.text)) continue;
        addNamed(s, start, trimmed.text, trimmed.text === m[0].slice(trimmed.offset) ? acronym : undefined);
      } else if (
        acronym &&
        initials(m[0]).length >= 3 &&
        acronym.replace(/[^A-Z]/g, '').startsWith(initials(m[0]).slice(0, 3))
      ) {
        // No institution word, but the bracketed acronym spells the name: an institution all the same.
        const name = m[0].replace(/^(?:The|the)\s+/, '');
        if (!STOP_NAMES.has(name.split(' ')[0]!))
          addNamed(s, s.start + m.index! + m[0].indexOf(name), name, acronym);
      }
    }
  }

  // Acronyms standing for actors.
  const defined = new Set<string>(knownAcronyms);
  for (const inst of reg.institutions.values())
    for (const a of inst.aliases) defined.add(a.replace(/\s+/g, ''));
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(ACRONYM)) {
      const acr = m[1]!;
      if (NOT_ACRONYMS.has(acr) || /^[IVXLC]+$/.test(acr) || acr.replace(/[^A-Z]/g, '').length < 2) continue;
      const start = s.start + m.index!;
      const end = start + acr.length;
      if (
        reg.covered(start, end, 'institution') ||
        reg.mentions.some((x) => x.start <= start && x.end >= end)
      )
        continue;
      const before = s.text.slice(Math.max(0, m.index! - 40), m.index!);
      const after = s.text.slice(m.index! + acr.length, m.index! + acr.length + 30);
      if (/^\s*\(/.test(after) || /\(\s*$/.test(before)) continue; // a bracket definition, handled above
      const isDefined = defined.has(acr.replace(/\s+/g, ''));
      if (
        !isDefined &&
        !ACTOR_BEFORE.test(before) &&
        !ACTOR_AFTER.test(after) &&
        !/^\s+(?:Chairman|Chair|Director|President|Secretary)\b/.test(after)
      )
        continue;
      // The bigger committee a code such as "JTC 1" or "SC 27" belongs to stays part of the name.
      reg.addInstitution(acr, s, [start, end], { kind: kindOf(acr) });
    }
  }

  // "organisations such as A, B, C and D"
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(/\b(?:such as|including|like|namely)\s+/g)) {
      if (!LIST_INTRO.test(s.text.slice(0, m.index! + m[0].length))) continue;
      let cursor = m.index! + m[0].length;
      const rest = s.text.slice(cursor);
      const items =
        /^((?:(?:the\s+)?[A-Z0-9][\p{L}\p{N}&/-]*(?:\s+[A-Z][\p{L}\p{N}&/-]*)*)(?:,\s*(?:and\s+)?|\s+and\s+|\s*$|(?=[.;:)]))){1,12}/u.exec(
          rest,
        );
      if (!items) continue;
      for (const item of items[0].split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        const name = item.trim().replace(/^the\s+/, '');
        const at = s.text.indexOf(name, cursor);
        if (!name || at < 0 || !/^[A-Z0-9]/.test(name)) continue;
        cursor = at + name.length;
        const start = s.start + at;
        if (reg.mentions.some((x) => x.start <= start && x.end >= start + name.length)) continue;
        if (isPlace(name) || STOP_NAMES.has(name.split(' ')[0]!)) continue;
        reg.addInstitution(name, s, [start, start + name.length], { kind: kindOf(name) });
      }
    }
  }
}

function endOfBracket(s: Sentence, end: number): number {
  const rel = end - s.start;
  const m = BRACKET.exec(s.text.slice(rel));
  return m ? end + m[0].length : end;
}

/** An institution named in an apposition ("from Huawei", "at Hewlett-Packard"), if not found already. */
export function institutionAt(
  doc: IngestDocument,
  reg: Registry,
  s: Sentence,
  start: number,
  text: string,
  isPlace: (s: string) => boolean,
): string | undefined {
  // "ETSI's Security co-ordination group": a unit of the body named first.
  const owned =
    /^([A-Z][A-Za-z0-9/-]*(?: \d+)?)[’']s\s+((?:[A-Z]?[\w-]+\s+){0,4}?(?:group|committee|centre|center|office|department|board|council|team|unit|secretariat|division))\b/i.exec(
      text,
    );
  if (owned) {
    const ownerKey =
      reg.findInstitution(owned[1]!) ?? reg.addInstitution(owned[1]!, s, [start, start + owned[1]!.length]);
    const unitStart = start + text.indexOf(owned[2]!);
    return reg.addInstitution(`${owned[1]} ${owned[2]}`, s, [start, unitStart + owned[2]!.length], {
      partOf: ownerKey,
      kind: 'unit',
    });
  }
  const name = text
    .replace(/^the\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[’']s$/, '')
    .trim();
  const offset = text.indexOf(name);
  const absStart = start + offset;
  const found = reg.within(absStart, absStart + text.length + 12, 'institution')[0];
  if (found && found.start <= absStart + 4) return found.key;
  if (!/^[A-Z0-9]/.test(name) || isPlace(name) || name.split(' ').length > 8) return undefined;
  const bracket = /\(([A-Z][A-Za-z0-9/ &-]{1,14})\)\s*$/.exec(text);
  return reg.addInstitution(name, s, [absStart, absStart + name.length], {
    aliases: bracket ? [bracket[1]!] : [],
    kind: kindOf(name),
  });
}
