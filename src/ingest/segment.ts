import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, DocumentMeta, IngestDocument, Sentence } from './document';

// One wink instance per process: loading the model takes a few hundred milliseconds.
let nlp: ReturnType<typeof winkNLP> | undefined;
const wink = () => (nlp ??= winkNLP(model, ['sbd']));

const HEADER = /^(Title|URL|Published|Author|Date):[ \t]*(.*)$/i;
const BULLET = /^[ \t]*(?:[•·▪◦‣*-]|\d{1,2}[.)])[ \t]+/;

/** The `Title:` / `URL:` / `Published:` lines the corpus files start with. */
export function readHeaderLines(text: string): { meta: DocumentMeta; bodyStart: number } {
  const meta: DocumentMeta = {};
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = HEADER.exec(line.trim());
    if (!m) {
      if (line.trim() === '' && Object.keys(meta).length > 0) {
        offset += line.length + 1;
        continue;
      }
      break;
    }
    const [, key, raw] = m;
    const value = raw!.trim();
    const known = value !== '' && !/^(unknown|n\/a|none|-)$/i.test(value);
    const k = key!.toLowerCase();
    if (known && k === 'title') meta.title = value;
    if (known && k === 'url') meta.url = value;
    if (known && (k === 'published' || k === 'date') && /^\d{4}-\d{2}-\d{2}$/.test(value))
      meta.published = value;
    if (known && k === 'author') meta.byline = value;
    offset += line.length + 1;
  }
  return { meta, bodyStart: offset };
}

/**
 * Paragraphs are non-empty lines (reports put one paragraph per line, blank lines or not); bullet and
 * numbered lines are items of the paragraph before them.
 */
export function splitBlocks(text: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let item = 0;
  let offset = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const bullet = BULLET.exec(line);
    const lead = bullet ? bullet[0].length : line.length - line.trimStart().length;
    const body = line.slice(lead).trimEnd();
    if (bullet && paragraph > 0) {
      item += 1;
      blocks.push({ paragraph, item, text: body, start: lineStart + lead });
    } else {
      paragraph += 1;
      item = 0;
      blocks.push({ paragraph, text: body, start: lineStart + lead });
    }
  }
  return blocks;
}

/** Sentences of each block (wink-nlp's sentence boundaries), located in the document text. */
export function splitSentences(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    let cursor = 0;
    for (const s of wink().readDoc(block.text).sentences().out() as string[]) {
      const text = s.trim();
      if (!text) continue;
      const at = block.text.indexOf(text, cursor);
      if (at < 0) continue; // wink keeps the characters, so this only guards against surprises
      out.push({ text, start: block.start + at, block });
      cursor = at + text.length;
    }
  }
  return out;
}

/** Builds the document from the stored text; header lines fill what `given` does not. */
export function segment(text: string, format: string, given: DocumentMeta = {}): IngestDocument {
  const { meta, bodyStart } = readHeaderLines(text);
  const blocks = splitBlocks(text, bodyStart);
  return {
    text,
    meta: { ...meta, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) },
    blocks,
    sentences: splitSentences(blocks),
    format,
  };
}
