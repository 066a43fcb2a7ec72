import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** `field` is the argument path that is wrong, e.g. "input.speaker". */
export function userError(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
}

export function codedError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
