import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Breaker, BreakerOpenError, classify, watchOutage } from '../availability.ts';

/** An error shaped like the driver's Neo4jError (a message and a code). */
function driverError(message: string, code: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'Neo4jError', code });
}

describe('classify', () => {
  it('recognises outages, timeouts and the rest', () => {
    expect(classify(driverError('Could not perform discovery', neo4j.error.SERVICE_UNAVAILABLE))).toBe('unavailable');
    expect(classify(driverError('expired', neo4j.error.SESSION_EXPIRED))).toBe('unavailable');
    expect(classify(new Error('Connection acquisition timed out in 5000 ms. Pool status: ...'))).toBe('unavailable');
    expect(classify(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBe('unavailable');
    // What driver 6 throws when the address echoes its handshake (code N/A, message as here).
    expect(classify(driverError('Unknown Bolt protocol version: 23.176', 'N/A'))).toBe('unavailable');
    expect(classify(driverError('timeout', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBe('timeout');
    expect(classify(driverError('syntax', 'Neo.ClientError.Statement.SyntaxError'))).toBe('other');
    expect(classify(null)).toBe('other');
    // A refusal by the open breaker is an outage too (the GraphQL context maps it to SERVICE_UNAVAILABLE).
    expect(classify(new BreakerOpenError())).toBe('unavailable');
  });
});

describe('Breaker', () => {
  const outage = () => Promise.reject(driverError('down', neo4j.error.SERVICE_UNAVAILABLE));

  it('fails fast during an outage, probes after the cool-down and closes on success', async () => {
    let now = 0;
    const breaker = new Breaker(1_000, () => now);
    let calls = 0;
    const counted = (work: () => Promise<string>) => () => {
      calls++;
      return work();
    };
    await expect(breaker.run(counted(outage))).rejects.toMatchObject({ code: neo4j.error.SERVICE_UNAVAILABLE });
    expect(breaker.open).toBe(true);
    // During the cool-down nothing reaches Neo4j.
    await expect(breaker.run(counted(() => Promise.resolve('ok')))).rejects.toBeInstanceOf(BreakerOpenError);
    expect(calls).toBe(1);
    // After it, one probe goes through; its failure re-opens the breaker.
    now = 1_500;
    await expect(breaker.run(counted(outage))).rejects.toMatchObject({ code: neo4j.error.SERVICE_UNAVAILABLE });
    expect(calls).toBe(2);
    now = 2_000;
    await expect(breaker.run(counted(() => Promise.resolve('ok')))).rejects.toBeInstanceOf(BreakerOpenError);
    now = 3_000;
    await expect(breaker.run(counted(() => Promise.resolve('ok')))).resolves.toBe('ok');
    expect(breaker.open).toBe(false);
  });

  it('lets only one probe through at a time', async () => {
    let now = 0;
    const breaker = new Breaker(1_000, () => now);
    await breaker.run(outage).catch(() => undefined);
    now = 2_000;
    let release!: () => void;
    const slowProbe = breaker.run(() => new Promise<string>((r) => (release = () => r('ok'))));
    await expect(breaker.run(() => Promise.resolve('second'))).rejects.toBeInstanceOf(BreakerOpenError);
    release();
    await expect(slowProbe).resolves.toBe('ok');
  });

  it('refuses at once, without trying Neo4j, while Neo4j is known to be down (a restart is under way)', async () => {
    let down = true;
    const breaker = new Breaker(1_000, () => 0, () => down);
    let calls = 0;
    await expect(breaker.run(() => (calls++, Promise.resolve('ok')))).rejects.toBeInstanceOf(BreakerOpenError);
    expect(calls).toBe(0);
    down = false;
    breaker.reset();
    await expect(breaker.run(() => (calls++, Promise.resolve('ok')))).resolves.toBe('ok');
  });

  it('does not open on ordinary query errors', async () => {
    const breaker = new Breaker();
    await breaker.run(() => Promise.reject(new Error('syntax'))).catch(() => undefined);
    expect(breaker.open).toBe(false);
  });
});

describe('watchOutage', () => {
  const never = () => new Promise<string>(() => undefined);

  it('fails a hanging request as unavailable when Neo4j does not answer a ping', async () => {
    const started = Date.now();
    const err = await watchOutage(never(), async () => false, 20, 20).catch((e: unknown) => e);
    expect(classify(err)).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('lets a slow query finish when Neo4j answers the ping', async () => {
    let pinged = 0;
    const slow = new Promise<string>((r) => setTimeout(() => r('done'), 80));
    await expect(watchOutage(slow, async () => (pinged++, true), 20, 20)).resolves.toBe('done');
    expect(pinged).toBe(1);
  });

  it('does not ping for fast queries', async () => {
    let pinged = 0;
    await expect(watchOutage(Promise.resolve('fast'), async () => (pinged++, true), 20, 20)).resolves.toBe('fast');
    await new Promise((r) => setTimeout(r, 40));
    expect(pinged).toBe(0);
  });
});
