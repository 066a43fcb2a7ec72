/**
 * A report as the ingester sees it: the stored text (what quotes are checked against), its metadata and
 * its blocks (paragraphs and list items) with offsets into that text.
 */

export interface DocumentMeta {
  title?: string;
  url?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The byline's author as written, e.g. "Haley WU". */
  byline?: string;
}

export interface Block {
  /** Paragraph number, counted from 1 after the header lines (a byline is paragraph 1). */
  paragraph: number;
  /** 1-based number of a list item inside its paragraph. */
  item?: number;
  text: string;
  /** Offset of `text` in the document text. */
  start: number;
}

export interface Sentence {
  text: string;
  start: number;
  block: Block;
}

export interface IngestDocument {
  /** The text kept as `seeds/sources/<id>.txt`; every quote is a substring of it. */
  text: string;
  meta: DocumentMeta;
  blocks: Block[];
  sentences: Sentence[];
  /** Reader that produced it, for messages: text, markdown, html or pdf. */
  format: string;
}

/** "paragraph 5" or "paragraph 3, item 2": the seed format's `at`. */
export function locationOf(block: Block): string {
  return block.item ? `paragraph ${block.paragraph}, item ${block.item}` : `paragraph ${block.paragraph}`;
}

/** Collapses runs of whitespace, as the loader does when it checks a quote against the stored text. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
