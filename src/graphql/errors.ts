import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
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

/** A graph-layer curation refusal as a coded GraphQL error naming the argument at fault. */
export function curationError(err: {
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
  field: string;
  message: string;
}) {
  const message = err.code === 'BAD_USER_INPUT' ? `${err.field}: ${err.message}` : err.message;
  return new GraphQLError(message, { extensions: { code: err.code, field: err.field } });
}
