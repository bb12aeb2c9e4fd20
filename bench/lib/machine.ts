/**
 * What the figures were measured on. Every section records it: a number without its machine
 * (cores, memory) cannot be compared with anything.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cores: number;
  cpuModel: string;
  totalMemoryGiB: number;
  totalMemoryBytes: number;
  platform: string;
  node: string;
  java: string;
  /**
   * 1, 5 and 15 minute load averages when the benchmark started. Well above the core count, other
   * processes were competing for the CPU and absolute figures are pessimistic (run.ts starts
   * benchmarks back to back, so some load from the previous one is normal).
   */
  loadAverage: number[];
}

export function machineInfo(): Machine {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    totalMemoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    totalMemoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: (`${java.stderr ?? ''}${java.stdout ?? ''}`.split('\n')[0] ?? 'unknown').trim(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
