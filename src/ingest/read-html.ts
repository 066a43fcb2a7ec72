import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from './document';
import { IngestError } from './errors';

/**
 * Saved web pages: the main content as Firefox's Reader View finds it (@mozilla/readability on a
 * linkedom DOM, no scripts run), so menus, cookie banners and footers stay out. Title, URL and
 * publication date come from the page's meta data.
 */
export function readHtml(file: string, html: string): { text: string; meta: DocumentMeta } {
  const { document } = parseHTML(html);
  const metaContent = (...selectors: string[]) => {
    for (const s of selectors) {
      const v =
        document.querySelector(s)?.getAttribute('content') ?? document.querySelector(s)?.getAttribute('href');
      if (v && v.trim()) return v.trim();
    }
    return undefined;
  };
  const published = metaContent(
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[itemprop="datePublished"]',
  );
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const url = metaContent('link[rel="canonical"]', 'meta[property="og:url"]');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  const body = (article?.textContent ?? '').trim();
  if (!article || body.length < 40) {
    throw new IngestError(file, 'the HTML page has no readable content (only scripts, menus or markup)');
  }
  // Paragraph structure: readability keeps block elements in `content`; turn them into lines.
  const { document: content } = parseHTML(`<html><body>${article.content ?? ''}</body></html>`);
  const lines: string[] = [];
  for (const el of content.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td')) {
    if (el.querySelector('p,li')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) lines.push(el.tagName === 'LI' ? `• ${t}` : t);
  }
  const text = (lines.length ? lines.join('\n') : body).trim();
  const isoDay = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
  return {
    text: text + '\n',
    meta: {
      title: article.title?.trim() || document.querySelector('title')?.textContent?.trim() || undefined,
      url: url && /^https?:\/\//.test(url) ? url : undefined,
      published: isoDay(published) ?? isoDay(time),
      byline: article.byline?.trim() || undefined,
    },
  };
}
