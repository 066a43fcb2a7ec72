import { locationOf, type Sentence } from './document';
import type { EventX, InstitutionX, PersonX, PlaceX } from './extraction';
import { keyTokens, normKey } from './text-utils';

export type MentionKind = 'person' | 'institution' | 'event' | 'place';

export interface Mention {
  kind: MentionKind;
  key: string;
  start: number;
  end: number;
  /** A family name only ("Mr. Huang"), resolved to a full name once the whole text is read. */
  partial?: boolean;
}

/** Entities found so far, deduplicated by key, and where each was mentioned. */
export class Registry {
  readonly people = new Map<string, PersonX>();
  readonly institutions = new Map<string, InstitutionX>();
  readonly events = new Map<string, EventX>();
  readonly places = new Map<string, PlaceX>();
  readonly mentions: Mention[] = [];

  mention(m: Mention): void {
    if (!this.mentions.some((o) => o.kind === m.kind && o.start === m.start && o.end === m.end)) {
      this.mentions.push(m);
    }
  }

  /** Mentions inside [start, end), in text order. */
  within(start: number, end: number, kind?: MentionKind): Mention[] {
    return this.mentions
      .filter((m) => m.start >= start && m.end <= end && (!kind || m.kind === kind))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Is [start, end) inside a mention of another kind (a place inside an institution's name)? */
  covered(start: number, end: number, except?: MentionKind): boolean {
    return this.mentions.some((m) => m.kind !== except && m.start <= start && m.end >= end);
  }

  addInstitution(
    name: string,
    s: Sentence,
    span: [number, number],
    extra: { aliases?: string[]; partOf?: string; kind?: string } = {},
  ): string {
    const key = institutionKey(name);
    const known = this.findInstitution(name, extra.aliases ?? []);
    const k = known ?? key;
    const inst = this.institutions.get(k);
    if (inst) {
      for (const a of [...(extra.aliases ?? []), name]) {
        if (a !== inst.name && !inst.aliases.includes(a)) inst.aliases.push(a);
      }
      if (!inst.partOf && extra.partOf && extra.partOf !== k) inst.partOf = extra.partOf;
    } else {
      this.institutions.set(k, {
        key: k,
        name,
        aliases: (extra.aliases ?? []).filter((a) => a !== name),
        kind: extra.kind,
        partOf: extra.partOf !== k ? extra.partOf : undefined,
        at: locationOf(s.block),
        quote: this.quote(span),
      });
    }
    this.mention({ kind: 'institution', key: k, start: span[0], end: span[1] });
    return k;
  }

  /** An institution already found under this name or one of these aliases (acronyms included). */
  findInstitution(name: string, aliases: string[] = []): string | undefined {
    const keys = new Set([name, ...aliases].map(institutionKey));
    for (const inst of this.institutions.values()) {
      if ([inst.name, ...inst.aliases].some((n) => keys.has(institutionKey(n)))) return inst.key;
    }
    return undefined;
  }

  text = '';
  quote([start, end]: [number, number]): string {
    return this.text.slice(start, end).trim();
  }
}

/** Acronyms compare without spaces ("TC 260" = "TC260"); names by their normalised key. */
export function institutionKey(name: string): string {
  const compact = name.replace(/[\s-]+/g, '');
  if (/^[A-Z0-9/&]+$/.test(compact) && /[A-Z]/.test(compact)) return compact.toLowerCase();
  return keyTokens(name).join(' ');
}

export const eventKeyOf = (name: string) =>
  keyTokens(
    name
      .replace(/\b(?:19|20)\d{2}\b/g, ' ')
      .replace(
        /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi,
        ' ',
      )
      .replace(/\b(?:this|last|next) year[’']s\b/gi, ' ')
      .replace(/\b(?:annual|latest|the|its|their)\b/gi, ' '),
  ).join(' ');

export const placeKeyOf = (name: string) => normKey(name);
