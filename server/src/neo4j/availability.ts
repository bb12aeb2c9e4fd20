/**
 * Neo4j outages: recognising them, answering fast while they last, and noticing the end.
 *
 * The driver already gives up after its 5 s acquisition timeout / 3 s retry budget. Without more,
 * every request during an outage would wait those seconds, and a soak at 32 clients would pile
 * up. The breaker opens on the first "unavailable" failure and, for `coolDownMs`, answers
 * SERVICE_UNAVAILABLE at once; after that one request at a time is let through as a probe, and
 * the first success closes it again. Nothing needs a restart: the driver re-creates connections
 * by itself once the server answers.
 *
 * It lives in the Neo4j layer (not in graphql/) because the HTTP health routes use it too. An
 * open breaker refuses with a {@link BreakerOpenError}; the GraphQL context turns it, like any
 * "unavailable" failure, into a SERVICE_UNAVAILABLE API error.
 */

export type Failure = 'unavailable' | 'timeout' | 'other';

/** What an open breaker throws instead of trying Neo4j. */
export class BreakerOpenError extends Error {
  readonly code = 'ServiceUnavailable';
  constructor() {
    super('Neo4j is unavailable (the outage breaker is open)');
    this.name = 'BreakerOpenError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
// Connection-level failures the driver reports with a generic code. "Unknown Bolt protocol
// version": what answered at the address is not a Neo4j this driver can talk to (another program
// took the port, or a connection to 127.0.0.1 met itself); for the client that is an outage too.
const UNAVAILABLE_MESSAGE =
  /acquisition timed out|pool is closed|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|connection was closed|socket hang up|Failed to connect|Could not perform discovery|no routing servers|Unknown Bolt protocol version/i;

/** What kind of failure a driver error is. */
export function classify(err: unknown): Failure {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (UNAVAILABLE_MESSAGE.test(message)) return 'unavailable';
  return 'other';
}

export const UNAVAILABLE_MESSAGE_TEXT = 'The graph database is unavailable right now. Please retry in a few seconds.';
export const TIMEOUT_MESSAGE_TEXT = 'The query took too long and was stopped. Narrow it (fewer hops, a smaller limit, more filters) and retry.';

/**
 * The driver retries a transaction that failed for lack of a connection for up to its retry
 * budget (with back-off: about 7 s in total for the 3 s budget of database.ts). A request that
 * has not finished after `afterMs` therefore checks, in parallel, whether Neo4j answers a trivial
 * query at all; if not, the request fails now as unavailable (which opens the breaker) instead of
 * waiting for the retries. A slow but healthy query is unaffected: the ping succeeds and the
 * query goes on.
 */
export function watchOutage<T>(work: Promise<T>, ping: (timeoutMs: number) => Promise<boolean>, afterMs = 1_000, pingTimeoutMs = 1_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ping(pingTimeoutMs).then(
        (ok) => {
          if (!ok) reject(Object.assign(new Error('Neo4j does not answer a ping'), { code: 'ServiceUnavailable' }));
        },
        () => reject(Object.assign(new Error('Neo4j ping failed'), { code: 'ServiceUnavailable' })),
      );
    }, afterMs);
  });
  // The abandoned work may still reject later: that is expected, not an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, watchdog]).finally(() => clearTimeout(timer));
}

export class Breaker {
  /** When the breaker last opened; null while closed. */
  private openedAt: number | null = null;
  private probing = false;

  constructor(
    private readonly coolDownMs = 1_000,
    private readonly now: () => number = Date.now,
    /** True while Neo4j is known to be down (the embedded JVM is being restarted): refuse without probing. */
    private readonly knownDown: () => boolean = () => false,
  ) {}

  /** True while requests are being refused without trying Neo4j. */
  get open(): boolean {
    return this.openedAt !== null;
  }

  /** Runs `work` unless the breaker refuses it; records the outcome. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    let probe = false;
    if (this.knownDown()) {
      this.openedAt ??= this.now();
      throw new BreakerOpenError();
    }
    if (this.openedAt !== null) {
      const cooling = this.now() - this.openedAt < this.coolDownMs;
      if (cooling || this.probing) throw new BreakerOpenError();
      this.probing = probe = true;
    }
    try {
      const result = await work();
      this.openedAt = null;
      return result;
    } catch (err) {
      if (classify(err) === 'unavailable') this.openedAt = this.now();
      throw err;
    } finally {
      if (probe) this.probing = false;
    }
  }

  /** Closes the breaker (e.g. after a successful /readyz ping). */
  reset(): void {
    this.openedAt = null;
  }
}
