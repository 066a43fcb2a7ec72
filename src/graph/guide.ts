import fs from 'node:fs';
import { repoAsset } from '../util/assets';

export const GUIDE_FILE = repoAsset(__dirname, 2, 'cypher', 'guide.cypher');

export interface GuideQuery {
  title: string;
  why: string;
  cypher: string;
}

/** The researchers' starter queries from cypher/guide.cypher: "// title", "// why", Cypher ending in ";". */
export function readGuide(file = GUIDE_FILE): GuideQuery[] {
  const text = fs.readFileSync(file, 'utf8');
  const blocks = text
    .split(/;\s*(?:\n|$)/)
    .map((b) => b.trim())
    .filter(Boolean);
  const queries: GuideQuery[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const comments = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
    const cypher = lines
      .filter((l) => !l.startsWith('//'))
      .join('\n')
      .trim();
    if (!cypher) continue;
    const [title, why] = comments.slice(-2);
    queries.push({ title: title ?? '', why: why ?? '', cypher });
  }
  return queries;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same queries as a Neo4j Browser guide (`:play <url>`): one slide each, runnable with a click. */
export function guideHtml(queries: GuideQuery[] = readGuide()): string {
  const slides = queries
    .map(
      (q) => `<slide class="row-fluid"><div class="col-sm-12">
<h3>${escape(q.title)}</h3>
<p>${escape(q.why)}</p>
<pre mode="cypher" class="pre-scrollable code runnable">${escape(q.cypher)}</pre>
</div></slide>`,
    )
    .join('\n');
  return `<article class="guide"><carousel class="deck container-fluid">\n${slides}\n</carousel></article>\n`;
}
