import { readFileSync } from 'node:fs';
import net from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/**
 * A free port on 127.0.0.1 below the kernel's ephemeral range: refused for as long as nothing
 * listens on it, and free again when a test reopens it. For "the server cannot be reached" tests
 * and for a proxy a test cuts and restores.
 *
 * Why not {@link freePort}: its ports come from the kernel's ephemeral range, the range outgoing
 * connections take their own port from. A client connecting to such a port on 127.0.0.1 can be
 * given that very port as its source and connect to itself (TCP simultaneous open); the Bolt
 * driver then reads its own handshake back ("Unknown Bolt protocol version") instead of a
 * refusal (the likely cause of a fast 200 in one full run of the outage test: an echo server
 * gives the driver exactly that error), and the self-connected socket then
 * holds the port a proxy wants back. A port below the range is never a source port.
 */
export async function stablePort(): Promise<number> {
  const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  const top = Math.min(low ?? 32_768, 32_768);
  // Usually 20000 up to the range; lower where the range itself starts low (never privileged ports).
  const bottom = Math.max(1_024, Math.min(20_000, top - 4_096));
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = bottom + Math.floor(Math.random() * (top - bottom));
    if (await listenOnce(port).then(() => true, () => false)) return port;
  }
  throw new Error(`no free port found between ${bottom} and ${top}`);
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}
