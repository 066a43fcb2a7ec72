import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/config';

/**
 * Query limits from GraphQL Armor (depth, cost, aliases, directives), each configurable.
 * Its refusals are GraphQL validation errors, so clients get a coded error, never a 500.
 * Armor also turns off batched HTTP requests: one operation per request.
 */
export function queryLimits(limits: AppConfig['limits']) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's token check fails as an HTTP 500 under Apollo 5; graphql-js's own parser limit
    // (parseOptions.maxTokens in server.ts) refuses the same queries as GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Field suggestions ("did you mean") would leak schema details when introspection is off.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
