/**
 * The parts of the seed format (docs/seed-format.md) the ingester writes and reads, typed here so the
 * ingester does not depend on how src/graph/seed derives its own types. The seed validator remains the
 * judge of a draft: `--accept` runs it.
 */
interface Stated {
  at: string;
  quote?: string;
}
export interface SeedPlace extends Stated {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
  locatedIn?: string;
}
export interface SeedInstitution extends Stated {
  id: string;
  name: string;
  aliases?: string[];
  kind?: string;
  partOf?: string;
}
export interface SeedPerson extends Stated {
  id: string;
  name: string;
  familyName: string;
  givenName?: string;
  honorific?: string;
  aliases?: string[];
}
export interface SeedTopic extends Stated {
  id: string;
  name: string;
  aliases?: string[];
  broader?: string[];
}
export interface SeedOrganiser extends Stated {
  institution: string;
  role: string;
}
export interface SeedEvent extends Stated {
  id: string;
  name: string;
  kind: string;
  startDate: string;
  endDate?: string;
  aliases?: string[];
  heldIn?: string;
  partOf?: string;
  organisers?: SeedOrganiser[];
}
export interface SeedAffiliation extends Stated {
  person: string;
  institution: string;
  title?: string;
  asOf?: string;
}
export interface SeedTalk extends Stated {
  id: string;
  title: string;
  kind?: string;
  speaker: string;
  event: string;
  topics: string[];
  date?: string;
}
export interface SeedSource {
  id: string;
  title: string;
  kind: string;
  published?: string;
  authors?: string[];
  url?: string;
  notes?: string;
}
export interface SeedShape {
  source: SeedSource;
  places?: SeedPlace[];
  institutions?: SeedInstitution[];
  people?: SeedPerson[];
  topics?: SeedTopic[];
  events?: SeedEvent[];
  affiliations?: SeedAffiliation[];
  talks?: SeedTalk[];
  directives?: { id: string }[];
  review?: unknown;
}
