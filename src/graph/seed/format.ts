import { z } from 'zod';
import { ORGANISER_ROLES } from '../model';

/**
 * The seed file format: one YAML (or JSON) file per source document. This schema is the format's
 * documentation (docs/seed-format.md is generated from the same field descriptions' intent).
 * Objects are strict: an unknown field is an error, not silently ignored.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string({ message: 'expected an id (lower-case slug such as "tc260" or "liu-xiangang")' })
  .regex(ID_PATTERN, {
    message: 'ids are lower-case slugs: letters, digits and single hyphens, e.g. "liu-xiangang"',
  });

const isoDate = z
  .string({ message: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { message: 'not a real calendar date' },
  );

/** Where in the source a fact is stated, e.g. "paragraph 5" or "paragraph 3, item 2". */
const location = z
  .string({ message: 'expected where in the source this is stated, e.g. "paragraph 5"' })
  .min(1);

const text = z.string().trim().min(1, { message: 'must not be empty' });

/** The verbatim words of the stored source text (seeds/sources/<source id>.txt) that state the fact. */
const quote = z.string().trim().min(1, { message: 'a quote must not be empty' }).optional();
const aliases = z.array(text).default([]);

export const SourceSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(['news-article', 'report', 'press-release', 'web-page', 'recording', 'other']),
  published: isoDate.optional(),
  /** Person id of the author(s); people are declared under `people`. */
  authors: z.array(id).default([]),
  publisher: text.optional(),
  url: z.url({ message: 'expected an absolute URL' }).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "en"' })
    .default('en'),
  notes: text.optional(),
});

export const PlaceSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(['city', 'province', 'region', 'country']),
  aliases,
  locatedIn: id.optional(),
  at: location,
  quote,
});

export const InstitutionSchema = z.strictObject({
  id,
  name: text,
  aliases,
  kind: z
    .enum(['government', 'standards-body', 'research', 'university', 'company', 'committee', 'unit', 'other'])
    .optional(),
  /** The larger body this one is a unit of. */
  partOf: id.optional(),
  at: location,
  quote,
});

export const PersonSchema = z.strictObject({
  id,
  /** Display name in natural order, e.g. "Liu Xiangang" (the source writes "LIU Xiangang"). */
  name: text,
  familyName: text,
  givenName: text.optional(),
  honorific: text.optional(),
  aliases,
  at: location,
  quote,
});

export const TopicSchema = z.strictObject({
  id,
  name: text,
  aliases,
  description: text.optional(),
  /** Ids of broader topics: a talk on this topic also counts for those. */
  broader: z.array(id).default([]),
  at: location,
  quote,
});

export const OrganiserSchema = z.strictObject({
  institution: id,
  role: z.enum(ORGANISER_ROLES),
  at: location,
  quote,
});

export const EventSchema = z
  .strictObject({
    id,
    name: text,
    aliases,
    kind: z.enum(['conference', 'forum', 'week', 'workshop', 'meeting', 'webinar', 'other']),
    startDate: isoDate,
    endDate: isoDate.optional(),
    description: text.optional(),
    recorded: z.boolean().optional(),
    heldIn: id.optional(),
    partOf: id.optional(),
    organisers: z.array(OrganiserSchema).default([]),
    at: location,
    quote,
  })
  .refine((e) => !e.endDate || e.endDate >= e.startDate, {
    message: 'endDate is before startDate',
    path: ['endDate'],
  });

export const AffiliationSchema = z.strictObject({
  person: id,
  institution: id,
  /** The title as the source gives it, e.g. "Deputy Secretary General". */
  title: text.optional(),
  /** The date the source attests the affiliation (usually the event's date). */
  asOf: isoDate.optional(),
  at: location,
  quote,
});

export const TalkSchema = z.strictObject({
  id,
  /** A short paraphrased title. */
  title: text,
  summary: text.optional(),
  kind: z.enum(['keynote', 'talk', 'panel', 'remarks']).default('talk'),
  speaker: id,
  event: id,
  /** Defaults to the event's start date when the source gives none. */
  date: isoDate.optional(),
  topics: z.array(id).min(1, { message: 'a talk needs at least one topic' }),
  at: location,
  quote,
});

export const DirectiveSchema = z.strictObject({
  id,
  name: text,
  aliases,
  description: text.optional(),
  issuedBy: z
    .array(
      z
        .strictObject({
          person: id.optional(),
          institution: id.optional(),
          /** The issuer's title as the source gives it, e.g. "President". */
          title: text.optional(),
          at: location,
          quote,
        })
        .refine((i) => !!i.person !== !!i.institution, {
          message: 'give exactly one of person or institution',
        }),
    )
    .min(1, { message: 'a directive needs at least one issuer' }),
  callsFor: z.array(z.strictObject({ topic: id, point: text, at: location, quote })).default([]),
  at: location,
  quote,
});

export const EmphasisSchema = z.strictObject({
  event: id,
  topic: id,
  /** The priority in a sentence, paraphrased. */
  point: text,
  /** The directive the priority serves, if the source says so. */
  directive: id.optional(),
  at: location,
  quote,
});

export const ReferenceSchema = z.strictObject({
  event: id,
  directive: id,
  context: text.optional(),
  at: location,
  quote,
});

export const SeedFileSchema = z.strictObject({
  source: SourceSchema,
  places: z.array(PlaceSchema).default([]),
  institutions: z.array(InstitutionSchema).default([]),
  people: z.array(PersonSchema).default([]),
  topics: z.array(TopicSchema).default([]),
  events: z.array(EventSchema).default([]),
  affiliations: z.array(AffiliationSchema).default([]),
  talks: z.array(TalkSchema).default([]),
  directives: z.array(DirectiveSchema).default([]),
  emphasised: z.array(EmphasisSchema).default([]),
  references: z.array(ReferenceSchema).default([]),
  /** Notes for the person reviewing a draft (how each entity was linked, and why); never loaded. */
  review: z.unknown().optional(),
});

export type SeedFile = z.infer<typeof SeedFileSchema>;
export type SeedFileInput = z.input<typeof SeedFileSchema>;
