import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web';
import type { Api } from '../support/api';
import {
  ARTIFACTS,
  axeViolations,
  launch,
  settled,
  shot,
  startApiRetrying,
  watchedPage,
} from '../support/browser';

describe('the explorer in Chromium on the seed graph', () => {
  let api: Api;
  let base: string;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await buildWeb({ quiet: true });
    api = await startApiRetrying();
    base = api.service.url.replace(/\/graphql$/, '');
    browser = await launch();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const d = await api.data(`{
      source: search(text: "Cybersecurity Standards Forum", kinds: [SOURCE], first: 1) { entity { id } }
      directive: search(text: "Decisions", kinds: [DIRECTIVE], first: 1) { entity { id } }
      place: search(text: "Zhengzhou", kinds: [PLACE], first: 1) { entity { id } }
      talks(where: { speaker: "liu-xiangang" }, first: 1) { nodes { id } }
    }`);
    ids.source = d.source[0].entity.id;
    ids.directive = d.directive[0].entity.id;
    ids.place = d.place[0].entity.id;
    ids.talk = d.talks.nodes[0].id;
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const pages: [string, () => string, RegExp][] = [
    ['dashboard', () => '/', /Dashboard/],
    ['person', () => '/person/liu-xiangang', /Liu Xiangang/],
    ['institution', () => '/institution/tc260', /Technical Committee/],
    ['topic', () => '/topic/biometric-identification', /Biometric identification/],
    ['event', () => '/event/cybersecurity-standards-forum-2020', /Cybersecurity Standards Forum 2020/],
    ['source', () => `/source/${ids.source}`, /news report/],
    ['place', () => `/place/${ids.place}`, /Zhengzhou/],
    ['talk', () => `/talk/${ids.talk}`, /./],
    ['directive', () => `/directive/${ids.directive}`, /Decisions/],
    ['matrix', () => '/matrix', /Who spoke on which topic/],
    ['graph', () => '/graph?id=Institution:tc260', /Around National Information Security/],
    ['browse', () => '/browse/person', /People/],
    ['search', () => '/search?q=standard', /Search/],
    ['not-found', () => '/person/nobody-by-this-id', /Not found/],
  ];

  describe('every page', () => {
    // One browser page for all of them, as a user clicking around would have.
    let w: Awaited<ReturnType<typeof watchedPage>>;
    beforeAll(async () => {
      w = await watchedPage(browser, base);
    });
    afterAll(() => w?.page.context().close());

    it.each(pages)(
      'renders the %s page with at most two GraphQL requests, no errors and no serious accessibility violation',
      async (name, url, heading) => {
        w.reset();
        await w.page.goto(base + url(), { waitUntil: 'networkidle' });
        await settled(w.page);
        expect(await w.page.locator('main h1').first().innerText()).toMatch(heading);
        expect(w.graphqlRequests()).toBeGreaterThanOrEqual(1);
        expect(w.graphqlRequests()).toBeLessThanOrEqual(2);
        if (name !== 'not-found') expect(await w.page.locator('main .error').count()).toBe(0);
        expect(w.problems).toEqual([]);
        expect(await axeViolations(w.page)).toEqual([]);
        await shot(w.page, name);
      },
      60_000,
    );
  });

  it('takes an analyst from "TC 260" to a path to Tencent, with working back and forward', async () => {
    const w = await watchedPage(browser, base);
    const { page } = w;
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    // Search as you type, keyboard only.
    await page.locator('#q').fill('TC 260');
    await page.locator('#q-list [role=option]').first().waitFor();
    expect(await page.locator('#q-list [role=group]').first().getAttribute('aria-label')).toBe(
      'Institutions',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL('**/institution/tc260');
    await settled(page);
    await shot(page, 'flow-1-committee');

    // A talk by one of its people, then its speaker.
    await page
      .locator('section', { hasText: 'Talks by its people' })
      .locator('a[href^="/talk/"]')
      .first()
      .click();
    await page.waitForURL('**/talk/**');
    await settled(page);
    await shot(page, 'flow-2-talk');
    await page.locator('main a[href^="/person/"]').first().click();
    await page.waitForURL('**/person/**');
    await settled(page);
    const speaker = await page.locator('main h1').innerText();
    await shot(page, 'flow-3-speaker');

    // Provenance of a fact on click: the source's title and place in it.
    await page.locator('section', { hasText: 'Affiliations' }).locator('.prov-btn').first().click();
    const pop = page.locator('.prov-pop').first();
    await pop.waitFor();
    expect(await pop.innerText()).toMatch(/Cybersecurity Standards Forum[\s\S]*paragraph/);
    await page.keyboard.press('Escape');

    // Graph view, then paths to Tencent.
    await page.getByRole('link', { name: 'Graph view' }).click();
    await page.waitForURL('**/graph?id=Person*');
    await page.getByText(/nodes, \d+ relationships within 1 hop/).waitFor({ timeout: 20_000 });
    expect(await page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);
    await shot(page, 'flow-4-graph');
    await page.locator('#path-to').fill('Tencent');
    await page.locator('#path-to-list [role=option]', { hasText: 'Tencent' }).first().click();
    await page.waitForURL('**/graph?from=Person*to=Institution%3Atencent*');
    await page.getByText(/shortest paths? of \d+ hops?/).waitFor({ timeout: 30_000 });
    const list = page.locator('details.graph-table');
    expect(await list.innerText()).toContain('Tencent');
    expect(await list.innerText()).toContain(speaker.replace(/src$/, '').trim());
    await page.waitForTimeout(500); // the layout is synchronous; give the canvas a frame to paint
    await shot(page, 'flow-5-path-to-tencent');

    // Exports of the graph view.
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    const xml = fs.readFileSync((await graphml.path())!, 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml).toMatch(/<node id="Institution:tencent">/);

    // Back and forward through the history.
    await page.goBack();
    await page.waitForURL('**/graph?id=Person*');
    await page.goBack();
    await page.waitForURL('**/person/**');
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe(speaker);
    await page.goForward();
    await page.waitForURL('**/graph?id=Person*');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('exports a table as CSV and a chart as SVG', async () => {
    const w = await watchedPage(browser, base);
    await w.page.goto(base + '/event/cybersecurity-standards-forum-2020', { waitUntil: 'networkidle' });
    await settled(w.page);
    const programme = w.page.locator('section', { hasText: 'Programme' });
    const [csv] = await Promise.all([
      w.page.waitForEvent('download'),
      programme.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    const rows = text.trim().split('\r\n');
    expect(rows[0]).toBe('#,Date,Talk,Speaker,Affiliation,Topics');
    const talks = await api.data('{ event(id: "cybersecurity-standards-forum-2020") { talks { id } } }');
    expect(rows).toHaveLength(talks.event.talks.length + 1);

    await w.page.goto(base + '/', { waitUntil: 'networkidle' });
    await settled(w.page);
    const chart = w.page.locator('figure', { hasText: 'Nodes per kind' });
    await chart.locator('svg').first().waitFor();
    const [svg] = await Promise.all([
      w.page.waitForEvent('download'),
      chart.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(fs.readFileSync((await svg.path())!, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Topics/);
    await w.page.context().close();
  }, 60_000);

  it('counts talks per topic and institution in the matrix, and opens the talks behind a cell', async () => {
    const w = await watchedPage(browser, base);
    const { page } = w;
    await page.goto(base + '/matrix', { waitUntil: 'networkidle' });
    await settled(page);
    const { talkMatrix: m } = await api.data(
      '{ talkMatrix { talkCount rows { topic { name } cells { column count } } columns { institution { name } } } }',
    );
    expect(await page.getByRole('status').first().innerText()).toContain(`${m.talkCount} talks`);
    // The busiest cell of the first row, as the API counts it.
    const first = m.rows[0].cells[0];
    const label = `${first.count} talk${first.count === 1 ? '' : 's'} on ${m.rows[0].topic.name} by ${m.columns[first.column].institution.name}`;
    w.reset();
    await page.getByRole('button', { name: label, exact: true }).click();
    await page.waitForURL('**/matrix?*cell=*');
    const section = page.locator('section.cell-talks');
    await section.locator('ul.facts li').first().waitFor();
    expect(await section.locator('ul.facts li').count()).toBe(first.count);
    expect(w.graphqlRequests()).toBe(1);
    // The event and place choices are asked for when a list is first opened, not with the page.
    w.reset();
    await page.getByLabel('Event').focus();
    await page.locator('select >> option:nth-child(2)').first().waitFor({ state: 'attached' });
    expect(await page.getByLabel('Event').locator('option').count()).toBeGreaterThan(1);
    expect(w.graphqlRequests()).toBe(1);
    // Roll-up off asks again, and closes the cell.
    await page.getByLabel('Roll up to broader topics').uncheck();
    await page.waitForURL('**/matrix?*rollup=0*');
    await settled(page);
    await page.locator('table.matrix').waitFor();
    expect(await section.count()).toBe(0);
    await shot(page, 'matrix-cell');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('offers the offline GraphQL IDE at /graphql with the docs explorer and the saved examples', async () => {
    const w = await watchedPage(browser, base);
    const { page } = w;
    await page.goto(base + '/graphql', { waitUntil: 'networkidle' });
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // The examples plugin is open: choosing one puts it in the editor, running it answers from the API.
    // dispatchEvent: GraphiQL's sidebar panel may lie partly outside a small viewport.
    await page.getByRole('button', { name: /A speaker with titles/ }).dispatchEvent('click');
    await page.locator('.graphiql-query-editor').getByText('affiliations').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"data"').waitFor({ timeout: 30_000 });
    expect(await page.locator('.graphiql-response').innerText()).not.toContain('"errors"');
    // The docs explorer reads the schema by introspection.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await shot(page, 'graphql-ide');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says so in a banner when the API does not answer', async () => {
    const w = await watchedPage(browser, base);
    await w.page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await w.page.goto(base + '/person/liu-xiangang');
    await w.page
      .getByRole('alert')
      .filter({ hasText: 'The GraphQL API is not answering' })
      .waitFor({ timeout: 10_000 });
    await shot(w.page, 'api-down');
    await w.page.context().close();
  }, 30_000);
});

describe('the explorer in production mode', () => {
  let api: Api;
  let browser: Browser;
  beforeAll(async () => {
    await buildWeb({ quiet: true });
    api = await startApiRetrying({ NODE_ENV: 'production' });
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('works under the Content-Security-Policy (no violation reported)', async () => {
    const base = api.service.url.replace(/\/graphql$/, '');
    const w = await watchedPage(browser, base);
    await w.page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));`,
    });

    for (const url of ['/', '/topic/biometric-identification', '/graph?id=Institution:tc260', '/matrix']) {
      await w.page.goto(base + url, { waitUntil: 'networkidle' });
      await settled(w.page);
    }
    expect(await w.page.locator('header nav').innerText()).not.toContain('GraphQL IDE');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  }, 90_000);
});
