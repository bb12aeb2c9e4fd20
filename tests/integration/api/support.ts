/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions, not by static types. */
/**
 * Shared set-up for the API integration tests: the app's HTTP server on a free port against the
 * test run's Neo4j (tests/support/global-setup.ts), a GraphQL helper, and captured logs.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../../../server/src/config.ts';
import { createHttpServer, type HttpServer } from '../../../server/src/http/app.ts';
import { connect, type Database } from '../../../server/src/neo4j/database.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

export interface Api {
  url: string;
  db: Database;
  http: HttpServer;
  /** Every log line the server wrote, as parsed JSON. */
  logs: Array<Record<string, unknown>>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function neo4jUri(): string {
  return inject('neo4jUri');
}

/** The test Neo4j has authentication on, like the app's embedded one (global-setup.ts). */
export function neo4jPassword(): string {
  return inject('neo4jPassword');
}

export async function openDb(): Promise<Database> {
  return connect({ uri: neo4jUri(), user: 'neo4j', password: neo4jPassword(), database: 'neo4j' });
}

export async function startApi(opts: { env?: Record<string, string>; db?: Database; clientDir?: string; ideDir?: string } = {}): Promise<Api> {
  const db = opts.db ?? (await openDb());
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  // A high rate limit: the suites send hundreds of requests a minute from one address.
  // Port 0 (any free port) is set after validation: config.ts accepts PORT 1..65535 only.
  const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '100000', ...opts.env }, false), port: 0 };
  const http = await createHttpServer({ db, config, logger, clientDir: opts.clientDir, ideDir: opts.ideDir });
  const url = http.url;
  return {
    url,
    db,
    http,
    logs,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<never>['body'] };
    },
    async close() {
      await http.close();
      if (!opts.db) await db.close();
    },
  };
}

/** The data of a response, failing with the errors when there are any. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.body.errors?.length || !res.body.data) throw new Error(`GraphQL errors (HTTP ${res.status}): ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

export function errorCode(res: GraphQLResponse): unknown {
  return res.body.errors?.[0]?.extensions?.code;
}
