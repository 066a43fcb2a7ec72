import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readGuide } from '../../src/graph/guide';
import { resetAndSeed, testDatabase } from '../support/db';
import { readTestState } from '../support/test-neo4j';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'browser-graph.png');

/** Distinct nodes and relationships on the guide's first query's paths, from Neo4j itself. */
async function testDatabaseCounts() {
  const db = testDatabase();
  try {
    return await db.query<{ nodes: number; rels: number }>(
      `MATCH path = (:Person)-[:GAVE]->(:Talk)-[:ABOUT]->(:Topic)
       UNWIND nodes(path) AS n WITH collect(DISTINCT n) AS ns, collect(DISTINCT path) AS ps
       UNWIND ps AS p UNWIND relationships(p) AS r
       RETURN size(ns) AS nodes, count(DISTINCT r) AS rels`,
    );
  } finally {
    await db.close();
  }
}

/** Opens Neo4j Browser as a researcher would: connect, apply the style, run the guide's first query. */
describe('Neo4j Browser on the test Neo4j (headless Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. This test does not pass without it.`,
      );
    }
    const db = testDatabase();
    await resetAndSeed(db);
    await db.close();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(() => browser?.close());

  it('connects with the printed credentials, applies the style and shows speakers linked to topics', async () => {
    const { browserUrl, connection } = readTestState();
    if (!browserUrl)
      throw new Error(
        'The test Neo4j provider serves no Neo4j Browser (NEO4J_TEST_URI); run with the embedded default.',
      );
    const bolt = new URL(connection.uri);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${browserUrl}?dbms=bolt://${connection.user}@${bolt.host}`, {
      waitUntil: 'networkidle',
    });

    await page.getByTestId('password').fill(connection.password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').first().waitFor({ timeout: 30_000 });

    const editor = page.getByTestId('activeEditor');
    const grass = fs
      .readFileSync(path.resolve(__dirname, '..', '..', 'cypher', 'style.grass'), 'utf8')
      .replace(/\s+/g, ' ');
    await editor.click();
    await page.keyboard.type(`:style ${grass}`);
    await page.keyboard.press('Control+Enter');
    await page.getByText('node.Person').first().waitFor({ timeout: 10_000 });

    const first = readGuide()[0]!;
    await editor.click();
    await page.keyboard.type(first.cypher.replace(/\s+/g, ' '));
    await page.keyboard.press('Control+Enter');
    await page
      .getByText(/Displaying \d+ nodes, \d+ relationships/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2000); // let the force layout settle for the picture

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const summary = await page
      .getByText(/Displaying \d+ nodes, \d+ relationships/)
      .first()
      .innerText();
    // Browser shows the paths' nodes; it also draws relationships among them (BROADER between topics).
    const [expected] = await testDatabaseCounts();
    expect(summary).toContain(`Displaying ${expected!.nodes} nodes`);
    expect(Number(/(\d+) relationships/.exec(summary)![1])).toBeGreaterThanOrEqual(expected!.rels);
    expect(await page.locator('svg .node').count()).toBeGreaterThanOrEqual(20);
    expect(await page.getByText('Person (8)').count()).toBeGreaterThan(0);
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  }, 120_000);
});
