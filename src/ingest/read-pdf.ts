import type { DocumentMeta } from './document';
import { IngestError } from './errors';

/**
 * PDF reports: the text layer through unpdf (PDF.js, no rendering), title and date from the document
 * information. A scanned PDF without a text layer is refused: there is nothing to quote.
 */
export async function readPdf(file: string, bytes: Buffer): Promise<{ text: string; meta: DocumentMeta }> {
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (err) {
    throw new IngestError(file, `not a readable PDF (${(err as Error).message})`);
  }
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map((p) => p.replace(/[ \t]+\n/g, '\n').trim()).filter(Boolean);
  if (pages.join('').replace(/\s+/g, '').length < 20) {
    throw new IngestError(file, 'the PDF has no text layer (scanned pages?); run OCR first');
  }
  const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
  const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
  const d = typeof info.CreationDate === 'string' ? /D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
  return {
    text: pages.join('\n\n') + '\n',
    meta: { title, published: d ? `${d[1]}-${d[2]}-${d[3]}` : undefined },
  };
}
