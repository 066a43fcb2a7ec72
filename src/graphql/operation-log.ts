import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';

/** One log line per operation with its request id, name, duration and error codes (never variables or headers). */
export function operationLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = (errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          (ctx ?? contextValue).logger[codes.length ? 'warn' : 'info'](
            {
              operationName: operationName ?? null,
              ms: Math.round(ms * 10) / 10,
              errors: codes.length ? codes : undefined,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
