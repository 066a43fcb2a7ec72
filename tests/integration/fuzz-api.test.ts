import fc from 'fast-check';
import { graphCounts } from '../../src/graph/counts';
import { startApi, type Api, type GraphQLResponse } from '../support/api';

const ALLOWED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
const LEAK = /neo4j|cypher|lucene|Neo\.ClientError|MATCH |bolt:|java\./i;
const RUNS = 60;

/** Strings that look like attacks as well as arbitrary unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '" OR 1=1 //',
    "') DETACH DELETE n //",
    '*:*',
    'name:tc260~',
    '\\',
    '"',
    '}]){',
    'tc260^99 AND x',
    '$p0',
    '`id`',
    '\u0000',
    'a'.repeat(300),
  ),
  fc
    .array(
      fc.constantFrom(
        '+',
        '-',
        '&&',
        '||',
        '!',
        '(',
        ')',
        '{',
        '}',
        '[',
        ']',
        '^',
        '"',
        '~',
        '*',
        '?',
        ':',
        '\\',
        '/',
        'AND',
        'OR',
        'NOT',
        ' ',
        'tc260',
        'MATCH',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

describe('property-based bad input over GraphQL variables (real Neo4j, seed graph)', () => {
  let api: Api;
  let before: unknown;

  beforeAll(async () => {
    api = await startApi();
    before = await graphCounts(api.service.db);
  });
  afterAll(async () => {
    // No input, however crafted, may have changed the graph.
    expect(await graphCounts(api.service.db)).toEqual(before);
    await api.stop();
  });

  async function check(
    query: string,
    variables: Record<string, unknown>,
    extra?: (r: GraphQLResponse<any>) => void,
  ) {
    const r = await api.gql(query, variables);
    expect(r.status).toBeLessThan(500);
    for (const e of r.errors ?? []) {
      expect(ALLOWED).toContain(e.extensions?.code);
      // Messages may quote the client's own input ('no entity with id "MATCH "'); only the rest must not leak.
      let message = e.message;
      for (const v of Object.values(variables)) {
        if (typeof v === 'string' && v) message = message.split(v).join('<input>');
      }
      expect(message).not.toMatch(LEAK);
    }
    extra?.(r);
  }

  it('search text: never a 500, never more hits than asked, never Lucene syntax errors', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.integer({ min: -5, max: 200 }), async (text, first) => {
        await check(
          'query($t: String!, $f: Int) { search(text: $t, first: $f) { score entity { id } } }',
          { t: text, f: first },
          (r) => {
            if (r.data) expect(r.data.search.length).toBeLessThanOrEqual(Math.max(0, Math.min(first, 100)));
          },
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('ids in lookups, paths and neighbourhoods', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, fc.integer({ min: -3, max: 12 }), async (a, b, n) => {
        await check('query($a: ID!) { person(id: $a) { id } topic(id: $a) { id } }', { a });
        await check(
          'query($a: ID!, $b: ID!, $n: Int) { connection(from: $a, to: $b, maxHops: $n) { length } }',
          { a, b, n },
        );
        await check('query($a: ID!, $n: Int) { neighbourhood(id: $a, depth: $n, limit: $n) { truncated } }', {
          a,
          n,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('filters, cursors and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        nasty,
        nasty,
        fc.integer({ min: -1000, max: 1000 }),
        nasty,
        async (name, id, first, after) => {
          await check(
            `query($name: String, $id: ID, $first: Int, $after: String) {
            events(where: { name: $name, topic: $id, place: $id }, first: $first, after: $after) { totalCount nodes { id } }
            talks(where: { topic: $id, speaker: $id, institution: $id }, first: $first) { nodes { id } }
            people(where: { name: $name, institution: $id }, after: $after) { nodes { id } }
          }`,
            { name, id, first, after },
            (r) => {
              if (r.data?.events) expect(r.data.events.nodes.length).toBeLessThanOrEqual(100);
            },
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('dates: anything that is not a real YYYY-MM-DD is BAD_USER_INPUT', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        async (d) => {
          await check('query($d: Date) { events(where: { from: $d }) { totalCount } }', { d }, (r) => {
            const real =
              /^\d{4}-\d{2}-\d{2}$/.test(d) &&
              !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
              new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
            if (real) expect(r.errors).toBeUndefined();
            else expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
