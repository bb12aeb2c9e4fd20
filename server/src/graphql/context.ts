/**
 * The per-request context: how resolvers reach Neo4j (`read`), the request's DataLoaders and
 * the logger. `read` is the only door: it names a query file under cypher/queries (never text),
 * runs it in a READ transaction through the outage breaker, and turns driver failures into
 * SERVICE_UNAVAILABLE / QUERY_TIMEOUT errors. Other driver errors are rethrown as they are and
 * masked by formatError (logged server-side, "Internal server error" to the client).
 */
import neo4j from 'neo4j-driver';
import type { Database, Row } from '../neo4j/database.ts';
import type { Logger } from '../log.ts';
import { BreakerOpenError, classify, TIMEOUT_MESSAGE_TEXT, UNAVAILABLE_MESSAGE_TEXT, watchOutage, type Breaker } from '../neo4j/availability.ts';
import { apiError } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  read(name: string, params: Record<string, unknown>): Promise<Row[]>;
  loaders: Loaders;
  logger: Logger;
  /** When the request started (memo timestamps). */
  requestStart: number;
}

// A file, or a file with its quantifier's upper bound lowered (`queries/paths@3`, neo4j/cypher.ts).
const QUERY_NAME = /^queries\/[a-z0-9-]+(@[1-9])?$/;

/**
 * Integers travel to Neo4j as JS numbers, which the driver sends as floats; LIMIT and list
 * slices need real integers. Whole numbers become Neo4j integers, recursively.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  return value;
}

export interface ContextDeps {
  db: Database;
  logger: Logger;
  breaker: Breaker;
  /** Per-query timeout; defaults to the database's. */
  queryTimeoutMs?: number;
}

export function makeRead({ db, logger, breaker, queryTimeoutMs }: ContextDeps) {
  return async (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    if (!QUERY_NAME.test(name)) throw new Error(`not a read query name: ${name}`);
    try {
      return await breaker.run(() =>
        watchOutage(db.read(name, toParams(params) as Record<string, unknown>, { timeoutMs: queryTimeoutMs ?? db.queryTimeoutMs }), (ms) => db.ping(ms)),
      );
    } catch (err) {
      // Refused by the open breaker: the outage was logged when it opened.
      if (err instanceof BreakerOpenError) throw apiError('SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE_TEXT);
      const failure = classify(err);
      if (failure === 'unavailable') {
        logger.warn({ query: name, code: (err as { code?: string }).code }, 'Neo4j unavailable');
        throw apiError('SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE_TEXT);
      }
      if (failure === 'timeout') {
        logger.warn({ query: name }, 'query timed out');
        throw apiError('QUERY_TIMEOUT', TIMEOUT_MESSAGE_TEXT);
      }
      throw err;
    }
  };
}

export function createContext(deps: ContextDeps): Context {
  const read = makeRead(deps);
  return { read, loaders: createLoaders(read), logger: deps.logger, requestStart: Date.now() };
}
