/**
 * Memory of a process from /proc/<pid>/status (Linux): resident set now (VmRSS) and its peak
 * (VmHWM). Used for the API server process and for the Neo4j JVM when JMX is not available.
 *
 * @example
 * procMemory(process.pid); // { rssMb: 80.1, peakRssMb: 95.3 }
 */
import { readFileSync } from 'node:fs';

export interface ProcMemory {
  rssMb: number;
  peakRssMb: number;
}

export function procMemory(pid: number): ProcMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: round(kb('VmRSS') / 1024), peakRssMb: round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
