import { execute, parse, type ExecutionResult } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { queryMix, SEED_IDS } from '../../bench/query-mix';
import { loadConfig } from '../../src/config/config';
import { compiledExecutor, type CompiledExecutorStats } from '../../src/graphql/compiled-executor';
import type { GraphQLContext } from '../../src/graphql/context';
import { projectedFieldResolver } from '../../src/graphql/resolvers';
import { executableSchema } from '../../src/graphql/server';
import { silentLogger } from '../../src/logging/logger';
import { VersionedCache } from '../../src/util/versioned-cache';
import { startApi, TEST_TOKEN, type Api } from '../support/api';

/**
 * Queries run compiled (graphql-jit) and must answer exactly as graphql-js does over the same schema,
 * resolvers and projections; what the compiled path cannot read correctly (an alias on a field without
 * arguments) and mutations run on graphql-js.
 */
describe('compiled executor (real Neo4j, seed graph)', () => {
  let api: Api;
  const schema = executableSchema();
  let stats: CompiledExecutorStats;
  let run: ReturnType<typeof compiledExecutor>;
  const context = (): GraphQLContext => ({
    db: api.service.db,
    config: loadConfig({ NODE_ENV: 'test', API_TOKEN: TEST_TOKEN }, false),
    logger: silentLogger,
    authorization: `Bearer ${TEST_TOKEN}`,
    aggregates: new VersionedCache(),
  });

  /** The same operation through the executor and through graphql-js. */
  const both = async (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const compiled = await run({
      document,
      operationName: null,
      request: { query, variables },
      context: context(),
    } as unknown as GatewayGraphQLRequestContext);
    const reference = (await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: context(),
      fieldResolver: projectedFieldResolver,
    })) as ExecutionResult;
    return {
      compiled: JSON.parse(JSON.stringify(compiled)),
      reference: JSON.parse(JSON.stringify(reference)),
    };
  };

  beforeAll(async () => {
    api = await startApi();
  });
  beforeEach(() => {
    stats = { compiled: 0, graphqlJs: 0 };
    run = compiledExecutor(schema, projectedFieldResolver, stats);
  });
  afterAll(() => api?.stop());

  it.each(queryMix(SEED_IDS).map((op) => [op.name, op] as const))(
    'answers %s compiled, exactly as graphql-js does',
    async (_name, op) => {
      const { compiled, reference } = await both(op.query, op.variables);
      expect(reference.errors).toBeUndefined();
      expect(compiled).toEqual(reference);
      expect(stats).toEqual({ compiled: 1, graphqlJs: 0 });
    },
  );

  it('keeps the same field under two aliases with different arguments apart', async () => {
    const { compiled, reference } = await both(`{ person(id: "${SEED_IDS.person}") {
      onForumDay: affiliations(asOf: "2020-09-28") { title institution { id } }
      everAffiliated: affiliations { title institution { id name } } } }`);
    expect(compiled).toEqual(reference);
    expect(stats.compiled).toBe(1);
  });

  it('follows fragments, type conditions, __typename and @include as graphql-js does', async () => {
    const query = `query S($text: String!, $withScore: Boolean!) {
      search(text: $text, first: 5) { score @include(if: $withScore) entity { __typename ...E } } }
      fragment E on Entity { id kind ... on Person { familyName } ... on Institution { type } }`;
    for (const withScore of [true, false]) {
      const { compiled, reference } = await both(query, { text: SEED_IDS.searchText, withScore });
      expect(reference.errors).toBeUndefined();
      expect((reference.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
      expect(compiled).toEqual(reference);
    }
    expect(stats).toEqual({ compiled: 2, graphqlJs: 0 });
  });

  it('runs an alias on a field without arguments on graphql-js, with the right answer', async () => {
    const { compiled, reference } = await both(`{ person(id: "${SEED_IDS.person}") { shown: name id } }`);
    expect(compiled).toEqual(reference);
    expect((compiled.data as { person: { shown: string } }).person.shown).toEqual(expect.any(String));
    expect(stats).toEqual({ compiled: 0, graphqlJs: 1 });
  });

  it('reports a missing entity and a resolver error the way graphql-js does', async () => {
    const { compiled, reference } = await both(`{ person(id: "nobody-at-all") { id name } }`);
    expect(compiled).toEqual(reference);
    const bad = await both(
      `{ connection(from: "${SEED_IDS.pathFrom}", to: "${SEED_IDS.pathTo}", maxHops: 99) { length } }`,
    );
    expect(bad.reference.errors?.length).toBeGreaterThan(0);
    expect(bad.compiled.errors?.[0]).toMatchObject({
      message: bad.reference.errors[0].message,
      path: bad.reference.errors[0].path,
      extensions: bad.reference.errors[0].extensions,
    });
  });

  it('runs mutations on graphql-js, one after another', async () => {
    const document = parse(
      `mutation { createSource(input: { id: "jit-test", title: "Executor test notes", type: "other" }) { id } }`,
    );
    const r = await run({
      document,
      operationName: null,
      request: {},
      context: context(),
    } as unknown as GatewayGraphQLRequestContext);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ createSource: { id: 'jit-test' } });
    expect(stats).toEqual({ compiled: 0, graphqlJs: 1 });
  });

  it('over HTTP: a variable of the wrong type is BAD_USER_INPUT, and the answer is compiled once per query text', async () => {
    const r = await api.gql(`query P($id: ID!) { person(id: $id) { id } }`, { id: { not: 'an id' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/\$id/);
    const ok = await api.gql(`query P($id: ID!) { person(id: $id) { id } }`, { id: SEED_IDS.person });
    expect(ok.data).toEqual({ person: { id: SEED_IDS.person } });
  });
});
