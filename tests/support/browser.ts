import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApi, type Api } from './api';

/** What the browser tests share: Debian's Chromium, a watched page, axe-core, screenshots. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const AXE = require.resolve('axe-core/axe.min.js');

/** The first seed load on a cold test Neo4j can exceed the transaction timeout on a busy machine: one retry. */
export async function startApiRetrying(env: NodeJS.ProcessEnv = {}, seedsDir?: string): Promise<Api> {
  try {
    return await startApi(env, seedsDir);
  } catch (err) {
    if (!/terminated|timeout/i.test(String(err))) throw err;
    return startApi(env, seedsDir);
  }
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. This test does not pass without it.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
}

/** A page that records console errors, failed requests, CSP violations and GraphQL requests. */
export async function watchedPage(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  let graphql = 0;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url().startsWith(`${base}/graphql`)) graphql++;
    else if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      problems.push(`request to another origin: ${r.url()}`);
  });
  return {
    page,
    problems,
    graphqlRequests: () => graphql,
    reset: () => {
      graphql = 0;
      problems.length = 0;
    },
  };
}

/** axe-core on the current page; returns the serious and critical violations. */
export async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol rather than added as a <script>, which production's CSP
  // (script-src 'self') would block.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  // A string: the test code has no DOM types; this runs in the page.
  const result = await page.evaluate(
    `axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  );

  return (
    (result as { violations: unknown[] }).violations as {
      id: string;
      impact: string;
      nodes: { target: string[] }[];
    }[]
  )
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`), fullPage: true });

/**
 * Waits until the page shows its content: a heading and no loading indicator. Locators only: a string
 * predicate (waitForFunction) is evaluated by eval, which production's CSP refuses once it has to poll.
 */
export async function settled(page: Page) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 20_000 });
}
