/**
 * `npm run test:containers`: the integration tests on the Neo4j container (Testcontainers) plus the
 * container checks in tests/containers (compose). scripts/images/test-containers.sh sets the runtime up.
 * @type {import('jest').Config}
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest reads CommonJS config files
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['**/tests/integration/**/*.test.ts', '**/tests/containers/**/*.test.ts'],
  // Starts the service's own embedded Neo4j (not the test Neo4j): the same on any provider, run by `npm test`.
  testPathIgnorePatterns: ['/node_modules/', '/tests/integration/process-lifecycle\\.test\\.ts$'],
};
