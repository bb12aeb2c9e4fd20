/**
 * Configuration from environment variables (and an optional `.env` at the project root),
 * validated once at start. Every variable is documented in the README's "Configuration" table.
 *
 * @example
 * const config = loadConfig({ PORT: '4100' });
 * config.port; // 4100
 * config.neo4j.mode; // 'embedded' unless NEO4J_URI is set
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from './errors.ts';
import { readCredentials } from './neo4j/credentials.ts';

/** The project root: every relative path in the config is resolved against it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  // 0 asks the OS for a free port (tests use it).
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_STORE_DIR: z.string().default('.neo4j'),
  NEO4J_HEAP_MB: positiveInt.default(1024),
  NEO4J_PAGECACHE_MB: positiveInt.default(512),
  NEO4J_TX_TIMEOUT_S: positiveInt.default(120),
  // Generous: on a busy 2-core machine a first start (JIT, store creation, recovery) can take minutes.
  NEO4J_START_TIMEOUT_S: positiveInt.default(300),
  QUERY_TIMEOUT_MS: positiveInt.default(10_000),
  DATA_DIR: z.string().default('data'),
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  AUTO_INGEST: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  queryTimeoutMs: number;
  dataDir: string;
  corsOrigins: string[];
  rateLimitPerMinute: number;
  autoIngest: boolean;
  neo4j: Neo4jConfig;
}

export type Neo4jConfig =
  | { mode: 'external'; uri: string; user: string; password: string; database: string }
  | {
      mode: 'embedded';
      uri: string;
      user: string;
      password: string;
      database: string;
      boltPort: number;
      storeDir: string;
      heapMb: number;
      pageCacheMb: number;
      txTimeoutS: number;
      startTimeoutS: number;
    };

/**
 * A Neo4j on this machine: with no NEO4J_PASSWORD it is taken to be the embedded one of another
 * `npm start` (same NEO4J_STORE_DIR), whose stored password is used. A remote server never gets
 * that password.
 */
function isLoopback(uri: string): boolean {
  const host = /^[a-z+]+:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/?]+)/i.exec(uri)?.[1]?.toLowerCase();
  return host === 'localhost' || host === '[::1]' || (host !== undefined && /^127\.\d+\.\d+\.\d+$/.test(host));
}

/** Reads `.env` from the project root, if there is one; real environment variables win. */
function readDotenv(): Record<string, string> {
  const file = path.join(ROOT, '.env');
  return existsSync(file) ? parseDotenv(readFileSync(file)) : {};
}

/**
 * Validates the environment. Throws {@link AtlasError} `CONFIG_INVALID` naming every bad
 * variable, the value it had and what was expected.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, useDotenv = true): Config {
  const merged = { ...(useDotenv ? readDotenv() : {}), ...env };
  // Empty strings mean "unset" (a common way to blank a variable in a shell or .env).
  const cleaned = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(cleaned[name] ?? '')}: ${issue.message}`;
    });
    throw new AtlasError('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}. Fix these variables (see README, "Configuration").`);
  }
  const e = parsed.data;
  const resolve = (p: string) => path.resolve(ROOT, p);
  const storeDir = resolve(e.NEO4J_STORE_DIR);
  const common = { user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  const neo4j: Neo4jConfig = e.NEO4J_URI
    ? { mode: 'external', uri: e.NEO4J_URI, ...common, ...(e.NEO4J_PASSWORD === '' && isLoopback(e.NEO4J_URI) ? readCredentials(storeDir) : {}) }
    : {
        mode: 'embedded',
        uri: `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
        // The embedded Neo4j's own credentials (made at its first start; until then none).
        ...common,
        ...(readCredentials(storeDir) ?? { password: '' }),
        boltPort: e.NEO4J_BOLT_PORT,
        storeDir,
        heapMb: e.NEO4J_HEAP_MB,
        pageCacheMb: e.NEO4J_PAGECACHE_MB,
        txTimeoutS: e.NEO4J_TX_TIMEOUT_S,
        startTimeoutS: e.NEO4J_START_TIMEOUT_S,
      };
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    dataDir: resolve(e.DATA_DIR),
    corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    autoIngest: e.AUTO_INGEST === 'true',
    neo4j,
  };
}
