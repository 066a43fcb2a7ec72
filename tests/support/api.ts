import { silentLogger } from '../../src/logging/logger';
import { startService, type RunningService } from '../../src/service';
import { resetAndSeed, testConfig, testDatabase } from './db';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
  headers: Headers;
}

export interface Api {
  service: RunningService;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A query that must succeed: returns data, fails the test with the errors otherwise. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** The real service over HTTP, on the test Neo4j with a freshly loaded seed graph (the forum, or `seedsDir`). */
export async function startApi(env: NodeJS.ProcessEnv = {}, seedsDir?: string): Promise<Api> {
  const db = testDatabase();
  await resetAndSeed(db, seedsDir);
  await db.close();
  const service = await startService(
    testConfig({ API_TOKEN: TEST_TOKEN, SEED_ON_START: 'false', ...env }),
    silentLogger,
  );
  const gql: Api['gql'] = async (query, variables = {}, headers = {}) => {
    const res = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
  return {
    service,
    gql,
    data: async (query, variables) => {
      const r = await gql(query, variables);
      if (r.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
      return r.data as any;
    },
    stop: () => service.stop(),
  };
}
