/**
 * Ends a CLI with one plain sentence for known failures (AtlasError) and a short message for
 * anything else; exit code 1. Details (log tails) follow the sentence when there are any.
 */
import { AtlasError } from '../errors.ts';
import type { Logger } from '../log.ts';

export function fail(err: unknown, logger?: Logger): never {
  if (err instanceof AtlasError) {
    process.stderr.write(`\nError [${err.code}]: ${err.message}\n`);
    if (err.detail) process.stderr.write(`\n${err.detail}\n`);
  } else {
    logger?.error({ err }, 'Unexpected error');
    process.stderr.write(`\nError: ${(err as Error)?.message ?? String(err)}\n`);
  }
  process.exit(1);
}
