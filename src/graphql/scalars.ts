import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../graph/model';

/** Marks a bad Date input so it is reported as BAD_USER_INPUT wherever graphql-js catches it. */
export class DateInputError extends TypeError {}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DateInputError(
      `Date must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Dates travel as ISO strings; Neo4j stores them as DATE (converted in Cypher with date()). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new DateInputError('Date must be a string written YYYY-MM-DD');
    return parse(ast.value);
  },
});
