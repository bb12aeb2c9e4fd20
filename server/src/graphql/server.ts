/**
 * The Apollo Server of the public endpoint: the SDL and resolvers, every request limit, error
 * masking, and the per-request context. The HTTP side (express, helmet, CORS, rate limit, body
 * size, the IDE) is in server/src/http.
 *
 * @example
 * const { apollo, context } = createGraphQL({ db, logger });
 * await apollo.start();
 * app.use('/graphql', express.json(), expressMiddleware(apollo, { context }));
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema as buildSdl, type GraphQLSchema } from './graphql-js.ts';
import type { Database } from '../neo4j/database.ts';
import type { Logger } from '../log.ts';
import { Breaker } from '../neo4j/availability.ts';
import { createContext, type Context } from './context.ts';
import { makeFormatError } from './errors.ts';
import { armorProtection } from './limits/armor.ts';
import { OPERATION_LIMITS } from './limits/caps.ts';
import { ReadOnlyRule } from './limits/read-only-rule.ts';
import { resultSizePlugin } from './limits/result-size.ts';
import { resolvers } from './resolvers/index.ts';
import { typeDefs } from './sdl.ts';

/** The schema without resolvers (for static checks such as the result-size estimate's tests). */
export function buildSchema(): GraphQLSchema {
  return buildSdl(typeDefs);
}

export interface GraphQLOptions {
  db: Database;
  logger: Logger;
  /** Shared by all requests: one outage seen by one request is seen by all. */
  breaker?: Breaker;
}

export function createGraphQL({ db, logger, breaker = new Breaker() }: GraphQLOptions) {
  const armor = armorProtection();
  const apollo = new ApolloServer<Context>({
    // Apollo builds the executable schema (with @graphql-tools, its own dependency).
    typeDefs,
    resolvers,
    // Introspection stays on: the schema is public and the IDE needs it.
    introspection: true,
    // Blocks simple (CSRF-able) requests: a GET or a form POST must carry a preflighted header.
    csrfPrevention: true,
    // graphql-js stops parsing after this many tokens: bounded parse time, a 400 with
    // GRAPHQL_PARSE_FAILED, never a 500 (see limits/armor.ts for why not armor's token limit).
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    // Our resolvers throw errors with proper codes; unknown ones are masked by formatError.
    formatError: makeFormatError(logger),
    validationRules: [ReadOnlyRule, ...armor.validationRules],
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server; same runtime objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      resultSizePlugin(),
      // Apollo's default landing page loads its code from a CDN: off. Browsers get the local IDE
      // (server/src/http/ide) before Apollo sees the request.
      ApolloServerPluginLandingPageDisabled(),
    ],
    logger: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.info(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
  });
  const context = async (): Promise<Context> => createContext({ db, logger, breaker });
  return { apollo, context, breaker };
}
