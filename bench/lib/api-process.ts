/**
 * Starts the API server (bench/lib/api-server.ts) as a child process on a free loopback port
 * and watches it: its RSS from /proc, whether it is still alive, and how it ended.
 *
 * @example
 * const api = await startApiServer(neo.uri, neo.password);
 * api.url; // http://127.0.0.1:40123
 * api.rss(); // { rssMb, peakRssMb }
 * await api.stop();
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/support/ports.ts';
import { procMemory, type ProcMemory } from './proc.ts';

export interface ApiProcess {
  url: string;
  pid: number;
  rss(): ProcMemory | null;
  /** null while running; otherwise how it ended. */
  exited(): { code: number | null; signal: string | null } | null;
  /** Last lines the server wrote to stderr (for a report when it died). */
  stderrTail(): string;
  stop(): Promise<void>;
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-server.ts');

export async function startApiServer(neo4jUri: string, neo4jPassword: string): Promise<ApiProcess> {
  const port = await freePort();
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, BENCH_NEO4J_PASSWORD: neo4jPassword, BENCH_API_PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  let exit: { code: number | null; signal: string | null } | null = null;
  child.once('exit', (code, signal) => {
    exit = { code, signal };
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API server did not start within 120 s:\n${tail.join('\n')}`)), 120_000);
    child.on('message', (m: { type?: string; url?: string }) => {
      if (m?.type === 'ready' && m.url) {
        clearTimeout(timer);
        resolve(m.url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API server exited (${code}) before it was ready:\n${tail.join('\n')}`));
    });
  });

  return {
    url,
    pid: child.pid!,
    rss: () => procMemory(child.pid!),
    exited: () => exit,
    stderrTail: () => tail.join('\n'),
    async stop() {
      if (exit) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}
