import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { tinyPdf } from '../fixtures/ingest/tiny-pdf';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `npm run ingest` as a user would, on a scratch seeds folder. */
function ingest(file: string) {
  const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-formats-'));
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/ingest.ts', file, '--seeds', seeds], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const drafts = path.join(seeds, 'drafts');
  const files = fs.existsSync(drafts) ? fs.readdirSync(drafts).filter((n) => n.endsWith('.yaml')) : [];
  const draft = files[0] ? YAML.parse(fs.readFileSync(path.join(drafts, files[0]), 'utf8')) : undefined;
  const stored = draft ? fs.readFileSync(path.join(drafts, 'sources', `${draft.source.id}.txt`), 'utf8') : '';
  return { ...r, draft, stored, files };
}

describe('inputs other than plain text', () => {
  it('a saved web page: main content only, title, canonical URL and date from the page', () => {
    const r = ingest(path.join(ROOT, 'tests/fixtures/ingest/forum-page.html'));
    expect(r.status).toBe(0);
    expect(r.draft.source).toMatchObject({
      title: 'Data Security Forum held in Shanghai',
      url: 'https://news.example.org/2021/data-security-forum',
      published: '2021-05-04',
    });
    expect(r.stored).toContain('the Data Security Forum was held in Shanghai');
    expect(r.stored).not.toMatch(/cookies|Privacy policy|About us|tracking/);
    expect(r.draft.people.map((p: { name: string }) => p.name).sort()).toEqual(['Tom Baker', 'Zhang Wei']);
    expect(r.draft.events.find((e: { name: string }) => /Data Security Forum/.test(e.name)).startDate).toBe(
      '2021-05-02',
    );
  });

  it('a PDF: its text layer, title and date from the document information', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'forum.pdf');
    fs.writeFileSync(
      file,
      tinyPdf(
        [
          'On 2 May 2021, the Data Security Forum was held in Shanghai, China.',
          'The Forum was organised by the Shanghai Institute of Standards (SIS).',
          'ZHANG Wei, Director of the Testing Centre of SIS, presented the progress of data security standards.',
        ],
        { title: 'Data Security Forum 2021', date: '2021-05-03' },
      ),
    );
    const r = ingest(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.draft.source).toMatchObject({ title: 'Data Security Forum 2021', published: '2021-05-03' });
    expect(r.draft.affiliations[0]).toMatchObject({ title: 'Director' });
  });

  it('a PDF without a text layer is refused, nothing written', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'scan.pdf');
    fs.writeFileSync(file, tinyPdf([]));
    const r = ingest(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no text layer/);
    expect(r.files).toEqual([]);
  });
});
