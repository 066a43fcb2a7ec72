import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web';
import { TEST_TOKEN, type Api } from '../support/api';
import { forumSeedsDir } from '../support/db';
import {
  ARTIFACTS,
  axeViolations,
  launch,
  settled,
  shot,
  startApiRetrying,
  watchedPage,
} from '../support/browser';

/**
 * The curators' review page in Chromium, in production mode (its Content-Security-Policy): paste a
 * paraphrased report, review the draft beside the text, reject one fact, correct another, accept, and find
 * the new source's facts on its page. The seeds folder is a scratch copy of the forum's.
 */
const REPORT = fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'review', 'data-labelling-seminar.txt'),
  'utf8',
);

describe('the review page in Chromium', () => {
  let api: Api;
  let browser: Browser;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    await buildWeb({ quiet: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-e2e-seeds-'));
    fs.cpSync(forumSeedsDir(), dir, { recursive: true });
    api = await startApiRetrying({ NODE_ENV: 'production', SEEDS_DIR: dir }, dir);
    base = api.service.url.replace(/\/graphql$/, '');
    browser = await launch();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('drafts a pasted report, rejects and corrects facts, accepts, and shows the source with its facts', async () => {
    const w = await watchedPage(browser, base);
    const { page } = w;
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));`,
    });
    await page.goto(base + '/review', { waitUntil: 'networkidle' });
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Review a report');
    expect(w.graphqlRequests()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The token goes to this tab's session storage, never into the address.
    await page.locator('#review-token').fill(TEST_TOKEN);
    await page.getByRole('button', { name: 'Use this token' }).click();
    expect(page.url()).not.toContain(TEST_TOKEN);
    expect(await page.evaluate(`sessionStorage.getItem('explorer.curatorToken')`)).toBe(TEST_TOKEN);

    await page.locator('#review-text').fill(REPORT);
    await page.getByRole('button', { name: 'Draft', exact: true }).click();
    await page.locator('li.fact').first().waitFor({ timeout: 60_000 });
    const facts = page.locator('li.fact');
    expect(await facts.count()).toBeGreaterThanOrEqual(5);
    // Each fact's quote is marked in the report's text.
    expect(await page.locator('.report-text mark').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.report-text mark').first().innerText()).not.toBe('');
    // What linked and what is uncertain.
    const uncertain = page.locator('tr.uncertain');
    expect(await uncertain.innerText()).toMatch(/Wang Jianming[\s\S]*uncertain[\s\S]*Wang Jianmin/);
    expect(await page.locator('tr', { hasText: 'TC260' }).first().innerText()).toMatch(/linked \(alias/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'review-draft');

    // Reject the uncertain speaker's talk; correct the affiliation's title.
    const talk = facts.filter({ hasText: 'Wang Jianming' }).filter({ hasText: 'gave' });
    await talk.getByRole('button', { name: 'Show in text' }).click();
    expect(await page.locator('.report-text mark.active').innerText()).toContain('WANG Jianming');
    await talk.getByRole('button', { name: 'Reject' }).click();
    expect(await talk.getAttribute('class')).toContain('rejected');
    const affiliation = facts.filter({ hasText: 'affiliated with' }).first();
    await affiliation.getByRole('button', { name: 'Correct…' }).click();
    await affiliation.getByLabel('Field').selectOption('title');
    await affiliation.getByLabel('New value').fill('Deputy Secretary-General');
    await affiliation.getByRole('button', { name: 'Apply' }).click();
    expect(await affiliation.innerText()).toContain('Corrected: title = “Deputy Secretary-General”');

    await page.getByRole('button', { name: /^Accept \(1 rejected, 1 corrected\)/ }).click();
    const status = page.getByRole('status').filter({ hasText: 'Accepted into' });
    await status.waitFor({ timeout: 60_000 });
    await shot(page, 'review-accepted');
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('seminar-on-data-labelling'));
    expect(files).toHaveLength(1);

    // The new source's page lists its facts with their quotes.
    await page.getByRole('link', { name: "Open the source's page" }).click();
    await page.waitForURL('**/source/**');
    await settled(page);
    const section = page.locator('section', { hasText: 'Facts it supports' });
    const table = await section.locator('table').innerText();
    expect(table).toContain('Zhao Minghui');
    expect(table).toContain('Deputy Secretary-General');
    expect(table).toContain('organised by TC260');
    expect(table).not.toContain('Wang Jianming');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'review-source-facts');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 240_000);
});
