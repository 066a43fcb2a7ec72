import fs from 'node:fs';
import path from 'node:path';
import { startApi, TEST_TOKEN, type Api } from '../support/api';

/** Every GraphQL example in docs/api.md, in order (a block may hold several operations). */
function examples(): string[] {
  const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');
  return [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!
      .split(/\n(?=mutation|query|\{)/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

describe('the examples in docs/api.md run as written', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.stop());

  it('has examples for analysts, dashboards and curation', () => {
    expect(examples().length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples().map((e, i) => [i + 1, e.split('\n')[0]!.slice(0, 60), e]))(
    'example %i (%s) answers without errors',
    async (_i, _title, example) => {
      const r = await api.gql(example, {}, { authorization: `Bearer ${TEST_TOKEN}` });
      expect(r.errors).toBeUndefined();
      const first = Object.values(r.data ?? {})[0];
      expect(first).toBeTruthy();
      if (Array.isArray(first)) expect(first.length).toBeGreaterThan(0);
    },
  );
});
