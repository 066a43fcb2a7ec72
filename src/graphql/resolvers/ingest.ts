import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import YAML from 'yaml';
import { SeedValidationError } from '../../graph/seed/errors';
import { loadSeeds } from '../../graph/seed/loader';
import { acceptDraftText } from '../../ingest/accept';
import { draftYaml } from '../../ingest/draft';
import { IngestError } from '../../ingest/errors';
import { addGraphKnowledge, knowledgeFromSeeds } from '../../ingest/knowledge';
import { alreadyIngested, ingestDocument } from '../../ingest/pipeline';
import { DEFAULT_MAX_BYTES, readInput } from '../../ingest/read-input';
import {
  applyDecisions,
  reviewEntities,
  reviewFacts,
  ReviewError,
  type Correction,
} from '../../ingest/review';
import { reviewSummary } from '../../ingest/review-summary';
import type { SeedShape } from '../../ingest/seed-shape';
import { requireRole } from '../auth';
import { userError } from '../errors';
import type { MutationResolvers } from '../generated/types';

/**
 * Report ingestion over GraphQL, for the explorer's review page: the same pipeline, validation and
 * all-or-nothing load as `npm run ingest` (src/cli/ingest.ts), with the curator role.
 */

const EXTENSIONS = { TEXT: '.txt', MARKDOWN: '.md', HTML: '.html', PDF: '.pdf' } as const;
const NAME = 'the report';

/** Ingest and seed errors as BAD_USER_INPUT, naming the report rather than a scratch file. */
function asUserError(err: unknown, field: string): unknown {
  if (err instanceof IngestError) {
    const message = err.message.startsWith(`${err.file}: `)
      ? err.message.slice(err.file.length + 2)
      : err.message;
    return userError(message, field);
  }
  if (err instanceof SeedValidationError)
    return new GraphQLError(err.message, {
      extensions: { code: 'BAD_USER_INPUT', field, problems: err.problems },
    });
  if (err instanceof ReviewError) return userError(err.message, `input.${err.field}`);
  return err;
}

export const draftReport: MutationResolvers['draftReport'] = async (_parent, { input }, ctx) => {
  requireRole(ctx, 'curator');
  const bytes =
    input.format === 'PDF' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
  // The readers work on files (type sniffing, PDF parsing): the report goes to a scratch file first.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const file = path.join(dir, `report${EXTENSIONS[input.format]}`);
  try {
    fs.writeFileSync(file, bytes);
    const given = {
      title: input.title ?? undefined,
      url: input.url ?? undefined,
      published: input.published ?? undefined,
    };
    const doc = await readInput(file, given, DEFAULT_MAX_BYTES);
    const k = knowledgeFromSeeds(ctx.config.seedsDir);
    await addGraphKnowledge(ctx.db, k);
    const draft = ingestDocument(doc, k, NAME);
    const prior = alreadyIngested(draft, k, doc.meta);
    if (prior) throw new IngestError(file, `this report is already in the seeds: ${prior}`);
    return {
      sourceId: draft.sourceId,
      title: draft.seed.source.title,
      text: doc.text,
      yaml: draftYaml(draft),
      facts: reviewFacts(draft.seed, doc.text),
      entities: reviewEntities(draft, doc.text).map((e) => ({
        section: e.section,
        id: e.id,
        name: e.name,
        as: e.entry.as,
        link: e.entry.link,
        confidence: e.entry.confidence,
        candidates: e.entry.candidates ?? [],
        inferred: e.entry.inferred ?? [],
        location: e.location,
        quote: e.quote,
        span: e.span,
      })),
      notes: draft.notes,
      summary: reviewSummary(draft, `${draft.sourceId}.yaml`),
    };
  } catch (err) {
    throw asUserError(err, 'input.content');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** One accept at a time per process: each validates against, and writes into, the same seeds folder. */
let queue: Promise<unknown> = Promise.resolve();

export const acceptReport: MutationResolvers['acceptReport'] = async (_parent, { input }, ctx) => {
  const actor = requireRole(ctx, 'curator');
  const reject = (input.reject ?? []).map(String);
  const corrections = (input.corrections ?? []) as Correction[];
  let yamlText = input.yaml;
  try {
    if (reject.length || corrections.length) {
      const parsed = YAML.parse(input.yaml) as SeedShape & { review?: unknown };
      if (!parsed || typeof parsed !== 'object' || !parsed.source)
        throw userError('the draft is not a seed file with a source', 'input.yaml');
      const { review: _review, ...seed } = parsed;
      const revised = applyDecisions(seed, reject, corrections);
      yamlText =
        `# Accepted through the explorer's review page by "${actor.name}": ${reject.length} fact(s) rejected, ` +
        `${corrections.length} correction(s).\n` +
        YAML.stringify(revised, { lineWidth: 0, aliasDuplicateObjects: false });
    }
  } catch (err) {
    throw asUserError(err, 'input.yaml');
  }
  const run = async () => {
    let accepted: ReturnType<typeof acceptDraftText>;
    try {
      accepted = acceptDraftText(yamlText, input.text, ctx.config.seedsDir);
    } catch (err) {
      throw asUserError(err, 'input.yaml');
    }
    try {
      const r = await loadSeeds(ctx.db, ctx.config.seedsDir, ctx.logger, {
        force: true,
        by: actor.name,
        action: 'ingest-accept',
        reason: `accepted ${accepted.sourceId} on the review page`,
      });
      ctx.logger.info({ source: accepted.sourceId, by: actor.name }, 'report accepted through the API');
      return {
        sourceId: accepted.sourceId,
        file: path.relative(ctx.config.seedsDir, accepted.target),
        nodes: r.nodes,
        relationships: r.relationships,
      };
    } catch (err) {
      // All or nothing: the seed file and its text leave the seeds folder again.
      accepted.undo();
      throw asUserError(err, 'input.yaml');
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
};

export const ingestMutationResolvers = { draftReport, acceptReport };
