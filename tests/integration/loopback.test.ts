/**
 * The embedded Neo4j listens on loopback only (authentication is on as well, see
 * neo4j-auth.test.ts; loopback alone would not stop a web page): read the kernel's table of
 * listening sockets for the test instance's Bolt port.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

/** Local addresses (hex, as in /proc/net/tcp) of the sockets listening on a port. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') // 0A = LISTEN
      .map((cols) => cols[1]!.split(':')[0]!),
  );
}

describe('the embedded Neo4j', () => {
  it('listens on 127.0.0.1 only', () => {
    const uri = inject('neo4jUri');
    expect(inject('neo4jStoreDir'), 'this test needs the embedded test Neo4j').not.toBe('');
    const port = Number(new URL(uri.replace('bolt://', 'http://')).port);
    const addresses = listeners(port);
    expect(addresses.length).toBeGreaterThan(0);
    // IPv4 127.0.0.1 is 0100007F; as IPv4-mapped IPv6 (::ffff:127.0.0.1) /proc prints ...FFFF00000100007F. 0.0.0.0 / :: would be all zeros.
    for (const a of addresses) expect(a === '0100007F' || a.endsWith('FFFF00000100007F'), `listening on ${a}`).toBe(true);
  });
});
