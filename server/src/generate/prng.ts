/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the corpus generator
 * needs. Why not Math.random: the synthetic corpus must be byte-for-byte the same for the same
 * seed and scale, so benchmark runs on different days (and machines) load the same graph.
 *
 * Every section of the corpus takes its own stream (`rng.fork('papers')`), so changing how one
 * section is drawn does not shift the numbers of every other section.
 *
 * @example
 * const rng = new Rng(42).fork('states');
 * rng.int(1, 6); // the same value on every run
 */

/** FNV-1a 32-bit: turns a label into a seed component. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for a named part of the corpus. */
  fork(label: string): Rng {
    return new Rng(hash32(`${this.seed}:${label}`));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `weighted([['a', 3], ['b', 1]])` is 'a' three times out of four. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [value, w] of choices) {
      x -= w;
      if (x < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** `count` distinct items (fewer if the list is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    // Partial Fisher-Yates on a copy of the indexes: O(n) draws, no rejection loop.
    const idx = Array.from({ length: items.length }, (_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, n).map((i) => items[i]!);
  }

  /** A full ISO date (YYYY-MM-DD) between two years, both included. */
  date(fromYear: number, toYear: number): string {
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    const d = this.int(1, 28); // 28: every month has it, so no calendar check is needed
    return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  }
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
