import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { CurationError } from '../../graph/curation/curator';
import { listDecisions, markNotSame, withdrawNotSame, type Decision } from '../../graph/curation/decisions';
import { duplicateCandidates, type EntitySummary } from '../../graph/curation/duplicates';
import { correctFact, deleteEntity, deleteFact } from '../../graph/curation/facts';
import { historyOf } from '../../graph/curation/history';
import { mergeEntities, undoMerge, type MergeResult } from '../../graph/curation/merge';
import {
  previewRetraction,
  retractSource,
  withdrawRetraction,
  type FactRef,
  type RetractionReport,
} from '../../graph/curation/retract';
import { ID_PATTERN, kindOf, labelOfKind, type NodeLabel } from '../../graph/model';
import { checkQuotes, readStoredText } from '../../graph/seed/read';
import { requireRole, type Actor } from '../auth';
import type { GraphQLContext } from '../context';
import { curationError, userError } from '../errors';
import type { MutationResolvers, QueryResolvers } from '../generated/types';

/**
 * Curation's root fields: thin adapters from GraphQL arguments to src/graph/curation, each in one
 * transaction (reads in a read transaction, writes in a write transaction), with the actor's name as "by".
 */

const id = z.string().regex(ID_PATTERN, { message: 'ids are lower-case slugs such as "liu-xiangang"' });
const reason = z.string().trim().min(3, { message: 'say why, in a few words' }).max(1000);

function arg<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw userError(`${field}: ${r.error.issues[0]!.message}`, field);
}

function label(kind: unknown, field = 'kind'): NodeLabel {
  const l = labelOfKind(String(kind));
  if (!l) throw userError(`${field}: unknown kind ${String(kind)}`, field);
  return l;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CurationError) throw curationError(err);
    throw err;
  }
}

function write<T>(ctx: GraphQLContext, fn: (tx: ManagedTransaction, actor: Actor) => Promise<T>) {
  const actor = requireRole(ctx, 'curator');
  return guarded(() => ctx.db.write((tx) => fn(tx, actor)));
}

const ref = (e: { label: string; id: string; name?: string | null; aliases?: string[] }) => ({
  kind: kindOf(e.label),
  id: e.id,
  name: e.name ?? null,
  aliases: e.aliases ?? [],
});
const summary = (e: EntitySummary) => ref(e);
const fact = (f: FactRef) => ({
  id: f.id,
  type: f.type,
  from: ref({ label: f.fromLabel, id: f.from }),
  to: ref({ label: f.toLabel, id: f.to }),
  location: f.location,
  quote: f.quote,
  seeded: f.seeded,
});
const report = (r: RetractionReport) => ({
  ...r,
  removedFacts: r.removedFacts.map(fact),
  removedEntities: r.removedEntities.map(ref),
  keptEntities: r.keptEntities.map(ref),
});

const SUBJECT_FIELDS: Record<string, string[]> = {
  merge: ['keep', 'drop'],
  'not-same': ['a', 'b'],
  suppression: ['from', 'to'],
};
const decision = (d: Decision) => ({
  id: d.id,
  kind: d.kind.toUpperCase().replace('-', '_'),
  by: d.by,
  at: d.at,
  reason: d.reason,
  endedAt: d.endedAt,
  subjects:
    d.kind === 'retraction'
      ? [`Source:${String(d.source)}`]
      : d.kind === 'suppression'
        ? [`${String(d.fromLabel)}:${String(d.from)}`, `${String(d.toLabel)}:${String(d.to)}`]
        : (SUBJECT_FIELDS[d.kind] ?? []).map((f) => `${String(d.label)}:${String(d[f])}`),
});

async function decisionById(ctx: GraphQLContext, decisionId: string) {
  const [d] = await listDecisions(ctx.db, { id: decisionId, limit: 1 });
  return decision(d!);
}

async function mergeResult(ctx: GraphQLContext, m: MergeResult) {
  const rows = await ctx.db.query<{ name: string; aliases: string[] }>(
    `MATCH (n:${m.label} {id: $id}) RETURN n.name AS name, coalesce(n.aliases, []) AS aliases`,
    { id: m.keep },
  );
  return {
    decision: await decisionById(ctx, m.decision),
    kept: ref({ label: m.label, id: m.keep, ...rows[0] }),
    dropped: m.drop,
    movedFacts: m.movedFacts,
    parkedFacts: m.parkedFacts,
    addedAliases: m.addedAliases,
  };
}

export const curationQueryResolvers: Pick<
  QueryResolvers,
  'history' | 'decisions' | 'duplicateCandidates' | 'retractionPreview'
> = {
  history: async (_, args, ctx) =>
    historyOf(
      ctx.db,
      arg(id, args.id, 'id'),
      args.kind ? label(args.kind) : null,
      Math.min(Math.max(args.first ?? 50, 1), 500),
    ).then((changes) =>
      changes.map((c) => ({
        ...c,
        before: c.before === null ? null : JSON.stringify(c.before),
        after: c.after === null ? null : JSON.stringify(c.after),
        details: c.details === null ? null : JSON.stringify(c.details),
      })),
    ),
  decisions: async (_, args, ctx) =>
    (
      await listDecisions(ctx.db, {
        kind: args.kind ? (args.kind.toLowerCase().replace('_', '-') as Decision['kind']) : null,
        entity: args.entity ?? null,
        limit: Math.min(Math.max(args.first ?? 50, 1), 500),
      })
    ).map(decision),
  duplicateCandidates: async (_, args, ctx) =>
    (
      await duplicateCandidates(ctx.db, label(args.kind), {
        first: Math.min(Math.max(args.first ?? 20, 1), 200),
        minScore: args.minScore ?? 0.5,
      })
    ).map((c) => ({ ...c, a: summary(c.a), b: summary(c.b) })),
  retractionPreview: async (_, args, ctx) =>
    report(
      await guarded(() => ctx.db.read((tx) => previewRetraction(ctx.db, tx, arg(id, args.source, 'source')))),
    ),
};

export const curationMutationResolvers: Pick<
  MutationResolvers,
  | 'mergeEntities'
  | 'undoMerge'
  | 'markNotSame'
  | 'withdrawDecision'
  | 'retractSource'
  | 'deleteFact'
  | 'correctFact'
  | 'deleteEntity'
> = {
  mergeEntities: async (_, args, ctx) => {
    const m = {
      label: label(args.kind),
      keep: arg(id, args.keep, 'keep'),
      drop: arg(id, args.drop, 'drop'),
      reason: arg(reason, args.reason, 'reason'),
    };
    const result = await write(ctx, (tx, actor) => mergeEntities(ctx.db, tx, { ...m, by: actor.name }));
    return mergeResult(ctx, result);
  },
  undoMerge: async (_, args, ctx) => {
    const u = { decision: String(args.decision), reason: arg(reason, args.reason, 'reason') };
    const result = await write(ctx, (tx, actor) => undoMerge(ctx.db, tx, { ...u, by: actor.name }));
    return mergeResult(ctx, result);
  },
  markNotSame: async (_, args, ctx) => {
    const m = {
      label: label(args.kind),
      a: arg(id, args.a, 'a'),
      b: arg(id, args.b, 'b'),
      reason: arg(reason, args.reason, 'reason'),
    };
    const decisionId = await write(ctx, (tx, actor) => markNotSame(ctx.db, tx, { ...m, by: actor.name }));
    return decisionById(ctx, decisionId);
  },
  withdrawDecision: async (_, args, ctx) => {
    const w = { decision: String(args.decision), reason: arg(reason, args.reason, 'reason') };
    const [d] = await listDecisions(ctx.db, { id: w.decision, limit: 1 });
    if (!d || (d.kind !== 'not-same' && d.kind !== 'retraction'))
      throw curationError(
        new CurationError(
          'NOT_FOUND',
          'decision',
          `no "not the same" mark or retraction "${w.decision}" (a merge is taken back with undoMerge)`,
        ),
      );
    await write(ctx, async (tx, actor) => {
      if (d.kind === 'not-same') await withdrawNotSame(ctx.db, tx, { ...w, by: actor.name });
      else await withdrawRetraction(ctx.db, tx, { ...w, by: actor.name });
    });
    return decisionById(ctx, w.decision);
  },
  retractSource: async (_, args, ctx) => {
    const source = arg(id, args.id, 'id');
    const why = arg(reason, args.reason, 'reason');
    if (args.dryRun) {
      requireRole(ctx, 'curator');
      return report(await guarded(() => ctx.db.read((tx) => previewRetraction(ctx.db, tx, source))));
    }
    return report(
      await write(ctx, (tx, actor) => retractSource(ctx.db, tx, { source, reason: why, by: actor.name })),
    );
  },
  deleteFact: async (_, args, ctx) => {
    const d = { id: String(args.id), reason: arg(reason, args.reason, 'reason') };
    return fact(await write(ctx, (tx, actor) => deleteFact(ctx.db, tx, { ...d, by: actor.name })));
  },
  correctFact: async (_, args, ctx) => {
    const why = arg(reason, args.reason, 'reason');
    if (args.set.length === 0) throw userError('set: name at least one property to change', 'set');
    const set = Object.fromEntries(args.set.map((p) => [p.name, p.value ?? null]));
    const checkQuote = (source: string, quote: string) => {
      const text = readStoredText(ctx.config.seedsDir, source);
      if (text === undefined) return undefined;
      return checkQuotes('api', { source: { id: source }, quote } as never, text)[0]?.message;
    };
    return fact(
      await write(ctx, (tx, actor) =>
        correctFact(ctx.db, tx, { id: String(args.id), set, reason: why, by: actor.name, checkQuote }),
      ),
    );
  },
  deleteEntity: async (_, args, ctx) => {
    const d = {
      label: label(args.kind),
      id: arg(id, args.id, 'id'),
      reason: arg(reason, args.reason, 'reason'),
    };
    await write(ctx, (tx, actor) => deleteEntity(ctx.db, tx, { ...d, by: actor.name }));
    return ref({ label: d.label, id: d.id });
  },
};
