/**
 * `npm start` in a child process, as a user runs it, and what tests look at around it: the
 * embedded JVMs on the machine (by their command line), whether a pid is alive, polling.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Every child started here; a test file kills the leftovers in afterAll (see killChildren). */
export const children: ChildProcess[] = [];
export const killChildren = (): void => children.forEach((c) => c.kill('SIGKILL'));

export function launcherPids(): number[] {
  return readdirPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('atlas.neo4j.Launcher');
    } catch {
      return false;
    }
  });
}

export function readdirPids(): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
}

export function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]!.startsWith('Z');
}

export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

export function startApp(env: Record<string, string>): { child: ChildProcess; output: () => string; running: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], { env: { ...process.env, LOG_LEVEL: 'info', CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const running = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Cyber Norms Atlas is running')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, running };
}
