import { documentYear, findDates } from './dates';
import { locationOf, type IngestDocument } from './document';
import { recogniseEvents } from './events';
import type { Extraction, SourceX } from './extraction';
import { recogniseInstitutions } from './institutions';
import { parseName, personKey, recognisePeople, resolvePartialPeople } from './people';
import { PlaceRecogniser } from './places';
import { Registry } from './registry';
import { recogniseTalksAndAffiliations } from './talks';

/** What the extractor may know in advance: names from the seed files and the graph. */
export interface Hints {
  knownPeople?: string[];
  knownAcronyms?: Set<string>;
}

const BYLINE = /^By\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,2})(?:\s*(?:,|on)\s+(.+))?$/u;

/** Runs the recognisers in order: places, people, institutions, events, then the facts that tie them. */
export function extract(doc: IngestDocument, hints: Hints = {}): Extraction {
  const reg = new Registry();
  reg.text = doc.text;
  const notes: string[] = [];
  const places = new PlaceRecogniser(reg);
  places.recognise(doc);

  const source: SourceX = {
    title: doc.meta.title,
    url: doc.meta.url,
    published: doc.meta.published,
    kind: /press[- ]release/i.test(`${doc.meta.url ?? ''} ${doc.meta.title ?? ''}`)
      ? 'press-release'
      : 'news-article',
    inferred: [],
  };

  // The byline: "By Haley WU on 28 September".
  const first = doc.blocks[0];
  const byline = first ? BYLINE.exec(first.text) : null;
  const year = documentYear(doc.text, doc.meta.published);
  if (byline && first) {
    const tokens = byline[1]!.split(/\s+/);
    const parsed = parseName(tokens);
    const key = personKey(parsed.familyName, parsed.givenName);
    const name = parsed.chineseOrder
      ? `${parsed.familyName} ${parsed.givenName}`
      : `${parsed.givenName} ${parsed.familyName}`;
    const start = first.start + first.text.indexOf(byline[1]!);
    reg.people.set(key, {
      key,
      name,
      familyName: parsed.familyName,
      givenName: parsed.givenName,
      aliases: [],
      at: locationOf(first),
      quote: byline[1]!,
    });
    reg.mention({ kind: 'person', key, start, end: start + byline[1]!.length });
    source.author = key;
    if (!source.published && byline[2] && year) {
      const d = findDates(byline[2], `${year}-12-31`)[0];
      if (d && !d.start.startsWith('0000')) {
        source.published = d.start;
        source.inferred.push(
          ...d.inferred.map((i) => i.replace('publication date', 'year most cited in the report')),
        );
      }
    }
  }
  const reference = source.published ?? (year ? `${year}-12-31` : undefined);

  recognisePeople(doc, reg, 'strong', places.isPlace, hints.knownPeople);
  recogniseInstitutions(doc, reg, places.isPlace, hints.knownAcronyms ?? new Set());
  recognisePeople(doc, reg, 'weak', places.isPlace);
  resolvePartialPeople(doc, reg);
  notes.push(...recogniseEvents(doc, reg, places.isPlace, reference));
  const { affiliations, talks } = recogniseTalksAndAffiliations(doc, reg, places.isPlace);

  // An event named without a date takes its parent's start date (marked as inferred), else it is left out.
  const events = [...reg.events.values()];
  for (const e of events) {
    if (e.startDate) continue;
    const parent = events.find(
      (p) =>
        p.key !== e.key &&
        p.startDate &&
        (e.partOf === p.key || e.name.includes(p.name.replace(/\s*(?:19|20)\d\d$/, ''))),
    );
    if (parent) {
      e.startDate = parent.startDate;
      e.partOf ??= parent.key;
      e.heldIn ??= parent.heldIn;
      e.inferred.push(`no date of its own; the start date of "${parent.name}" taken`);
      continue;
    }
    // "After the opening ceremony, the first event was the third ... Conference": same paragraph, same day.
    const para = e.at.replace(/, item \d+$/, '');
    const neighbour = events.find(
      (p) => p.key !== e.key && p.startDate && p.at.replace(/, item \d+$/, '') === para,
    );
    if (neighbour) {
      e.startDate = neighbour.startDate;
      e.heldIn ??= neighbour.heldIn;
      e.inferred.push(
        `no date of its own; the date of "${neighbour.name}", named in the same paragraph, taken`,
      );
    }
  }
  const dated = events.filter((e) => e.startDate);
  for (const e of events.filter((x) => !x.startDate))
    notes.push(`event "${e.name}" (${e.at}) has no date; left out`);
  const datedKeys = new Set(dated.map((e) => e.key));
  for (const e of dated) {
    if (!/(?:19|20)\d\d/.test(e.name) && e.startDate && !e.startDate.startsWith('0000')) {
      e.aliases.unshift(e.name);
      e.name = `${e.name} ${e.startDate.slice(0, 4)}`;
    }
    if (e.partOf && !datedKeys.has(e.partOf)) e.partOf = undefined;
  }
  // A person mentioned only as an author or in passing stays; talks need an event that has a date.
  return {
    source,
    people: [...reg.people.values()],
    institutions: [...reg.institutions.values()],
    places: [...reg.places.values()],
    events: dated,
    affiliations,
    talks: talks.filter((t) => datedKeys.has(t.event)),
    notes,
  };
}
