/**
 * The closed vocabularies of the model: every enum the seed format, the API and the bench generator
 * accept, and the one definition of a calendar date. Listed once here; everything else imports them.
 */

export const SOURCE_KINDS = [
  'news-article',
  'report',
  'press-release',
  'web-page',
  'recording',
  'other',
] as const;
export const EVENT_KINDS = [
  'conference',
  'forum',
  'week',
  'workshop',
  'meeting',
  'webinar',
  'plenary',
  'other',
] as const;
export const INSTITUTION_KINDS = [
  'government',
  'standards-body',
  'research',
  'university',
  'company',
  'committee',
  'working-group',
  'unit',
  'other',
] as const;
export const PLACE_KINDS = ['city', 'province', 'region', 'country'] as const;
export const TALK_KINDS = ['keynote', 'talk', 'panel', 'remarks'] as const;
export const STANDARD_STATUSES = [
  'proposed',
  'drafting',
  'approved',
  'published',
  'withdrawn',
  'superseded',
] as const;
/** An institution's role at an event; each is its own relationship type (Institution → Event). */
export const ORGANISER_ROLES = [
  'SPONSORED',
  'ORGANISED',
  'CO_ORGANISED',
  'HOSTED',
  'CHAIRED',
  'SECRETARIAT',
] as const;
export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2021-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Ids are readable slugs, unique per label: "tc260", "liu-xiangang". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
