import fs from 'node:fs';
import path from 'node:path';
import { detect } from 'tinyld';
import type { DocumentMeta, IngestDocument } from './document';
import { IngestError } from './errors';
import { readPdf } from './read-pdf';
import { segment } from './segment';

/**
 * Reads a report from a file: plain text or Markdown, saved HTML (main content only) or PDF (its text
 * layer). Refuses, with a reason and before anything is written: empty, binary, over the size limit,
 * a PDF without text, HTML without content, text that is not English.
 */

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function readInput(
  file: string,
  given: DocumentMeta = {},
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<IngestDocument> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new IngestError(file, 'no such file');
  const size = fs.statSync(file).size;
  if (size === 0) throw new IngestError(file, 'the file is empty');
  if (size > maxBytes) {
    throw new IngestError(
      file,
      `the file is ${size} bytes, over the limit of ${maxBytes} bytes (--max-bytes)`,
    );
  }
  const bytes = fs.readFileSync(file);
  const ext = path.extname(file).toLowerCase();
  let text: string;
  let meta: DocumentMeta = {};
  let format: string;
  if (ext === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    ({ text, meta } = await readPdf(file, bytes));
    format = 'pdf';
  } else {
    if (bytes.includes(0) || !isUtf8(bytes))
      throw new IngestError(file, 'the file is binary, not text, HTML or PDF');
    const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype html|html|head|body)\b/i.test(raw)) {
      // Loaded on demand: the DOM library is only needed for web pages.
      const { readHtml } = await import('./read-html');
      ({ text, meta } = readHtml(file, raw));
      format = 'html';
    } else {
      text = raw;
      format = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
    }
  }
  text = normaliseText(text, format);
  if (text.trim() === '') throw new IngestError(file, 'the file has no text');
  // Options given on the command line win over the document's own metadata; unset ones do not erase it.
  const options = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const doc = segment(text, format, { ...meta, ...options });
  const body = doc.blocks.map((b) => b.text).join('\n');
  const lang = detect(body.slice(0, 5000));
  if (lang && lang !== 'en' && body.length > 80) {
    throw new IngestError(
      file,
      `the report is not in English (detected language: ${lang}); only English reports are supported`,
    );
  }
  return doc;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Line endings, no-break spaces and Markdown markup; the result is the stored text quotes come from. */
function normaliseText(text: string, format: string): string {
  let t = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (format === 'markdown') {
    t = t
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(?<![*\w])\*([^*\n]+)\*(?!\*)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s*[-*+]\s+/gm, '• ');
  }
  return t;
}
