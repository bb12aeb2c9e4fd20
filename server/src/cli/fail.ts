/**
 * Ends a CLI with one plain sentence and exit code 1: the sentence of a known failure
 * (AtlasError, then its details such as log tails), a sentence for driver failures (Neo4j
 * unavailable, a transaction stopped by its timeout), and the first line of anything else.
 * Never a stack trace on the console: with LOG_LEVEL=debug the full error goes to the log.
 */
import { AtlasError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { classify } from '../neo4j/availability.ts';

/** One sentence for the user about an error of any kind. */
export function plainSentence(err: unknown): string {
  if (err instanceof AtlasError) return err.message;
  const first = String((err as Error)?.message ?? err)
    .split('\n')[0]!
    .trim();
  switch (classify(err)) {
    case 'unavailable':
      return `Neo4j stopped answering (${first}). If the machine is very busy, wait and run the command again.`;
    case 'timeout':
      return `Neo4j stopped a transaction that took too long (${first}). On a busy or slow machine raise NEO4J_TX_TIMEOUT_S and run the command again.`;
    default:
      return first || 'Unknown error.';
  }
}

export function fail(err: unknown, logger?: Logger): never {
  const code = err instanceof AtlasError ? ` [${err.code}]` : '';
  process.stderr.write(`\nError${code}: ${plainSentence(err)}\n`);
  if (err instanceof AtlasError && err.detail) process.stderr.write(`\n${err.detail}\n`);
  if (!(err instanceof AtlasError)) logger?.debug({ err }, 'the error in full');
  process.exit(1);
}
