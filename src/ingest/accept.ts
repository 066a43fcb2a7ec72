import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSeeds } from '../graph/seed/loader';
import { parseSeedText, SOURCE_TEXTS_DIR } from '../graph/seed/read';
import { SeedValidationError } from '../graph/seed/errors';
import { IngestError } from './errors';

/**
 * Accepting a reviewed draft: it is validated together with every seed file already in `seeds/` (schema,
 * references, conflicting declarations, quotes against the stored text) in a scratch copy, and only then
 * moved, with its stored text, into `seeds/` and `seeds/sources/`. Returns an undo for a failed load.
 */
export function acceptDraft(
  draftFile: string,
  seedsDir: string,
): { target: string; undo: () => void; sourceId: string } {
  if (!fs.existsSync(draftFile)) throw new IngestError(draftFile, 'no such draft');
  const text = fs.readFileSync(draftFile, 'utf8');
  const parsed = parseSeedText(path.basename(draftFile), text);
  if (!parsed.data) throw new SeedValidationError(parsed.problems);
  const sourceId = (parsed.data as { source: { id: string } }).source.id;
  const storedText = path.join(path.dirname(draftFile), SOURCE_TEXTS_DIR, `${sourceId}.txt`);
  if (!fs.existsSync(storedText))
    throw new IngestError(draftFile, `the report's text ${storedText} is missing`);
  const target = path.join(seedsDir, path.basename(draftFile));
  const targetText = path.join(seedsDir, SOURCE_TEXTS_DIR, `${sourceId}.txt`);
  if (fs.existsSync(target)) throw new IngestError(draftFile, `${target} exists already`);

  // Validate the future seeds folder in a scratch copy.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-accept-'));
  try {
    fs.mkdirSync(path.join(scratch, SOURCE_TEXTS_DIR));
    for (const n of fs.readdirSync(seedsDir)) {
      if (/\.(ya?ml|json)$/.test(n)) fs.copyFileSync(path.join(seedsDir, n), path.join(scratch, n));
    }
    const texts = path.join(seedsDir, SOURCE_TEXTS_DIR);
    if (fs.existsSync(texts))
      for (const n of fs.readdirSync(texts))
        fs.copyFileSync(path.join(texts, n), path.join(scratch, SOURCE_TEXTS_DIR, n));
    fs.copyFileSync(draftFile, path.join(scratch, path.basename(draftFile)));
    fs.copyFileSync(storedText, path.join(scratch, SOURCE_TEXTS_DIR, `${sourceId}.txt`));
    prepareSeeds(scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  fs.mkdirSync(path.dirname(targetText), { recursive: true });
  const hadText = fs.existsSync(targetText) ? fs.readFileSync(targetText) : undefined;
  fs.copyFileSync(storedText, targetText);
  fs.writeFileSync(
    target,
    text.replace(
      /^# DRAFT written by[^\n]*\n/,
      '# Accepted from a draft of `npm run ingest` after review.\n',
    ),
  );
  fs.rmSync(draftFile);
  fs.rmSync(storedText);
  const undo = () => {
    fs.writeFileSync(draftFile, text);
    fs.copyFileSync(targetText, storedText);
    fs.rmSync(target, { force: true });
    if (hadText) fs.writeFileSync(targetText, hadText);
    else fs.rmSync(targetText, { force: true });
  };
  return { target, undo, sourceId };
}

/**
 * Accepting a draft given as text (the explorer's review page): it is written with the report's text as
 * a draft in a scratch drafts folder, then accepted exactly as `npm run ingest -- --accept` does.
 */
export function acceptDraftText(
  yamlText: string,
  reportText: string,
  seedsDir: string,
): ReturnType<typeof acceptDraft> {
  const parsed = parseSeedText('draft.yaml', yamlText);
  if (!parsed.data) throw new SeedValidationError(parsed.problems);
  const sourceId = (parsed.data as { source: { id: string } }).source.id;
  const drafts = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-review-'));
  fs.mkdirSync(path.join(drafts, SOURCE_TEXTS_DIR));
  const draftFile = path.join(drafts, `${sourceId}.yaml`);
  fs.writeFileSync(draftFile, yamlText);
  fs.writeFileSync(path.join(drafts, SOURCE_TEXTS_DIR, `${sourceId}.txt`), reportText);
  let accepted: ReturnType<typeof acceptDraft>;
  try {
    accepted = acceptDraft(draftFile, seedsDir);
  } finally {
    fs.rmSync(drafts, { recursive: true, force: true });
  }
  return {
    ...accepted,
    // A failed load puts the draft back where it came from: a scratch folder, which then goes.
    undo: () => {
      fs.mkdirSync(path.join(drafts, SOURCE_TEXTS_DIR), { recursive: true });
      accepted.undo();
      fs.rmSync(drafts, { recursive: true, force: true });
    },
  };
}
