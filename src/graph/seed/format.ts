import { z } from 'zod';
import {
  ID_PATTERN,
  isIsoDate,
  LABELS,
  RELATIONSHIPS,
  type LabelDef,
  type PropDef,
  type RelDef,
} from '../model';

/**
 * The seed file format: one YAML (or JSON) file per source document, derived from the model catalogue
 * (src/graph/model/catalogue.ts): a section per label, the relationships written inline or in sections
 * of their own, as each relationship's `seed` form says. Objects are strict: an unknown field is an
 * error, not silently ignored. docs/seed-format.md explains it.
 */

export { ID_PATTERN };

const id = z
  .string({ message: 'expected an id (lower-case slug such as "tc260" or "liu-xiangang")' })
  .regex(ID_PATTERN, {
    message: 'ids are lower-case slugs: letters, digits and single hyphens, e.g. "liu-xiangang"',
  });

const isoDate = z
  .string({ message: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' })
  .refine(isIsoDate, { message: 'not a real calendar date' });

const text = z.string().trim().min(1, { message: 'must not be empty' });

/** Where in the source a fact is stated, e.g. "paragraph 5" or "paragraph 3, item 2". */
const location = z
  .string({ message: 'expected where in the source this is stated, e.g. "paragraph 5"' })
  .min(1);
/** The verbatim words of the stored source text (seeds/sources/<source id>.txt) that state the fact. */
const quote = z.string().trim().min(1, { message: 'a quote must not be empty' }).optional();
const stated = { at: location, quote };

/** Per-property checks beyond the type, by property name (the seed format's own rules). */
const SPECIAL: Record<string, z.ZodType> = {
  url: z.url({ message: 'expected an absolute URL' }),
  language: z.string().regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "en"' }),
};

function propSchema(name: string, p: PropDef): z.ZodType {
  const base: z.ZodType =
    SPECIAL[name] ??
    (p.ref
      ? id
      : p.type === 'date'
        ? isoDate
        : p.type === 'boolean'
          ? z.boolean()
          : p.values
            ? z.enum(p.values as [string, ...string[]])
            : text);
  if (p.default !== undefined) return base.default(p.default as never);
  return p.required ? base : base.optional();
}

const propsSchema = (props: Record<string, PropDef>) =>
  Object.fromEntries(Object.entries(props).map(([name, p]) => [name, propSchema(name, p)]));

/** `props` with `notBefore` rules: e.g. an event's endDate must not be before its startDate. */
function withDateOrder<T extends z.ZodType>(schema: T, props: Record<string, PropDef>): z.ZodType {
  const rules = Object.entries(props).filter(([, p]) => p.notBefore);
  if (rules.length === 0) return schema;
  return rules.reduce<z.ZodType>(
    (s, [name, p]) =>
      s.refine(
        (v) => {
          const o = v as Record<string, string | undefined>;
          return !o[name] || !o[p.notBefore!] || o[name]! >= o[p.notBefore!]!;
        },
        { message: `${name} is before ${p.notBefore}`, path: [name] },
      ),
    schema,
  );
}

/** The field a relationship adds to its owning end's entry. */
function inlineField(rel: RelDef): z.ZodType {
  const seed = rel.seed;
  if (seed.form === 'ids') {
    if (!seed.many) return seed.required ? id : id.optional();
    const list = z.array(id);
    return seed.required ? list.min(1, { message: `needs at least one ${seed.field} id` }) : list.default([]);
  }
  if (seed.form !== 'objects') throw new Error(`${rel.key}: not an inline form`);
  const others = Object.values(seed.other);
  const entry = z.strictObject({
    ...Object.fromEntries(others.map((f) => [f, others.length > 1 ? id.optional() : id])),
    ...(seed.role ? { [seed.role]: z.enum(rel.types as [string, ...string[]]) } : {}),
    ...propsSchema(rel.props),
    ...stated,
  });
  const item =
    others.length > 1
      ? entry.refine((o) => others.filter((f) => (o as Record<string, unknown>)[f]).length === 1, {
          message: `give exactly one of ${others.join(' or ')}`,
        })
      : entry;
  const list = z.array(item);
  return seed.min ? list.min(seed.min, { message: `needs at least ${seed.min}` }) : list.default([]);
}

/** Relationships written inside the entries of `label`'s section. */
export function inlineRels(label: string): RelDef[] {
  return RELATIONSHIPS.filter(
    (r) => r.seed.form !== 'section' && (r[r.seed.owner] as readonly string[]).includes(label),
  );
}

/** Relationships with a section of their own. */
export const SECTION_RELS: RelDef[] = RELATIONSHIPS.filter((r) => r.seed.form === 'section');

function entrySchema(l: LabelDef): z.ZodType {
  const single = l.seed.single === true;
  const shape = {
    id,
    ...(l.nameFrom ? {} : { name: text }),
    ...(single ? {} : { aliases: z.array(text).default([]) }),
    ...propsSchema(l.props),
    ...Object.fromEntries(
      inlineRels(l.label).map((r) => [(r.seed as { field: string }).field, inlineField(r)]),
    ),
    ...(single ? {} : stated),
  };
  return withDateOrder(z.strictObject(shape), l.props);
}

function sectionSchema(r: RelDef): z.ZodType {
  const seed = r.seed as Extract<RelDef['seed'], { form: 'section' }>;
  return withDateOrder(
    z.strictObject({ [seed.fromField]: id, [seed.toField]: id, ...propsSchema(r.props), ...stated }),
    r.props,
  );
}

export const SeedFileSchema: z.ZodType<SeedFile> = z.strictObject({
  ...Object.fromEntries(
    (LABELS as readonly LabelDef[]).map((l) => [
      l.seed.section,
      l.seed.single ? entrySchema(l) : z.array(entrySchema(l)).default([]),
    ]),
  ),
  ...Object.fromEntries(
    SECTION_RELS.map((r) => [(r.seed as { section: string }).section, z.array(sectionSchema(r)).default([])]),
  ),
  /** Notes for the person reviewing a draft (how each entity was linked, and why); never loaded. */
  review: z.unknown().optional(),
}) as unknown as z.ZodType<SeedFile>;

/** One entry of a section: its fields as the catalogue defines them. */
export type SeedEntry = Record<string, unknown> & { id?: string; at?: string; quote?: string };
/** A validated seed file (defaults filled in). */
export interface SeedFile {
  source: SeedEntry & { id: string; title: string; kind: string };
  review?: unknown;
  [section: string]: SeedEntry[] | SeedEntry | unknown;
}
/** A seed file as written (before defaults). */
export type SeedFileInput = SeedFile;
