import { ORGANISER_ROLES } from '../graph/model';
import { locationOf, type IngestDocument, type Sentence } from './document';
import { findDates } from './dates';
import { EVENT_HEADS, ORGANISER_PATTERNS, STOP_NAMES } from './lexicon';
import { eventKeyOf, type Mention, type Registry } from './registry';
import { keyTokens } from './text-utils';

/**
 * Events: names ending in an event word ("Cybersecurity Standards Forum", "2020 China Cybersecurity
 * Week"), names that start with one ("Roundtable on ..."), and numbered meetings of a body ("its 28th
 * plenary meeting"). In each sentence the event that is "part of" another gets the sentence's date and
 * place; the parent gets those of its own parenthesis ("(which was held in Zhengzhou from 14 to 20
 * September 2020)"). "The Forum" refers back to the last forum named. Organiser phrases ("sponsored by",
 * "organised by", "co-organised by", "hosted by", "held by") give roles of the institutions they name.
 */

const HEADS = Object.keys(EVENT_HEADS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(' ', '\\s+'));
// Each word of a head capitalised ("Plenary\s+Meeting"): names are title case.
const HEAD_ALT = HEADS.map((h) =>
  h.replace(/(^|s\+)([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
).join('|');
const ORD =
  '(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|latest|inaugural)';
const NAMED = new RegExp(
  `(?:(?:[Tt]his|[Ll]ast)\\s+year[’']s\\s+)?(?:(?:19|20)\\d{2}\\s+)?(?:${ORD}\\s+)*` +
    `(?:(?:[A-Z][\\p{L}\\p{N}&’'/-]*|\\d+(?:/[A-Z][\\w-]*)?)\\s+(?:(?:of|on|for|and)\\s+)?){0,7}?(?:${HEAD_ALT})(?![\\p{L}])` +
    `(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?[A-Z][^.;:()]*?(?=\\s+(?:was|were|is|are|has|had|took|will|held|in\\s+(?:19|20)\\d\\d)\\b|[.;:(]|,\\s+[a-z]|$))?` +
    `(?:\\s+(?:19|20)\\d{2}\\b)?`,
  'gu',
);
const NUMBERED = new RegExp(
  `\\b(?:its|their|the)\\s+(${ORD}\\s+(?:[a-z]+\\s+){0,2}?(?:${HEADS.join('|')}))\\b`,
  'g',
);
/** "the SC 27 plenary meeting": a body's code, then a lower-case meeting word. */
const CODED = new RegExp(
  `\\b((?:[A-Z][A-Z0-9/&-]+(?: \\d{1,3})?(?:/[A-Z]+ \\d{1,3})?\\s+){1,3}(?:plenary|annual|general|technical|working|standards)\\s+(?:${HEADS.join('|')}))\\b`,
  'g',
);
const ANAPHOR = new RegExp(`\\b(?:the|this|that)\\s+(${HEADS.join('|')}|event)\\b`, 'gi');
const PART_OF_CUE =
  /\b(?:as part of|part of|one of the [\w\s]{0,30}?(?:activities|events|sessions|highlights) (?:of|at|during)|within|during|on the sidelines of|in the framework of|under|at)\s+(?:the\s+)?(?:activities\s+(?:scheduled\s+)?(?:for|of)\s+(?:the\s+)?)?$/i;

/** The event word that names the kind: the first of a "Roundtable on ..." name, else the last one. */
export function headOf(name: string): string {
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  const heads = Object.keys(EVENT_HEADS).sort((a, b) => b.length - a.length);
  const first = new RegExp(`^(?:.*?\\b)?(${heads.join('|')}) (?:on|of|for)\\b`).exec(lower);
  if (first) return first[1]!;
  let best = '';
  let bestAt = -1;
  for (const h of heads) {
    const at = lower.lastIndexOf(h);
    if (at > bestAt) {
      best = h;
      bestAt = at;
    }
  }
  return best || 'meeting';
}

function cleanName(raw: string): string {
  return raw
    .replace(/^(?:(?:the|this|last)\s+year[’']s\s+)/i, '')
    .replace(new RegExp(`^(?:${ORD}\\s+)+`, 'i'), '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface SentenceEvent {
  key: string;
  start: number;
  end: number;
  parent: boolean;
}

export function recogniseEvents(
  doc: IngestDocument,
  reg: Registry,
  isPlace: (s: string) => boolean,
  reference?: string,
): string[] {
  const notes: string[] = [];
  let currentSentence: Sentence | undefined;
  const lastByHead = new Map<string, string>();
  let lastEvent: string | undefined;
  const supported = new Set<string>(ORGANISER_ROLES);

  const findOrAdd = (raw: string, s: Sentence, start: number, end: number): string | undefined => {
    let name = cleanName(raw);
    const first = name.split(' ')[0]!;
    if (STOP_NAMES.has(first) && name.includes(' ')) name = name.slice(first.length + 1);
    const words = name.split(' ');
    // A bare head ("Forum", "Week") is a reference back, not a name.
    if (words.length === 1 || words.every((w) => EVENT_HEADS[w.toLowerCase()] || /^(?:19|20)\d\d$/.test(w)))
      return undefined;
    if (isPlace(name)) return undefined;
    const key = eventKeyOf(name);
    let existing = reg.events.get(key);
    if (!existing) {
      const tokens = new Set(keyTokens(key));
      for (const e of reg.events.values()) {
        const other = new Set(keyTokens(e.key));
        const inter = [...tokens].filter((t) => other.has(t)).length;
        if (headOf(e.name) === headOf(name) && inter / Math.max(tokens.size, other.size) >= 0.75)
          existing = e;
      }
    }
    if (existing) {
      if (name !== existing.name && !existing.aliases.includes(name)) existing.aliases.push(name);
      reg.mention({ kind: 'event', key: existing.key, start, end });
      return existing.key;
    }
    const head = headOf(name);
    reg.events.set(key, {
      key,
      name,
      aliases: [],
      kind: EVENT_HEADS[head] ?? 'other',
      inferred: [],
      organisers: [],
      at: locationOf(s.block),
      quote: doc.text.slice(start, end),
    });
    reg.mention({ kind: 'event', key, start, end });
    return key;
  };

  for (const s of doc.sentences) {
    currentSentence = s;
    const found: SentenceEvent[] = [];
    const claim = (key: string | undefined, relStart: number, relEnd: number) => {
      if (!key) return;
      const before = s.text.slice(Math.max(0, relStart - 80), relStart);
      found.push({ key, start: relStart, end: relEnd, parent: PART_OF_CUE.test(before) });
    };
    for (const m of s.text.matchAll(NAMED)) {
      const raw = m[0].trimEnd();
      const relStart = m.index!;
      if (found.some((f) => relStart < f.end && relStart + raw.length > f.start)) continue;
      const key = findOrAdd(raw, s, s.start + relStart, s.start + relStart + raw.length);
      if (key) claim(key, relStart, relStart + raw.length);
    }
    for (const m of s.text.matchAll(NUMBERED)) {
      const relStart = m.index! + m[0].indexOf(m[1]!);
      if (found.some((f) => relStart < f.end && relStart >= f.start)) continue;
      // "its 28th plenary meeting": named after the body the sentence is about.
      const owner = reg.within(s.start, s.start + relStart, 'institution').at(-1);
      const ownerName = owner
        ? (reg.institutions.get(owner.key)!.aliases.find((a) => /^[A-Z0-9 /]+$/.test(a)) ??
          reg.institutions.get(owner.key)!.name)
        : '';
      const phrase = m[1]!.replace(/\b([a-z])/g, (c) => c.toUpperCase());
      const key = findOrAdd(
        `${ownerName} ${phrase}`.trim(),
        s,
        s.start + relStart,
        s.start + relStart + m[1]!.length,
      );
      if (key) claim(key, relStart, relStart + m[1]!.length);
    }
    for (const m of s.text.matchAll(CODED)) {
      const relStart = m.index! + m[0].indexOf(m[1]!);
      if (found.some((f) => relStart < f.end && relStart + m[1]!.length > f.start)) continue;
      const name = m[1]!.replace(/\b([a-z])/g, (c) => c.toUpperCase());
      const key = findOrAdd(name, s, s.start + relStart, s.start + relStart + m[1]!.length);
      if (key) claim(key, relStart, relStart + m[1]!.length);
    }
    for (const m of s.text.matchAll(ANAPHOR)) {
      const relStart = m.index!;
      if (found.some((f) => relStart < f.end && relStart + m[0].length > f.start)) continue;
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const key = head === 'event' ? lastEvent : lastByHead.get(head);
      if (!key) continue;
      reg.mention({ kind: 'event', key, start: s.start + relStart, end: s.start + relStart + m[0].length });
      claim(key, relStart, relStart + m[0].length);
    }
    found.sort((a, b) => a.start - b.start);
    if (found.length === 0) continue;

    // Dates and places: a parenthesis right after an event is about that event.
    let rest = s.text;
    for (const f of found) {
      const paren = /^\s*\(([^)]*)\)/.exec(s.text.slice(f.end));
      if (!paren) continue;
      const inner = paren[1]!;
      const innerStart = f.end + paren[0].indexOf(inner);
      assign(f.key, inner, innerStart);
      rest = rest.slice(0, innerStart) + ' '.repeat(inner.length) + rest.slice(innerStart + inner.length);
    }
    const children = found.filter((f) => !f.parent);
    const parents = found.filter((f) => f.parent);
    const target = children[0] ?? parents[0]!;
    assign(target.key, rest, 0);
    for (const c of children) {
      const p = parents[0];
      const ev = reg.events.get(c.key)!;
      if (p && p.key !== c.key && !ev.partOf) ev.partOf = p.key;
    }
    organisers(s, target.key);
    for (const f of found) {
      lastByHead.set(headOf(reg.events.get(f.key)!.name), f.key);
      lastEvent = f.key;
    }
  }

  function assign(key: string, text: string, relStart: number): void {
    const ev = reg.events.get(key)!;
    const s = currentSentence!;
    if (!ev.startDate) {
      const d = findDates(text, reference)[0];
      if (d) {
        ev.startDate = d.start;
        ev.endDate = d.end;
        ev.inferred.push(...d.inferred);
        // The event's quote is the sentence that dates it: the smallest span stating name and date together.
        ev.quote = s.text;
        ev.at = locationOf(s.block);
      }
    }
    if (!ev.heldIn) {
      const places = reg
        .within(s.start + relStart, s.start + relStart + text.length, 'place')
        .filter((p) => /\b(?:in|at)\s+(?:the\s+city\s+of\s+)?$/.test(doc.text.slice(p.start - 20, p.start)))
        // "Roundtable on ... Protection in China": a place inside an event's name is its scope.
        .filter((p) => !reg.mentions.some((m) => m.kind === 'event' && m.start < p.start && m.end >= p.end));
      if (places[0]) ev.heldIn = places[0].key;
    }
  }

  function organisers(s: Sentence, eventKey: string): void {
    const taken: [number, number][] = [];
    for (const [re, role] of ORGANISER_PATTERNS) {
      for (const m of s.text.matchAll(new RegExp(re.source, 'gi'))) {
        const a = m.index!;
        const b = a + m[0].length;
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        taken.push([a, b]);
        // The institutions right after "by", joined by "and" or commas.
        const insts: Mention[] = [];
        let cursor = s.start + b;
        for (const inst of reg.within(s.start + b, s.start + s.text.length, 'institution')) {
          const gap = doc.text.slice(cursor, inst.start);
          if (!/^\s*(?:(?:,|and|,\s*and|as well as)\s*)?(?:the\s+)?$/i.test(gap)) break;
          insts.push(inst);
          cursor = inst.end;
          // Skip a bracketed acronym.
          const br = /^\s*\([^)]*\)/.exec(doc.text.slice(cursor));
          if (br) cursor += br[0].length;
        }
        for (const inst of insts) {
          const ev = reg.events.get(eventKey)!;
          const quote = doc.text.slice(s.start + a, inst.end).trim();
          if (!supported.has(role)) {
            notes.push(
              `${role.toLowerCase()} role of "${reg.institutions.get(inst.key)!.name}" for "${ev.name}" is not in the seed format yet (${locationOf(s.block)})`,
            );
            continue;
          }
          if (!ev.organisers.some((o) => o.institution === inst.key && o.role === role)) {
            ev.organisers.push({ institution: inst.key, role, at: locationOf(s.block), quote });
          }
        }
      }
    }
  }

  // "ETSI Security Workshop", "SESEC Roundtable": an event named after a body is organised by it.
  for (const ev of reg.events.values()) {
    if (ev.organisers.length > 0 || !supported.has('ORGANISED')) continue;
    const first = ev.name.split(' ')[0]!;
    if (!/^[A-Z][A-Z0-9/-]+$/.test(first)) continue;
    const inst = reg.findInstitution(first);
    const m = reg.mentions.find(
      (x) => x.kind === 'event' && x.key === ev.key && doc.text.slice(x.start, x.end).includes(first),
    );
    if (!inst || !m) continue;
    const block = doc.blocks.find((b) => b.start <= m.start && m.start <= b.start + b.text.length)!;
    ev.organisers.push({
      institution: inst,
      role: 'ORGANISED',
      at: locationOf(block),
      quote: doc.text.slice(m.start, m.end),
    });
  }
  return notes;
}
