import type { DocumentMeta, IngestDocument } from './document';
import { buildDraft, type Draft } from './draft';
import { IngestError } from './errors';
import { extract } from './extract';
import type { Knowledge } from './knowledge';

/** From a read document to a draft, linked against what is known. Pure: no files, no database. */
export function ingestDocument(doc: IngestDocument, k: Knowledge, input: string): Draft {
  const x = extract(doc, {
    knownPeople: k.entities.filter((e) => e.label === 'Person').map((e) => e.name),
    knownAcronyms: new Set(
      k.entities
        .filter((e) => e.label === 'Institution')
        .flatMap((e) => e.aliases)
        .filter((a) => /^[A-Z0-9/ &-]+$/.test(a) && a.length <= 12)
        .map((a) => a.replace(/\s+/g, '')),
    ),
  });
  if (x.events.length === 0 && x.people.filter((p) => p.key !== x.source.author).length === 0) {
    throw new IngestError(
      input,
      'nothing found: the report names no dated event and no person, so no draft was written',
    );
  }
  return buildDraft(x, k, input);
}

/** The source a report is already in, by URL or by id. */
export function alreadyIngested(draft: Draft, k: Knowledge, meta: DocumentMeta): string | undefined {
  const hit = k.sources.find((s) => s.id === draft.sourceId || (meta.url && s.url === meta.url));
  return hit ? `${hit.from} (source id "${hit.id}")` : undefined;
}
