/**
 * The two custom scalars. `Date` accepts exactly the ISO forms the data uses (`2001-11-23`,
 * `2001-11`, `2001`) and refuses the rest, so a date argument is always safe to compare as a
 * string in Cypher. `JSON` only ever leaves the server (relationship properties, memo variables).
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from './graphql-js.ts';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCDate() !== Number(d) || day.getUTCMonth() !== Number(mo) - 1) return false;
  }
  return true;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be an ISO 8601 date: YYYY-MM-DD, YYYY-MM or YYYY (e.g. "2015-07-22").', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601: `2001-11-23`, or `2001-11` / `2001` where only that much is known.',
  // Output: stored dates are already ISO strings (a paper's year may be a number).
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) parseDate(undefined);
    return parseDate((ast as { value: string }).value);
  },
});

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return null;
  }
}

export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (relationship properties).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
