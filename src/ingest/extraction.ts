/**
 * What the recognisers find in a report, before linking: entities keyed by a normalised name, facts
 * pointing at those keys. Every item carries `at` and the verbatim `quote` that states it.
 */

export interface Stated {
  at: string;
  quote: string;
}

export interface PersonX extends Stated {
  key: string;
  name: string;
  familyName: string;
  givenName?: string;
  honorific?: string;
  aliases: string[];
}

export interface InstitutionX extends Stated {
  key: string;
  name: string;
  aliases: string[];
  kind?: string;
  partOf?: string;
}

export interface PlaceX extends Stated {
  key: string;
  name: string;
  kind: 'city' | 'province' | 'region' | 'country';
  locatedIn?: string;
}

export interface OrganiserX extends Stated {
  institution: string;
  role: string;
}

export interface EventX extends Stated {
  key: string;
  name: string;
  aliases: string[];
  kind: string;
  startDate?: string;
  endDate?: string;
  /** How a date was completed (e.g. a year taken from the publication date). */
  inferred: string[];
  heldIn?: string;
  partOf?: string;
  organisers: OrganiserX[];
}

export interface AffiliationX extends Stated {
  person: string;
  institution: string;
  title?: string;
}

export interface TalkX extends Stated {
  speaker: string;
  event: string;
  kind: 'keynote' | 'talk' | 'panel' | 'remarks';
  /** The words that say what the talk was about, as written. */
  topicPhrase: string;
}

export interface SourceX {
  title?: string;
  url?: string;
  published?: string;
  kind: 'news-article' | 'report' | 'press-release' | 'web-page' | 'recording' | 'other';
  author?: string;
  inferred: string[];
}

export interface Extraction {
  source: SourceX;
  people: PersonX[];
  institutions: InstitutionX[];
  places: PlaceX[];
  events: EventX[];
  affiliations: AffiliationX[];
  talks: TalkX[];
  /** Things seen but not turned into facts, for the review summary. */
  notes: string[];
}
