import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
};

export type AcceptReportInput = {
  /** Corrections, applied before the rejections, by the keys of the draft as given. */
  corrections?: InputMaybe<Array<DraftCorrection>>;
  /** Keys of facts to leave out. */
  reject?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The report's text as draftReport gave it: quotes are checked against it and it is stored beside the seed file. */
  text: Scalars['String']['input'];
  /** The draft as draftReport gave it (or edited by hand). */
  yaml: Scalars['String']['input'];
};

export type AcceptResult = {
  __typename?: 'AcceptResult';
  /** The seed file written, relative to the seeds folder. */
  file: Scalars['String']['output'];
  /** What the seed load wrote, over all seed files, in one transaction. */
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sourceId: Scalars['ID']['output'];
};

/**
 * A person's affiliation with an institution, with the title the source gives. It holds from `from` to
 * `to` where the source says (either may be missing: open); an affiliation with neither is known only on
 * `asOf`, the day the source attests it, and is taken to hold on any day unless a dated affiliation with
 * the same institution holds on that day.
 */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The date the source attests the affiliation. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** First day the title was held, where known. */
  from?: Maybe<Scalars['Date']['output']>;
  institution: Institution;
  person: Person;
  provenance: Provenance;
  title?: Maybe<Scalars['String']['output']>;
  /** Last day the title was held, where known. */
  to?: Maybe<Scalars['Date']['output']>;
};

export type AffiliationInput = {
  /** The date the source attests the affiliation. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** First day the affiliation held, when the source says. */
  from?: InputMaybe<Scalars['Date']['input']>;
  institution: Scalars['ID']['input'];
  person: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** Last day it held, when the source says; not before from. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One write to the graph. */
export type Change = {
  __typename?: 'Change';
  /** seed-load, ingest-accept, create, update, relate, add-alias, merge, undo-merge, mark-not-same, ... */
  action: Scalars['String']['output'];
  /** The state after, as JSON text. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO date-time. */
  at: Scalars['String']['output'];
  /** The state before, as JSON text (properties, facts), where the change has one. */
  before?: Maybe<Scalars['String']['output']>;
  /** The token's name (API), the user (command line) or seed-loader. */
  by: Scalars['String']['output'];
  /** Anything else recorded (the decision's id, counts, files), as JSON text. */
  details?: Maybe<Scalars['String']['output']>;
  /** The entities it touched, as Kind:id. */
  entities: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type Decision = {
  __typename?: 'Decision';
  /** ISO date-time. */
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  /** When it was undone or withdrawn; null while it stands. */
  endedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DecisionKind;
  reason?: Maybe<Scalars['String']['output']>;
  /** What it is about, as Kind:id (the kept and dropped entities, the pair, the source, the fact's ends). */
  subjects: Array<Scalars['String']['output']>;
};

export type DecisionKind =
  | 'MERGE'
  | 'NOT_SAME'
  | 'RETRACTION'
  | 'SUPPRESSION';

/** A policy direction, e.g. a set of principles or decisions, that events cite. */
export type Directive = Entity & {
  __typename?: 'Directive';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuedBy: Array<Issuance>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  points: Array<DirectivePoint>;
  referencedBy: Array<DirectiveReference>;
  sources: Array<Source>;
};

/** One thing a directive calls for. */
export type DirectivePoint = {
  __typename?: 'DirectivePoint';
  directive: Directive;
  point: Scalars['String']['output'];
  provenance: Provenance;
  topic: Topic;
};

/** An event citing a directive. */
export type DirectiveReference = {
  __typename?: 'DirectiveReference';
  context?: Maybe<Scalars['String']['output']>;
  directive: Directive;
  event: Event;
  provenance: Provenance;
};

export type DraftCandidate = {
  __typename?: 'DraftCandidate';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

/** A reviewer's correction: set `field` of the fact `key` (a fact's `fields`; `value` for an end such as heldIn). */
export type DraftCorrection = {
  field: Scalars['String']['input'];
  key: Scalars['ID']['input'];
  /** The new value; empty clears an optional field. */
  value: Scalars['String']['input'];
};

export type DraftEnd = {
  __typename?: 'DraftEnd';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An entity of a draft and how it was linked to what the graph already holds. */
export type DraftEntity = {
  __typename?: 'DraftEntity';
  /** The name as the report gives it. */
  as: Scalars['String']['output'];
  /** Existing entities it resembles, best first (for uncertain ones), or the one it was linked to. */
  candidates: Array<DraftCandidate>;
  confidence: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Values the ingester inferred rather than read (e.g. a year), to check. */
  inferred: Array<Scalars['String']['output']>;
  /** exact, alias, normalised or acronym (linked to an existing entity), new, or uncertain (new, but similar to candidates). */
  link: Scalars['String']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  quote?: Maybe<Scalars['String']['output']>;
  /** The seed section: people, institutions, places, events, topics or source. */
  section: Scalars['String']['output'];
  span?: Maybe<TextSpan>;
};

/** One fact of a draft, named by its path in the draft (e.g. affiliations[2], events[0].organisers[1]). */
export type DraftFact = {
  __typename?: 'DraftFact';
  /** What else it says: an affiliation's title, a talk's event and topics. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The fields a reviewer may correct (DraftCorrection.field), with their values in the draft. */
  fields: Array<DraftField>;
  from: DraftEnd;
  key: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  /** Where the quote is in the text; null when it is not found (accept would then refuse the draft). */
  span?: Maybe<TextSpan>;
  to: DraftEnd;
  /** The relationship it becomes, e.g. AFFILIATED_WITH, ORGANISED, GAVE, HELD_IN. */
  type: Scalars['String']['output'];
};

export type DraftField = {
  __typename?: 'DraftField';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  a: EntityRef;
  b: EntityRef;
  /** Why they look alike, e.g. 'same name without punctuation', 'acronym of', '3 shared neighbours'. */
  evidence: Array<Scalars['String']['output']>;
  /** 0 to 1. */
  score: Scalars['Float']['output'];
};

/** A priority an event stressed. */
export type Emphasis = {
  __typename?: 'Emphasis';
  directive?: Maybe<Directive>;
  event: Event;
  point: Scalars['String']['output'];
  provenance: Provenance;
  topic: Topic;
};

/** Anything with an id in the graph. Ids are human-readable slugs, unique per kind. */
export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** The source documents this entity is stated in. */
  sources: Array<Source>;
};

/** Every kind of entity in the graph. */
export type EntityKind =
  | 'DIRECTIVE'
  | 'EVENT'
  | 'INSTITUTION'
  | 'PERSON'
  | 'PLACE'
  | 'SOURCE'
  | 'STANDARD'
  | 'TALK'
  | 'TOPIC';

/** An entity named by kind and id, also when it no longer exists (after a retraction or a delete). */
export type EntityRef = {
  __typename?: 'EntityRef';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name?: Maybe<Scalars['String']['output']>;
};

export type Event = Entity & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Priorities the event stressed. */
  emphasised: Array<Emphasis>;
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  organisers: Array<Organiser>;
  /** The larger event this one was part of. */
  partOf?: Maybe<Event>;
  parts: Array<Event>;
  place?: Maybe<Place>;
  /** True when the source says the event was recorded. */
  recorded?: Maybe<Scalars['Boolean']['output']>;
  /** Policy directions the event cited. */
  references: Array<DirectiveReference>;
  sources: Array<Source>;
  speakers: Array<Person>;
  /** Standards presented or discussed at the event. */
  standards: Array<Standard>;
  startDate: Scalars['Date']['output'];
  talks: Array<Talk>;
  /** forum, week, conference, workshop, meeting, plenary, webinar or other. */
  type: Scalars['String']['output'];
};


export type EventOrganisersArgs = {
  role?: InputMaybe<OrganiserRole>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventCount = {
  __typename?: 'EventCount';
  count: Scalars['Int']['output'];
  event: Event;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events starting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Matches name or alias, case-insensitive substring. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Events an institution sponsored, organised or co-organised. */
  organiser?: InputMaybe<Scalars['ID']['input']>;
  /** Events that are part of this event. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
  /** Events held in this place or anywhere inside it. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Events starting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Events with a talk on this topic or a narrower one. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

export type EventInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  partOf?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  type?: Scalars['String']['input'];
};

export type EventOrder = {
  direction?: SortDirection;
  field?: EventOrderField;
};

export type EventOrderField =
  | 'NAME'
  | 'START_DATE';

export type EventUpdate = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  partOf?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A fact a source states: one relationship of the graph (any type but MENTIONED_IN), with where in the
 * source it is stated. The same shape serves every fact, whatever its type.
 */
export type Fact = {
  __typename?: 'Fact';
  /** Written or changed by a curator through the API. */
  curated: Scalars['Boolean']['output'];
  /** The start of the relationship, e.g. the person of an affiliation. */
  from: Entity;
  /** The relationship's element id: opaque, stable while the relationship exists. */
  id: Scalars['ID']['output'];
  /** Where in the source the fact is stated, e.g. "paragraph 5". */
  location?: Maybe<Scalars['String']['output']>;
  /** The relationship's own properties that are set (title, asOf, point, directive, context), as text. */
  properties: Array<FactProperty>;
  /** The words of the source that state the fact, verbatim. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Loaded from a seed file (reloading the seeds rewrites it). */
  seeded: Scalars['Boolean']['output'];
  /** The source that states it. */
  source: Source;
  /** The end of the relationship, e.g. the institution of an affiliation. */
  to: Entity;
  /** The relationship type, e.g. AFFILIATED_WITH, GAVE, ORGANISED. */
  type: Scalars['String']['output'];
};

export type FactConnection = {
  __typename?: 'FactConnection';
  edges: Array<FactEdge>;
  nodes: Array<Fact>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactEdge = {
  __typename?: 'FactEdge';
  cursor: Scalars['String']['output'];
  node: Fact;
};

/** One property of a fact, e.g. an affiliation's title. */
export type FactProperty = {
  __typename?: 'FactProperty';
  name: Scalars['String']['output'];
  /** Dates as YYYY-MM-DD, booleans as true or false. */
  value: Scalars['String']['output'];
};

/** A property to set on a fact; a null value clears it. Dates as YYYY-MM-DD. */
export type FactPropertyInput = {
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A fact as a record, also when it no longer exists: its type, ends and provenance. */
export type FactRecord = {
  __typename?: 'FactRecord';
  from: EntityRef;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  /** Stated by a seed file (as opposed to curated through the API). */
  seeded: Scalars['Boolean']['output'];
  to: EntityRef;
  type: Scalars['String']['output'];
};

/** A typed, directed relationship with its provenance. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  from: Scalars['ID']['output'];
  /** Relationship-specific detail: an affiliation's title, an emphasis' point... */
  label?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  /** The words of the source that state the fact, verbatim. */
  quote?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A node in a path or subgraph. key is "Kind:id", unique across kinds. */
export type GraphNode = {
  __typename?: 'GraphNode';
  entity: Entity;
  id: Scalars['ID']['output'];
  key: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
};

export type Institution = Entity & {
  __typename?: 'Institution';
  aliases: Array<Scalars['String']['output']>;
  /** Events this institution sponsored, organised, co-organised, hosted, chaired or ran the secretariat of; filter by role. */
  events: Array<Organiser>;
  id: Scalars['ID']['output'];
  issued: Array<Issuance>;
  kind: EntityKind;
  /** National committees that mirror this one. */
  mirroredBy: Array<Institution>;
  /** International committees this national committee mirrors. */
  mirrors: Array<Institution>;
  name: Scalars['String']['output'];
  /** The larger body this institution is a unit of. */
  partOf?: Maybe<Institution>;
  /** People affiliated with this institution (directly, not through its units); with asOf, only affiliations that hold on that day. */
  people: Array<Affiliation>;
  /** Institutions holding this committee's secretariat. */
  secretariat: Array<Institution>;
  /** Committees whose secretariat this institution holds. */
  secretariatOf: Array<Institution>;
  sources: Array<Source>;
  /** Standards this committee or working group develops. */
  standards: Array<Standard>;
  /** Talks given by people affiliated with this institution. */
  talks: Array<Talk>;
  /** standards-body, government, company, university, research, unit, committee, working-group or other. */
  type?: Maybe<Scalars['String']['output']>;
  units: Array<Institution>;
};


export type InstitutionEventsArgs = {
  role?: InputMaybe<OrganiserRole>;
};


export type InstitutionPeopleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  nodes: Array<Institution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionCount = {
  __typename?: 'InstitutionCount';
  count: Scalars['Int']['output'];
  institution: Institution;
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionFilter = {
  event?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Institutions that had this role at an event (any event unless `event` is given). */
  role?: InputMaybe<OrganiserRole>;
};

export type InstitutionInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  partOf?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type InstitutionUpdate = {
  name?: InputMaybe<Scalars['String']['input']>;
  partOf?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Who issued a directive, with the title they held. */
export type Issuance = {
  __typename?: 'Issuance';
  directive: Directive;
  issuer: Issuer;
  provenance: Provenance;
  title?: Maybe<Scalars['String']['output']>;
};

export type Issuer = Institution | Person;

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

export type MatrixCell = {
  __typename?: 'MatrixCell';
  /** Position of the cell's column in TalkMatrix.columns (from 0). */
  column: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
};

export type MatrixColumn = {
  __typename?: 'MatrixColumn';
  /** Talks in this column, whatever their topic. */
  count: Scalars['Int']['output'];
  /** Set when the columns are INSTITUTION. */
  institution?: Maybe<Institution>;
  /** Set when the columns are PERSON. */
  person?: Maybe<Person>;
};

/** What the columns of the talk matrix are. */
export type MatrixColumns =
  /** The institution of the speaker's affiliation on the talk's date (Talk.speakerAffiliation). */
  | 'INSTITUTION'
  /** The speaker (Talk.speaker). */
  | 'PERSON';

export type MatrixRow = {
  __typename?: 'MatrixRow';
  /** The non-empty cells of this row. */
  cells: Array<MatrixCell>;
  /** Talks on this topic (with rollUp, or one under it) in the returned columns. */
  count: Scalars['Int']['output'];
  topic: Topic;
};

export type MergeResult = {
  __typename?: 'MergeResult';
  addedAliases: Array<Scalars['String']['output']>;
  decision: Decision;
  /** The dropped entity's id, which now redirects to the kept one (after an undo: exists again). */
  dropped: Scalars['ID']['output'];
  /** The kept entity, as it is now (after an undo: the one that was kept). */
  kept: EntityRef;
  /** Facts now attached to the kept entity (or, after an undo, back on the dropped one). */
  movedFacts: Scalars['Int']['output'];
  /** Facts kept aside because the kept entity already had them (or linked the two); the undo restores them. */
  parkedFacts: Scalars['Int']['output'];
};

/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts a reviewed draft (curator role) as `npm run ingest -- --accept` does: validated with every seed
   * file (schema, references, quotes against the text), written into the seeds folder with its text, and
   * the seed graph loaded in one transaction; on any failure nothing is kept (BAD_USER_INPUT with the
   * seed problems in extensions.problems).
   */
  acceptReport: AcceptResult;
  /** Adds an alternative name to an institution, topic, person, event or place. */
  addAlias: Entity;
  /** Corrects one fact's properties (those its type has, and location and quote). */
  correctFact: FactRecord;
  createEvent: Event;
  createInstitution: Institution;
  createPerson: Person;
  /** Registers a source document; facts added by the other mutations cite it. */
  createSource: Source;
  createTopic: Topic;
  /** Deletes an entity and its curated facts; refused (CONFLICT, with the facts) while seed files hold it. */
  deleteEntity: EntityRef;
  /** Deletes one fact (by Fact id); a fact from a seed file stays suppressed across reloads. */
  deleteFact: FactRecord;
  /**
   * Drafts a report as `npm run ingest` does (curator role): extraction, linking against the seed files and
   * the graph, nothing written. A mutation so it is never sent by GET or cached. Reports up to 5 MiB; the
   * request body may be up to 8 MB for curators (other requests keep HTTP_BODY_LIMIT).
   */
  draftReport: ReportDraft;
  /** Links a person to an institution with a title, as of a date. */
  linkAffiliation: Affiliation;
  /** Records that two entities are different: never merged or suggested as duplicates while it stands. */
  markNotSame: Decision;
  /**
   * Merges `drop` into `keep` (same kind): facts, aliases and sources move to `keep`; `drop`'s id redirects
   * to it. Refused (CONFLICT) when the pair is marked as different.
   */
  mergeEntities: MergeResult;
  /** Records that a person gave a talk at an event, on one or more topics. */
  recordTalk: Talk;
  /**
   * Retracts a source: the facts only it states go, entities only it states go, other sources' facts stay.
   * With dryRun, reports the same without writing.
   */
  retractSource: RetractionReport;
  /** Takes a merge back: both entities exactly as they were. */
  undoMerge: MergeResult;
  updateEvent: Event;
  updateInstitution: Institution;
  updatePerson: Person;
  updateTopic: Topic;
  /** Withdraws a "not the same" mark or a retraction (the retracted source's seed file loads again). */
  withdrawDecision: Decision;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationAcceptReportArgs = {
  input: AcceptReportInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: EntityKind;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCorrectFactArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  set: Array<FactPropertyInput>;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCreateEventArgs = {
  input: EventInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCreateInstitutionArgs = {
  input: InstitutionInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCreatePersonArgs = {
  input: PersonInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCreateSourceArgs = {
  input: SourceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationCreateTopicArgs = {
  input: TopicInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
  kind: EntityKind;
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationDeleteFactArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationDraftReportArgs = {
  input: ReportInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationLinkAffiliationArgs = {
  input: AffiliationInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationMarkNotSameArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  kind: EntityKind;
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationMergeEntitiesArgs = {
  drop: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
  kind: EntityKind;
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationRecordTalkArgs = {
  input: TalkInput;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationRetractSourceArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationUndoMergeArgs = {
  decision: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventUpdate;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationUpdateInstitutionArgs = {
  id: Scalars['ID']['input'];
  input: InstitutionUpdate;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: PersonUpdate;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationUpdateTopicArgs = {
  id: Scalars['ID']['input'];
  input: TopicUpdate;
  provenance: ProvenanceInput;
};


/** Curation. Every mutation needs `Authorization: Bearer <API_TOKEN>`; without API_TOKEN configured they are disabled. */
export type MutationWithdrawDecisionArgs = {
  decision: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type NameOrder = {
  direction?: SortDirection;
  field?: NameOrderField;
};

export type NameOrderField =
  | 'ID'
  | 'NAME';

/** An institution's role in an event. */
export type Organiser = {
  __typename?: 'Organiser';
  event: Event;
  institution: Institution;
  provenance: Provenance;
  role: OrganiserRole;
};

export type OrganiserRole =
  | 'CHAIRED'
  | 'CO_ORGANISED'
  | 'HOSTED'
  | 'ORGANISED'
  | 'SECRETARIAT'
  | 'SPONSORED';

/** Relay-style page information. Cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
};

export type Person = Entity & {
  __typename?: 'Person';
  /** Affiliations with titles, latest attested first; with asOf, only those that hold on that day (see Affiliation). */
  affiliations: Array<Affiliation>;
  aliases: Array<Scalars['String']['output']>;
  authored: Array<Source>;
  familyName: Scalars['String']['output'];
  givenName?: Maybe<Scalars['String']['output']>;
  honorific?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issued: Array<Issuance>;
  kind: EntityKind;
  /** Display name in natural order, e.g. "Liu Xiangang". */
  name: Scalars['String']['output'];
  sources: Array<Source>;
  talks: Array<Talk>;
  /** Distinct topics this person spoke on. */
  topics: Array<Topic>;
};


export type PersonAffiliationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  /** People who spoke at this event. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** People affiliated with this institution (or one of its units). */
  institution?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** People who spoke on this topic or a narrower one. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  familyName: Scalars['String']['input'];
  givenName?: InputMaybe<Scalars['String']['input']>;
  honorific?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type PersonUpdate = {
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  honorific?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  contains: Array<Place>;
  events: Array<Event>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  locatedIn?: Maybe<Place>;
  name: Scalars['String']['output'];
  sources: Array<Source>;
  /** city, province, region or country. */
  type: Scalars['String']['output'];
};

/** Where a fact comes from: the source document and the place in it. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Where in the source the fact is stated, e.g. "paragraph 5". */
  location?: Maybe<Scalars['String']['output']>;
  /** The words of the source that state the fact, verbatim. */
  quote?: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type ProvenanceInput = {
  /** Where in the source, e.g. "paragraph 3". */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Id of an existing Source. */
  source: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The shortest paths (up to 10) between two entities, as nodes and typed edges. Ids may be written
   * "Kind:id" (e.g. "Institution:tc260") where an id alone is ambiguous. maxHops is 1 to 6.
   */
  connection: Array<Path>;
  /** Curators' decisions, newest first, optionally of one kind or about one id. */
  decisions: Array<Decision>;
  directive?: Maybe<Directive>;
  /** Likely duplicates of one kind, best first, with the evidence; pairs marked as different are left out. */
  duplicateCandidates: Array<DuplicateCandidate>;
  event?: Maybe<Event>;
  /** Events, filtered, sorted and paginated. first defaults to 20, at most 100. */
  events: EventConnection;
  /** An entity's changes, newest first (seed loads, ingest accepts, API writes, merges, retractions, deletions). */
  history: Array<Change>;
  institution?: Maybe<Institution>;
  institutions: InstitutionConnection;
  /** The subgraph around an entity, for graph views. depth 1 to 3; limit caps nodes (at most 500). */
  neighbourhood: Subgraph;
  people: PersonConnection;
  person?: Maybe<Person>;
  place?: Maybe<Place>;
  /** What retracting a source would change, without changing it (the dry run of retractSource). */
  retractionPreview: RetractionReport;
  /**
   * Ranked full-text search over names and aliases of every kind. Matches whole words, word prefixes
   * and spelling without spaces or punctuation ("tc 260" finds TC260). Lucene syntax in the text is
   * treated as plain characters.
   */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  standard?: Maybe<Standard>;
  /** Standards, filtered by topic (with narrower topics), committee (with its working groups), status or code fragment. */
  standards: StandardConnection;
  /** Aggregates for dashboards. */
  stats: Stats;
  talk?: Maybe<Talk>;
  /**
   * The topic × institution (or × person) matrix of talks. columns is 1 to 100 (default 30), rows 1 to 200
   * (default 50). talkMatrixTalks lists the talks behind a cell.
   */
  talkMatrix: TalkMatrix;
  /**
   * The talks a cell of talkMatrix counts (same by, where and rollUp): on `topic` (with rollUp, or one under
   * it) in `column` (an institution or person id), by date. first defaults to 20, at most 100.
   */
  talkMatrixTalks: TalkConnection;
  /** Who spoke on which topic, for which institution, at which event, according to which source. */
  talks: TalkConnection;
  topic?: Maybe<Topic>;
  topics: TopicConnection;
};


export type QueryConnectionArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryDecisionsArgs = {
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<DecisionKind>;
};


export type QueryDirectiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDuplicateCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind: EntityKind;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
  where?: InputMaybe<EventFilter>;
};


export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EntityKind>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<InstitutionFilter>;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<PersonFilter>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRetractionPreviewArgs = {
  source: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStandardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStandardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<StandardFilter>;
};


export type QueryTalkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalkMatrixArgs = {
  by?: InputMaybe<MatrixColumns>;
  columns?: InputMaybe<Scalars['Int']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  rows?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<TalkMatrixFilter>;
};


export type QueryTalkMatrixTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<MatrixColumns>;
  column: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  topic: Scalars['ID']['input'];
  where?: InputMaybe<TalkMatrixFilter>;
};


export type QueryTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TalkOrder>;
  where?: InputMaybe<TalkFilter>;
};


export type QueryTopicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<TopicFilter>;
};

/** A draft of a report in the seed format, as `npm run ingest` writes it, laid out for review. */
export type ReportDraft = {
  __typename?: 'ReportDraft';
  entities: Array<DraftEntity>;
  facts: Array<DraftFact>;
  /** What the ingester could not decide or inferred (a year, a missing place). */
  notes: Array<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  /** The review summary `npm run ingest` prints. */
  summary: Scalars['String']['output'];
  /** The report's text as it will be stored: quotes and spans refer to it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The draft seed file (YAML, with its review section); acceptReport takes it back. */
  yaml: Scalars['String']['output'];
};

/** How a report is given to draftReport. */
export type ReportFormat =
  | 'HTML'
  | 'MARKDOWN'
  /** The file's bytes in base64 (its text layer is read). */
  | 'PDF'
  | 'TEXT';

export type ReportInput = {
  /** The report as text, Markdown or HTML; for PDF, the file in base64. */
  content: Scalars['String']['input'];
  format: ReportFormat;
  published?: InputMaybe<Scalars['Date']['input']>;
  /** Override the title, URL and publication date the document gives (dates without a year are read relative to published). */
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type RetractionReport = {
  __typename?: 'RetractionReport';
  /** The retraction's decision id; null for a dry run. */
  decision?: Maybe<Scalars['ID']['output']>;
  dryRun: Scalars['Boolean']['output'];
  /** Entities that stay because other sources state them; the retracted source leaves their provenance. */
  keptEntities: Array<EntityRef>;
  removedEntities: Array<EntityRef>;
  removedFacts: Array<FactRecord>;
  source: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  kind: EntityKind;
  /** The name or alias that matched best. */
  matched?: Maybe<Scalars['String']['output']>;
  /** Lucene relevance, higher is better; exact name or alias matches rank first. */
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  authors: Array<Person>;
  /** The facts this source states (every relationship it is the provenance of), in reading order. */
  facts: FactConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  language?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  published?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  title: Scalars['String']['output'];
  /** news-article, report, press-release, web-page, recording or other. */
  type: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


export type SourceFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceInput = {
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  published?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  type?: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A standard or draft standard, e.g. GB/T 35273-2020 or ISO/IEC 27001:2022. */
export type Standard = Entity & {
  __typename?: 'Standard';
  aliases: Array<Scalars['String']['output']>;
  /** Code with edition, e.g. "GB/T 35273-2020". */
  code: Scalars['String']['output'];
  /** The committees or working groups responsible for it. */
  developedBy: Array<Institution>;
  /** Events where it was presented or discussed. */
  discussedAt: Array<Event>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Talks that presented or cited it. */
  mentionedIn: Array<Talk>;
  /** Same as code. */
  name: Scalars['String']['output'];
  published?: Maybe<Scalars['Date']['output']>;
  referencedBy: Array<Standard>;
  /** Standards this one cites or builds on. */
  references: Array<Standard>;
  sources: Array<Source>;
  /** proposed, drafting, approved, published, withdrawn or superseded. */
  status?: Maybe<Scalars['String']['output']>;
  supersededBy: Array<Standard>;
  /** Earlier editions this one replaces. */
  supersedes: Array<Standard>;
  title: Scalars['String']['output'];
  topics: Array<Topic>;
  withdrawn?: Maybe<Scalars['Date']['output']>;
};

export type StandardConnection = {
  __typename?: 'StandardConnection';
  edges: Array<StandardEdge>;
  nodes: Array<Standard>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StandardEdge = {
  __typename?: 'StandardEdge';
  cursor: Scalars['String']['output'];
  node: Standard;
};

export type StandardFilter = {
  /** A fragment of the code, whatever its spacing and punctuation: "35273", "GB/T 35273". */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Standards developed by this committee or one of its working groups. */
  committee?: InputMaybe<Scalars['ID']['input']>;
  /** proposed, drafting, approved, published, withdrawn or superseded. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Standards on this topic or a narrower one. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

export type Stats = {
  __typename?: 'Stats';
  eventsPerYear: Array<YearCount>;
  nodesPerKind: Array<KindCount>;
  relationshipsPerType: Array<TypeCount>;
  talksPerEvent: Array<EventCount>;
  talksPerInstitution: Array<InstitutionCount>;
  /** Talks per topic. With rollUp, a talk also counts for every broader topic. */
  talksPerTopic: Array<TopicCount>;
};


export type StatsTalksPerEventArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type StatsTalksPerInstitutionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type StatsTalksPerTopicArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when limit cut the subgraph short. */
  truncated: Scalars['Boolean']['output'];
};

export type Talk = Entity & {
  __typename?: 'Talk';
  aliases: Array<Scalars['String']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  event?: Maybe<Event>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Same as title. */
  name: Scalars['String']['output'];
  /** Where the source states that this person gave this talk. */
  provenance?: Maybe<Provenance>;
  sources: Array<Source>;
  speaker?: Maybe<Person>;
  /** The speaker's affiliation as of the talk's date: the first of speakerAffiliations. */
  speakerAffiliation?: Maybe<Affiliation>;
  /** The speaker's affiliations that hold on the talk's date (all when it has none): dated ones first, then by how close asOf is to the talk. */
  speakerAffiliations: Array<Affiliation>;
  /** Standards the talk presented or cited. */
  standards: Array<Standard>;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  topics: Array<Topic>;
  /** keynote, talk, panel or remarks. */
  type: Scalars['String']['output'];
};

export type TalkConnection = {
  __typename?: 'TalkConnection';
  edges: Array<TalkEdge>;
  nodes: Array<Talk>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TalkEdge = {
  __typename?: 'TalkEdge';
  cursor: Scalars['String']['output'];
  node: Talk;
};

export type TalkFilter = {
  /** Talks at this event or any event that is part of it. */
  event?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Also count talks on topics narrower than `topic` (default true). */
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  /** Talks by people affiliated with this institution (or one of its units). */
  institution?: InputMaybe<Scalars['ID']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Talks on this topic. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

export type TalkInput = {
  /** Defaults to the event's start date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  event: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  speaker: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  topics: Array<Scalars['ID']['input']>;
  type?: Scalars['String']['input'];
};

/**
 * Who spoke on which topic: talks counted per topic (rows) and institution or person (columns). Columns
 * are ranked by their talks, rows by their talks in the columns returned, most first. A talk counts once
 * per cell, and with rollUp also for every broader topic of its topics.
 */
export type TalkMatrix = {
  __typename?: 'TalkMatrix';
  /** Columns with at least one talk; `columns` holds the first of them. */
  columnCount: Scalars['Int']['output'];
  columns: Array<MatrixColumn>;
  /** Topics the talks of the returned columns are on; `rows` holds the first of them. */
  rowCount: Scalars['Int']['output'];
  rows: Array<MatrixRow>;
  /** Talks the filters select that have a column (a speaker; for institutions, an affiliation on the talk's date). */
  talkCount: Scalars['Int']['output'];
};

/** Which talks the matrix counts. Every filter narrows; none means every talk. */
export type TalkMatrixFilter = {
  /** Talks at this event or any event that is part of it. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** Talks on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Talks at events held in this place or anywhere inside it. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Talks on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only this topic and the topics under it: its rows, and the talks on them. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

export type TalkOrder = {
  direction?: SortDirection;
  field?: TalkOrderField;
};

export type TalkOrderField =
  | 'DATE'
  | 'SPEAKER'
  | 'TITLE';

/** Where a quote is in the report's text: offsets in UTF-16 code units (JavaScript string indexes), end exclusive. */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type Topic = Entity & {
  __typename?: 'Topic';
  aliases: Array<Scalars['String']['output']>;
  /** All broader topics up to the root. */
  ancestors: Array<Topic>;
  broader: Array<Topic>;
  calledForBy: Array<DirectivePoint>;
  description?: Maybe<Scalars['String']['output']>;
  emphasisedBy: Array<Emphasis>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  narrower: Array<Topic>;
  sources: Array<Source>;
  /** People who spoke on this topic; with includeNarrower, also on narrower topics. */
  speakers: Array<Person>;
  /** Standards on this topic. */
  standards: Array<Standard>;
  /** Talks on this topic; with includeNarrower, also on every narrower topic. */
  talks: Array<Talk>;
};


export type TopicSpeakersArgs = {
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
};


export type TopicTalksArgs = {
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TopicConnection = {
  __typename?: 'TopicConnection';
  edges: Array<TopicEdge>;
  nodes: Array<Topic>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TopicCount = {
  __typename?: 'TopicCount';
  count: Scalars['Int']['output'];
  topic: Topic;
};

export type TopicEdge = {
  __typename?: 'TopicEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
};

export type TopicFilter = {
  /** Only topics directly under this one. */
  broader?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only root topics (no broader topic). */
  root?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TopicInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  broader?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type TopicUpdate = {
  /** Replaces the broader topics. */
  broader?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type YearCount = {
  __typename?: 'YearCount';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptReportInput: ResolverTypeWrapper<unknown>;
  AcceptResult: ResolverTypeWrapper<unknown>;
  Affiliation: ResolverTypeWrapper<unknown>;
  AffiliationInput: ResolverTypeWrapper<unknown>;
  Boolean: ResolverTypeWrapper<unknown>;
  Change: ResolverTypeWrapper<unknown>;
  Date: ResolverTypeWrapper<unknown>;
  Decision: ResolverTypeWrapper<unknown>;
  DecisionKind: ResolverTypeWrapper<unknown>;
  Directive: ResolverTypeWrapper<unknown>;
  DirectivePoint: ResolverTypeWrapper<unknown>;
  DirectiveReference: ResolverTypeWrapper<unknown>;
  DraftCandidate: ResolverTypeWrapper<unknown>;
  DraftCorrection: ResolverTypeWrapper<unknown>;
  DraftEnd: ResolverTypeWrapper<unknown>;
  DraftEntity: ResolverTypeWrapper<unknown>;
  DraftFact: ResolverTypeWrapper<unknown>;
  DraftField: ResolverTypeWrapper<unknown>;
  DuplicateCandidate: ResolverTypeWrapper<unknown>;
  Emphasis: ResolverTypeWrapper<unknown>;
  Entity: ResolverTypeWrapper<unknown>;
  EntityKind: ResolverTypeWrapper<unknown>;
  EntityRef: ResolverTypeWrapper<unknown>;
  Event: ResolverTypeWrapper<unknown>;
  EventConnection: ResolverTypeWrapper<unknown>;
  EventCount: ResolverTypeWrapper<unknown>;
  EventEdge: ResolverTypeWrapper<unknown>;
  EventFilter: ResolverTypeWrapper<unknown>;
  EventInput: ResolverTypeWrapper<unknown>;
  EventOrder: ResolverTypeWrapper<unknown>;
  EventOrderField: ResolverTypeWrapper<unknown>;
  EventUpdate: ResolverTypeWrapper<unknown>;
  Fact: ResolverTypeWrapper<unknown>;
  FactConnection: ResolverTypeWrapper<unknown>;
  FactEdge: ResolverTypeWrapper<unknown>;
  FactProperty: ResolverTypeWrapper<unknown>;
  FactPropertyInput: ResolverTypeWrapper<unknown>;
  FactRecord: ResolverTypeWrapper<unknown>;
  Float: ResolverTypeWrapper<unknown>;
  GraphEdge: ResolverTypeWrapper<unknown>;
  GraphNode: ResolverTypeWrapper<unknown>;
  ID: ResolverTypeWrapper<unknown>;
  Institution: ResolverTypeWrapper<unknown>;
  InstitutionConnection: ResolverTypeWrapper<unknown>;
  InstitutionCount: ResolverTypeWrapper<unknown>;
  InstitutionEdge: ResolverTypeWrapper<unknown>;
  InstitutionFilter: ResolverTypeWrapper<unknown>;
  InstitutionInput: ResolverTypeWrapper<unknown>;
  InstitutionUpdate: ResolverTypeWrapper<unknown>;
  Int: ResolverTypeWrapper<unknown>;
  Issuance: ResolverTypeWrapper<unknown>;
  Issuer: ResolverTypeWrapper<unknown>;
  KindCount: ResolverTypeWrapper<unknown>;
  MatrixCell: ResolverTypeWrapper<unknown>;
  MatrixColumn: ResolverTypeWrapper<unknown>;
  MatrixColumns: ResolverTypeWrapper<unknown>;
  MatrixRow: ResolverTypeWrapper<unknown>;
  MergeResult: ResolverTypeWrapper<unknown>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameOrder: ResolverTypeWrapper<unknown>;
  NameOrderField: ResolverTypeWrapper<unknown>;
  Organiser: ResolverTypeWrapper<unknown>;
  OrganiserRole: ResolverTypeWrapper<unknown>;
  PageInfo: ResolverTypeWrapper<unknown>;
  Path: ResolverTypeWrapper<unknown>;
  Person: ResolverTypeWrapper<unknown>;
  PersonConnection: ResolverTypeWrapper<unknown>;
  PersonEdge: ResolverTypeWrapper<unknown>;
  PersonFilter: ResolverTypeWrapper<unknown>;
  PersonInput: ResolverTypeWrapper<unknown>;
  PersonUpdate: ResolverTypeWrapper<unknown>;
  Place: ResolverTypeWrapper<unknown>;
  Provenance: ResolverTypeWrapper<unknown>;
  ProvenanceInput: ResolverTypeWrapper<unknown>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportDraft: ResolverTypeWrapper<unknown>;
  ReportFormat: ResolverTypeWrapper<unknown>;
  ReportInput: ResolverTypeWrapper<unknown>;
  RetractionReport: ResolverTypeWrapper<unknown>;
  SearchHit: ResolverTypeWrapper<unknown>;
  SortDirection: ResolverTypeWrapper<unknown>;
  Source: ResolverTypeWrapper<unknown>;
  SourceInput: ResolverTypeWrapper<unknown>;
  Standard: ResolverTypeWrapper<unknown>;
  StandardConnection: ResolverTypeWrapper<unknown>;
  StandardEdge: ResolverTypeWrapper<unknown>;
  StandardFilter: ResolverTypeWrapper<unknown>;
  Stats: ResolverTypeWrapper<unknown>;
  String: ResolverTypeWrapper<unknown>;
  Subgraph: ResolverTypeWrapper<unknown>;
  Talk: ResolverTypeWrapper<unknown>;
  TalkConnection: ResolverTypeWrapper<unknown>;
  TalkEdge: ResolverTypeWrapper<unknown>;
  TalkFilter: ResolverTypeWrapper<unknown>;
  TalkInput: ResolverTypeWrapper<unknown>;
  TalkMatrix: ResolverTypeWrapper<unknown>;
  TalkMatrixFilter: ResolverTypeWrapper<unknown>;
  TalkOrder: ResolverTypeWrapper<unknown>;
  TalkOrderField: ResolverTypeWrapper<unknown>;
  TextSpan: ResolverTypeWrapper<unknown>;
  Topic: ResolverTypeWrapper<unknown>;
  TopicConnection: ResolverTypeWrapper<unknown>;
  TopicCount: ResolverTypeWrapper<unknown>;
  TopicEdge: ResolverTypeWrapper<unknown>;
  TopicFilter: ResolverTypeWrapper<unknown>;
  TopicInput: ResolverTypeWrapper<unknown>;
  TopicUpdate: ResolverTypeWrapper<unknown>;
  TypeCount: ResolverTypeWrapper<unknown>;
  YearCount: ResolverTypeWrapper<unknown>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptReportInput: unknown;
  AcceptResult: unknown;
  Affiliation: unknown;
  AffiliationInput: unknown;
  Boolean: unknown;
  Change: unknown;
  Date: unknown;
  Decision: unknown;
  Directive: unknown;
  DirectivePoint: unknown;
  DirectiveReference: unknown;
  DraftCandidate: unknown;
  DraftCorrection: unknown;
  DraftEnd: unknown;
  DraftEntity: unknown;
  DraftFact: unknown;
  DraftField: unknown;
  DuplicateCandidate: unknown;
  Emphasis: unknown;
  Entity: unknown;
  EntityRef: unknown;
  Event: unknown;
  EventConnection: unknown;
  EventCount: unknown;
  EventEdge: unknown;
  EventFilter: unknown;
  EventInput: unknown;
  EventOrder: unknown;
  EventUpdate: unknown;
  Fact: unknown;
  FactConnection: unknown;
  FactEdge: unknown;
  FactProperty: unknown;
  FactPropertyInput: unknown;
  FactRecord: unknown;
  Float: unknown;
  GraphEdge: unknown;
  GraphNode: unknown;
  ID: unknown;
  Institution: unknown;
  InstitutionConnection: unknown;
  InstitutionCount: unknown;
  InstitutionEdge: unknown;
  InstitutionFilter: unknown;
  InstitutionInput: unknown;
  InstitutionUpdate: unknown;
  Int: unknown;
  Issuance: unknown;
  Issuer: unknown;
  KindCount: unknown;
  MatrixCell: unknown;
  MatrixColumn: unknown;
  MatrixRow: unknown;
  MergeResult: unknown;
  Mutation: Record<PropertyKey, never>;
  NameOrder: unknown;
  Organiser: unknown;
  PageInfo: unknown;
  Path: unknown;
  Person: unknown;
  PersonConnection: unknown;
  PersonEdge: unknown;
  PersonFilter: unknown;
  PersonInput: unknown;
  PersonUpdate: unknown;
  Place: unknown;
  Provenance: unknown;
  ProvenanceInput: unknown;
  Query: Record<PropertyKey, never>;
  ReportDraft: unknown;
  ReportInput: unknown;
  RetractionReport: unknown;
  SearchHit: unknown;
  Source: unknown;
  SourceInput: unknown;
  Standard: unknown;
  StandardConnection: unknown;
  StandardEdge: unknown;
  StandardFilter: unknown;
  Stats: unknown;
  String: unknown;
  Subgraph: unknown;
  Talk: unknown;
  TalkConnection: unknown;
  TalkEdge: unknown;
  TalkFilter: unknown;
  TalkInput: unknown;
  TalkMatrix: unknown;
  TalkMatrixFilter: unknown;
  TalkOrder: unknown;
  TextSpan: unknown;
  Topic: unknown;
  TopicConnection: unknown;
  TopicCount: unknown;
  TopicEdge: unknown;
  TopicFilter: unknown;
  TopicInput: unknown;
  TopicUpdate: unknown;
  TypeCount: unknown;
  YearCount: unknown;
};

export type AcceptResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AcceptResult'] = ResolversParentTypes['AcceptResult']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Directive'] = ResolversParentTypes['Directive']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<Array<ResolversTypes['Issuance']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['DirectivePoint']>, ParentType, ContextType>;
  referencedBy?: Resolver<Array<ResolversTypes['DirectiveReference']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DirectivePointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectivePoint'] = ResolversParentTypes['DirectivePoint']> = {
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type DirectiveReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectiveReference'] = ResolversParentTypes['DirectiveReference']> = {
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type DraftCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftCandidate'] = ResolversParentTypes['DraftCandidate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DraftEndResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftEnd'] = ResolversParentTypes['DraftEnd']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftEntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftEntity'] = ResolversParentTypes['DraftEntity']> = {
  as?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['DraftCandidate']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
};

export type DraftFactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftFact'] = ResolversParentTypes['DraftFact']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['DraftField']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DraftEnd'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DraftEnd'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftFieldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftField'] = ResolversParentTypes['DraftField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DuplicateCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  a?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EmphasisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Emphasis'] = ResolversParentTypes['Emphasis']> = {
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Directive' | 'Event' | 'Institution' | 'Person' | 'Place' | 'Source' | 'Standard' | 'Talk' | 'Topic', ParentType, ContextType>;
};

export type EntityRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityRef'] = ResolversParentTypes['EntityRef']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emphasised?: Resolver<Array<ResolversTypes['Emphasis']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Organiser']>, ParentType, ContextType, Partial<EventOrganisersArgs>>;
  partOf?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  recorded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['DirectiveReference']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventCount'] = ResolversParentTypes['EventCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['FactProperty']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type FactPropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactProperty'] = ResolversParentTypes['FactProperty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactRecord'] = ResolversParentTypes['FactRecord']> = {
  from?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Organiser']>, ParentType, ContextType, Partial<InstitutionEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Array<ResolversTypes['Issuance']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mirroredBy?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  mirrors?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, Partial<InstitutionPeopleArgs>>;
  secretariat?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  secretariatOf?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstitutionCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionCount'] = ResolversParentTypes['InstitutionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
};

export type InstitutionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
};

export type IssuanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Issuance'] = ResolversParentTypes['Issuance']> = {
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Issuer'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IssuerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Issuer'] = ResolversParentTypes['Issuer']> = {
  __resolveType: TypeResolveFn<'Institution' | 'Person', ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type MatrixCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixCell'] = ResolversParentTypes['MatrixCell']> = {
  column?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatrixColumnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixColumn'] = ResolversParentTypes['MatrixColumn']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type MatrixRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixRow'] = ResolversParentTypes['MatrixRow']> = {
  cells?: Resolver<Array<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type MergeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  addedAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  movedFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parkedFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptReport?: Resolver<ResolversTypes['AcceptResult'], ParentType, ContextType, RequireFields<MutationAcceptReportArgs, 'input'>>;
  addAlias?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'id' | 'kind' | 'provenance'>>;
  correctFact?: Resolver<ResolversTypes['FactRecord'], ParentType, ContextType, RequireFields<MutationCorrectFactArgs, 'id' | 'reason' | 'set'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input' | 'provenance'>>;
  createInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<MutationCreateInstitutionArgs, 'input' | 'provenance'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input' | 'provenance'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  createTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationCreateTopicArgs, 'input' | 'provenance'>>;
  deleteEntity?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id' | 'kind' | 'reason'>>;
  deleteFact?: Resolver<ResolversTypes['FactRecord'], ParentType, ContextType, RequireFields<MutationDeleteFactArgs, 'id' | 'reason'>>;
  draftReport?: Resolver<ResolversTypes['ReportDraft'], ParentType, ContextType, RequireFields<MutationDraftReportArgs, 'input'>>;
  linkAffiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType, RequireFields<MutationLinkAffiliationArgs, 'input' | 'provenance'>>;
  markNotSame?: Resolver<ResolversTypes['Decision'], ParentType, ContextType, RequireFields<MutationMarkNotSameArgs, 'a' | 'b' | 'kind' | 'reason'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'drop' | 'keep' | 'kind' | 'reason'>>;
  recordTalk?: Resolver<ResolversTypes['Talk'], ParentType, ContextType, RequireFields<MutationRecordTalkArgs, 'input' | 'provenance'>>;
  retractSource?: Resolver<ResolversTypes['RetractionReport'], ParentType, ContextType, RequireFields<MutationRetractSourceArgs, 'dryRun' | 'id' | 'reason'>>;
  undoMerge?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationUndoMergeArgs, 'decision' | 'reason'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input' | 'provenance'>>;
  updateInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<MutationUpdateInstitutionArgs, 'id' | 'input' | 'provenance'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input' | 'provenance'>>;
  updateTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationUpdateTopicArgs, 'id' | 'input' | 'provenance'>>;
  withdrawDecision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType, RequireFields<MutationWithdrawDecisionArgs, 'decision' | 'reason'>>;
};

export type OrganiserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organiser'] = ResolversParentTypes['Organiser']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganiserRole'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, Partial<PersonAffiliationsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authored?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honorific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issued?: Resolver<Array<ResolversTypes['Issuance']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  locatedIn?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  connection?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'maxHops' | 'to'>>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType, RequireFields<QueryDecisionsArgs, 'first'>>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<QueryDirectiveArgs, 'id'>>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first' | 'kind' | 'minScore'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'id'>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  retractionPreview?: Resolver<ResolversTypes['RetractionReport'], ParentType, ContextType, RequireFields<QueryRetractionPreviewArgs, 'source'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType, RequireFields<QueryStandardArgs, 'id'>>;
  standards?: Resolver<ResolversTypes['StandardConnection'], ParentType, ContextType, RequireFields<QueryStandardsArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  talk?: Resolver<Maybe<ResolversTypes['Talk']>, ParentType, ContextType, RequireFields<QueryTalkArgs, 'id'>>;
  talkMatrix?: Resolver<ResolversTypes['TalkMatrix'], ParentType, ContextType, RequireFields<QueryTalkMatrixArgs, 'by' | 'columns' | 'rollUp' | 'rows'>>;
  talkMatrixTalks?: Resolver<ResolversTypes['TalkConnection'], ParentType, ContextType, RequireFields<QueryTalkMatrixTalksArgs, 'by' | 'column' | 'first' | 'rollUp' | 'topic'>>;
  talks?: Resolver<ResolversTypes['TalkConnection'], ParentType, ContextType, RequireFields<QueryTalksArgs, 'first'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'id'>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first'>>;
};

export type ReportDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportDraft'] = ResolversParentTypes['ReportDraft']> = {
  entities?: Resolver<Array<ResolversTypes['DraftEntity']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['DraftFact']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetractionReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetractionReport'] = ResolversParentTypes['RetractionReport']> = {
  decision?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keptEntities?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  removedEntities?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  removedFacts?: Resolver<Array<ResolversTypes['FactRecord']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  matched?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<SourceFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developedBy?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  discussedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referencedBy?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  supersedes?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  withdrawn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandardConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardConnection'] = ResolversParentTypes['StandardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StandardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StandardEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardEdge'] = ResolversParentTypes['StandardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  eventsPerYear?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  nodesPerKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationshipsPerType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  talksPerEvent?: Resolver<Array<ResolversTypes['EventCount']>, ParentType, ContextType, RequireFields<StatsTalksPerEventArgs, 'first'>>;
  talksPerInstitution?: Resolver<Array<ResolversTypes['InstitutionCount']>, ParentType, ContextType, RequireFields<StatsTalksPerInstitutionArgs, 'first'>>;
  talksPerTopic?: Resolver<Array<ResolversTypes['TopicCount']>, ParentType, ContextType, RequireFields<StatsTalksPerTopicArgs, 'first' | 'rollUp'>>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TalkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Talk'] = ResolversParentTypes['Talk']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  speakerAffiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  speakerAffiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TalkConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalkConnection'] = ResolversParentTypes['TalkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TalkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalkEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalkEdge'] = ResolversParentTypes['TalkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Talk'], ParentType, ContextType>;
};

export type TalkMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalkMatrix'] = ResolversParentTypes['TalkMatrix']> = {
  columnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['MatrixColumn']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['MatrixRow']>, ParentType, ContextType>;
  talkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  calledForBy?: Resolver<Array<ResolversTypes['DirectivePoint']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emphasisedBy?: Resolver<Array<ResolversTypes['Emphasis']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<TopicSpeakersArgs, 'includeNarrower'>>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['Talk']>, ParentType, ContextType, RequireFields<TopicTalksArgs, 'includeNarrower'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicCount'] = ResolversParentTypes['TopicCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type YearCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearCount'] = ResolversParentTypes['YearCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AcceptResult?: AcceptResultResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  Directive?: DirectiveResolvers<ContextType>;
  DirectivePoint?: DirectivePointResolvers<ContextType>;
  DirectiveReference?: DirectiveReferenceResolvers<ContextType>;
  DraftCandidate?: DraftCandidateResolvers<ContextType>;
  DraftEnd?: DraftEndResolvers<ContextType>;
  DraftEntity?: DraftEntityResolvers<ContextType>;
  DraftFact?: DraftFactResolvers<ContextType>;
  DraftField?: DraftFieldResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  Emphasis?: EmphasisResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityRef?: EntityRefResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventCount?: EventCountResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  FactProperty?: FactPropertyResolvers<ContextType>;
  FactRecord?: FactRecordResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionCount?: InstitutionCountResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  Issuance?: IssuanceResolvers<ContextType>;
  Issuer?: IssuerResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MatrixCell?: MatrixCellResolvers<ContextType>;
  MatrixColumn?: MatrixColumnResolvers<ContextType>;
  MatrixRow?: MatrixRowResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organiser?: OrganiserResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportDraft?: ReportDraftResolvers<ContextType>;
  RetractionReport?: RetractionReportResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  StandardConnection?: StandardConnectionResolvers<ContextType>;
  StandardEdge?: StandardEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Talk?: TalkResolvers<ContextType>;
  TalkConnection?: TalkConnectionResolvers<ContextType>;
  TalkEdge?: TalkEdgeResolvers<ContextType>;
  TalkMatrix?: TalkMatrixResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicCount?: TopicCountResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  YearCount?: YearCountResolvers<ContextType>;
};

