import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { CurationError, Curator, type Provenance } from '../../graph/curation/curator';
import { entityKey, recordChange, type ChangeAction } from '../../graph/curation/history';
import { ID_PATTERN, labelOfKind, SOURCE_KINDS, TALK_KINDS, type NodeLabel } from '../../graph/model';
import { requireRole } from '../auth';
import type { GraphQLContext } from '../context';
import { curationError, userError } from '../errors';
import { compilerFor, ownSelections, type Args } from './support';

const id = z
  .string()
  .regex(ID_PATTERN, { message: 'ids are lower-case slugs such as "liu-xiangang"' })
  .max(120);
const text = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(500, { message: 'at most 500 characters' });
const optionalText = text.optional().nullable();
const url = z.url({ message: 'must be an absolute URL' }).max(2000).optional().nullable();
const aliases = z.array(text).max(50).optional().nullable();

const schemas = {
  provenance: z.strictObject({ source: id, location: text.optional().nullable() }),
  source: z.strictObject({
    id,
    title: text,
    type: z.enum(SOURCE_KINDS),
    published: z.string().optional().nullable(),
    publisher: optionalText,
    url,
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { message: 'a two-letter language code such as "en"' })
      .optional()
      .nullable(),
    notes: optionalText,
  }),
  person: z.strictObject({
    id,
    name: text,
    familyName: text,
    givenName: optionalText,
    honorific: optionalText,
    aliases,
  }),
  personUpdate: z.strictObject({
    name: text.optional(),
    familyName: text.optional(),
    givenName: optionalText,
    honorific: optionalText,
  }),
  institution: z.strictObject({
    id,
    name: text,
    type: optionalText,
    aliases,
    partOf: id.optional().nullable(),
  }),
  institutionUpdate: z.strictObject({
    name: text.optional(),
    type: optionalText,
    partOf: id.optional().nullable(),
  }),
  topic: z.strictObject({
    id,
    name: text,
    description: optionalText,
    aliases,
    broader: z.array(id).max(20).optional().nullable(),
  }),
  topicUpdate: z.strictObject({
    name: text.optional(),
    description: optionalText,
    broader: z.array(id).max(20).optional().nullable(),
  }),
  event: z.strictObject({
    id,
    name: text,
    type: text,
    startDate: z.string(),
    endDate: z.string().optional().nullable(),
    description: optionalText,
    place: id.optional().nullable(),
    partOf: id.optional().nullable(),
    aliases,
  }),
  eventUpdate: z.strictObject({
    name: text.optional(),
    type: text.optional(),
    startDate: z.string().optional(),
    endDate: z.string().optional().nullable(),
    description: optionalText,
    place: id.optional().nullable(),
    partOf: id.optional().nullable(),
  }),
  talk: z.strictObject({
    id,
    title: text,
    summary: optionalText,
    type: z.enum(TALK_KINDS),
    speaker: id,
    event: id,
    topics: z.array(id).min(1, { message: 'a talk needs at least one topic' }).max(20),
    date: z.string().optional().nullable(),
  }),
  affiliation: z.strictObject({
    person: id,
    institution: id,
    title: optionalText,
    asOf: z.string().optional().nullable(),
    from: z.string().optional().nullable(),
    to: z.string().optional().nullable(),
  }),
};

/** Validates one argument with zod; the first problem becomes BAD_USER_INPUT naming the field. */
function parse<T>(schema: z.ZodType<T>, value: unknown, argument: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [argument, ...issue.path.map(String)].join('.');
  const message =
    issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message;
  throw userError(`${field}: ${message}`, field);
}

/** What history calls each mutation's change. */
const ACTIONS: Record<string, ChangeAction> = {
  createSource: 'create',
  createPerson: 'create',
  createInstitution: 'create',
  createTopic: 'create',
  createEvent: 'create',
  recordTalk: 'create',
  linkAffiliation: 'relate',
  addAlias: 'add-alias',
};

/**
 * Runs a curation write in one write transaction, then reads the result back in the same transaction
 * with the client's selection, so the response shows exactly what was committed.
 */
async function curate(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  target: { label: NodeLabel; id: string },
  write: (c: Curator) => Promise<void>,
  projectionVars:
    | { match: (q: ReturnType<typeof compilerFor>['q']) => string; vars: Record<string, string> }
    | undefined = undefined,
) {
  const actor = requireRole(ctx, 'curator');
  const compiler = compilerFor(info);
  try {
    return await ctx.db.write(async (tx) => {
      const state = `MATCH (n:${target.label} {id: $id}) RETURN properties(n) AS p`;
      const before = (await ctx.db.run(tx, state, { id: target.id })).records[0]?.get('p') as unknown;
      await write(new Curator(ctx.db, tx));
      const after = (await ctx.db.run(tx, state, { id: target.id })).records[0]?.get('p') as unknown;
      await recordChange(ctx.db, tx, {
        action: ACTIONS[info.fieldName] ?? 'update',
        by: actor.name,
        entities: [entityKey(target.label, target.id)],
        before,
        after,
        details: { mutation: info.fieldName },
      });
      const projection = compiler.project(
        getNamedType(info.returnType),
        projectionVars?.vars ?? { n: 'n' },
        ownSelections(info),
      );
      const match = projectionVars
        ? projectionVars.match(compiler.q)
        : `MATCH (n:${target.label} {id: ${compiler.q.param(target.id)}})`;
      const r = await ctx.db.run(tx, `${match} RETURN ${projection} AS result LIMIT 1`, compiler.q.params);
      return r.records[0]?.get('result');
    });
  } catch (err) {
    if (err instanceof CurationError) throw curationError(err);
    throw err;
  }
}

const prov = (args: Args): Provenance => parse(schemas.provenance, args.provenance, 'provenance');
const checkDates = (start?: string | null, end?: string | null, prefix = 'input') => {
  if (start && end && end < start)
    throw userError(`${prefix}.endDate: is before startDate`, `${prefix}.endDate`);
};

type Target = { label: NodeLabel; id: string };
type Write<I> = (c: Curator, target: Target, input: I, p: Provenance) => Promise<void>;

/** create*: `input.id` must be new; the source is checked first, in the same write transaction. */
function creating<I extends { id: string }>(label: NodeLabel, schema: z.ZodType<I>, write: Write<I>) {
  return (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const input = parse(schema, args.input, 'input');
    const p = prov(args);
    const target = { label, id: input.id };
    return curate(ctx, info, target, async (c) => {
      await c.requireSource(p);
      await c.requireNew(label, input.id, 'input.id');
      await write(c, target, input, p);
    });
  };
}

/** update*: `id` must exist (NOT_FOUND otherwise). */
function updating<I>(label: NodeLabel, schema: z.ZodType<I>, write: Write<I>) {
  return (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const target = { label, id: parse(id, args.id, 'id') };
    const input = parse(schema, args.input, 'input');
    const p = prov(args);
    return curate(ctx, info, target, async (c) => {
      await c.requireSource(p);
      await c.requireExisting(label, target.id, 'id', 'NOT_FOUND');
      await write(c, target, input, p);
    });
  };
}

export const mutationResolvers = {
  createSource: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const input = parse(schemas.source, args.input, 'input');
    return curate(ctx, info, { label: 'Source', id: input.id }, async (c) => {
      await c.requireNew('Source', input.id, 'input.id');
      const { type, ...rest } = input;
      await c.createSource({ ...rest, kind: type });
    });
  },

  createPerson: creating('Person', schemas.person, (c, target, input, p) =>
    c.upsertNode('Person', target.id, { ...input, aliases: input.aliases ?? [] }, p),
  ),

  updatePerson: updating('Person', schemas.personUpdate, (c, target, input, p) =>
    c.upsertNode('Person', target.id, input, p, true),
  ),

  createInstitution: creating('Institution', schemas.institution, async (c, target, input, p) => {
    if (input.partOf) await c.requireExisting('Institution', input.partOf, 'input.partOf');
    const { type, partOf, ...rest } = input;
    await c.upsertNode('Institution', target.id, { ...rest, kind: type, aliases: input.aliases ?? [] }, p);
    if (partOf) await c.relate(target, 'PART_OF', { label: 'Institution', id: partOf }, p);
  }),

  updateInstitution: updating('Institution', schemas.institutionUpdate, async (c, target, input, p) => {
    if (input.partOf) await c.requireExisting('Institution', input.partOf, 'input.partOf');
    const { type, partOf, ...rest } = input;
    await c.upsertNode('Institution', target.id, { ...rest, kind: type ?? undefined }, p, true);
    if (partOf) await c.replaceOutgoing(target, 'PART_OF', 'Institution', [partOf], p);
  }),

  createTopic: creating('Topic', schemas.topic, async (c, target, input, p) => {
    const { broader, ...rest } = input;
    for (const [i, b] of (broader ?? []).entries()) await c.requireExisting('Topic', b, `input.broader.${i}`);
    await c.upsertNode('Topic', target.id, { ...rest, aliases: input.aliases ?? [] }, p);
    for (const b of broader ?? []) await c.relate(target, 'BROADER', { label: 'Topic', id: b }, p);
  }),

  updateTopic: updating('Topic', schemas.topicUpdate, async (c, target, input, p) => {
    const { broader, ...rest } = input;
    if (broader) {
      for (const [i, b] of broader.entries()) await c.requireExisting('Topic', b, `input.broader.${i}`);
      await c.requireNoTopicCycle(target.id, broader, 'input.broader');
    }
    await c.upsertNode('Topic', target.id, rest, p, true);
    if (broader) await c.replaceOutgoing(target, 'BROADER', 'Topic', broader, p);
  }),

  createEvent: creating('Event', schemas.event, async (c, target, input, p) => {
    checkDates(input.startDate, input.endDate);
    if (input.place) await c.requireExisting('Place', input.place, 'input.place');
    if (input.partOf) await c.requireExisting('Event', input.partOf, 'input.partOf');
    const { type, place, partOf, ...rest } = input;
    await c.upsertNode('Event', target.id, { ...rest, kind: type, aliases: input.aliases ?? [] }, p);
    if (place) await c.relate(target, 'HELD_IN', { label: 'Place', id: place }, p);
    if (partOf) await c.relate(target, 'PART_OF', { label: 'Event', id: partOf }, p);
  }),

  updateEvent: updating('Event', schemas.eventUpdate, async (c, target, input, p) => {
    checkDates(input.startDate, input.endDate);
    if (input.place) await c.requireExisting('Place', input.place, 'input.place');
    if (input.partOf) await c.requireExisting('Event', input.partOf, 'input.partOf');
    const { type, place, partOf, ...rest } = input;
    await c.upsertNode('Event', target.id, { ...rest, kind: type ?? undefined }, p, true);
    if (place) await c.replaceOutgoing(target, 'HELD_IN', 'Place', [place], p);
    if (partOf) await c.replaceOutgoing(target, 'PART_OF', 'Event', [partOf], p);
  }),

  recordTalk: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const input = parse(schemas.talk, args.input, 'input');
    const p = prov(args);
    return curate(ctx, info, { label: 'Talk', id: input.id }, async (c) => {
      await c.requireSource(p);
      await c.requireNew('Talk', input.id, 'input.id');
      await c.requireExisting('Person', input.speaker, 'input.speaker');
      await c.requireExisting('Event', input.event, 'input.event');
      for (const [i, t] of input.topics.entries()) await c.requireExisting('Topic', t, `input.topics.${i}`);
      const talk = { label: 'Talk' as const, id: input.id };
      await c.upsertNode(
        'Talk',
        input.id,
        {
          title: input.title,
          name: input.title,
          summary: input.summary,
          kind: input.type,
          date: input.date ?? undefined,
          aliases: [],
        },
        p,
      );
      await c.relate({ label: 'Person', id: input.speaker }, 'GAVE', talk, p);
      await c.relate(talk, 'AT', { label: 'Event', id: input.event }, p);
      for (const t of input.topics) await c.relate(talk, 'ABOUT', { label: 'Topic', id: t }, p);
      await c.inheritMissing('Talk', input.id);
    });
  },

  linkAffiliation: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const input = parse(schemas.affiliation, args.input, 'input');
    if (input.from && input.to && input.to < input.from)
      throw userError('input.to: is before from', 'input.to');
    const p = prov(args);
    return curate(
      ctx,
      info,
      { label: 'Person', id: input.person },
      async (c) => {
        await c.requireSource(p);
        await c.requireExisting('Person', input.person, 'input.person');
        await c.requireExisting('Institution', input.institution, 'input.institution');
        await c.relate(
          { label: 'Person', id: input.person },
          'AFFILIATED_WITH',
          { label: 'Institution', id: input.institution },
          p,
          { title: input.title, asOf: input.asOf, from: input.from, to: input.to },
        );
      },
      {
        vars: { r: 'r', from: 'a', to: 'b' },
        match: (q) =>
          `MATCH (a:Person {id: ${q.param(input.person)}})-[r:AFFILIATED_WITH {source: ${q.param(p.source)}}]->(b:Institution {id: ${q.param(input.institution)}})`,
      },
    );
  },

  addAlias: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const label = labelOfKind(String(args.kind));
    if (!label) throw userError(`kind: unknown kind ${String(args.kind)}`, 'kind');
    const targetId = parse(id, args.id, 'id');
    const alias = parse(text, args.alias, 'alias');
    const p = prov(args);
    return curate(ctx, info, { label, id: targetId }, async (c) => {
      await c.requireSource(p);
      await c.requireExisting(label, targetId, 'id', 'NOT_FOUND');
      await c.addAlias(label, targetId, alias, p);
    });
  },
};
