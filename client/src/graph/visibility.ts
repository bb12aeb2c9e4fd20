/**
 * Which loaded elements are shown: the rules of the filters (kind, relationship type, stance)
 * and of the time slider (as of a day; compare two days), as pure functions of element data.
 * The store applies them as classes (`f-hidden`, `t-hidden`, `diff-*`) so the user's own hides
 * and pins are never lost when a filter is toggled back.
 */
import type { EdgeData, Kind, NodeData } from '../types.ts';
import { relation } from '../../../server/src/law/dates.ts';
import { holdsOn } from './model.ts';

/** `NONE` stands for edges without a stance (memberships, treaty status, citations...). */
export type StanceKey = string;
export const NO_STANCE = 'NONE';

export interface Filters {
  /** Kinds switched OFF (an empty set shows everything: the URL stays short). */
  kinds: Set<Kind>;
  types: Set<string>;
  stances: Set<StanceKey>;
}

export function emptyFilters(): Filters {
  return { kinds: new Set(), types: new Set(), stances: new Set() };
}

export function nodePasses(d: Pick<NodeData, 'kind'>, f: Filters): boolean {
  return !f.kinds.has(d.kind);
}

export function edgePasses(d: Pick<EdgeData, 'type' | 'stance'>, f: Filters): boolean {
  if (f.types.has(d.type)) return false;
  return !f.stances.has(d.stance ?? NO_STANCE);
}

export interface TimeView {
  /** Show the graph as it stood on this day (ISO); null = everything, undated. */
  asOf: string | null;
  /** Compare mode: the earlier day; changes between it and `asOf` are highlighted. */
  compareFrom: string | null;
}

export type Change = 'same' | 'added' | 'removed' | 'absent';

/**
 * What happened to an element between two days: held on both (`same`), began to hold
 * (`added`), stopped holding (`removed`), or held on neither (`absent`).
 */
export function change(validFrom: string | null | undefined, validTo: string | null | undefined, before: string, after: string): Change {
  const a = holdsOn(validFrom, validTo, before);
  const b = holdsOn(validFrom, validTo, after);
  if (a && b) return 'same';
  if (b) return 'added';
  if (a) return 'removed';
  return 'absent';
}

export type TimeState = 'shown' | 'hidden' | 'added' | 'removed' | 'unknown';

/**
 * The time class of an element: hidden, highlighted as a change in compare mode, or `unknown`:
 * a dated kind of fact without a date, or dated only to a month or year that straddles the day.
 * An unknown date is never taken as "always": such facts are drawn apart (dashed) and counted
 * apart. `dated` is false for facts that have no date by nature (a state, a duty's structure).
 */
export function timeState(validFrom: string | null | undefined, validTo: string | null | undefined, t: TimeView, dated = false): TimeState {
  if (!t.asOf) return 'shown';
  if (dated && (!validFrom || relation(validFrom, t.asOf) === 'uncertain')) {
    // Its start is unknown, but an end is an end: gone after it, and in compare mode "ended"
    // when it ended between the two days.
    const [before, after] = t.compareFrom && t.compareFrom <= t.asOf ? [t.compareFrom, t.asOf] : [t.asOf, t.compareFrom ?? t.asOf];
    if (validTo && relation(validTo, after) === 'before') return t.compareFrom && validTo > before ? 'removed' : 'hidden';
    return 'unknown';
  }
  if (!t.compareFrom) return holdsOn(validFrom, validTo, t.asOf) ? 'shown' : 'hidden';
  const [before, after] = t.compareFrom <= t.asOf ? [t.compareFrom, t.asOf] : [t.asOf, t.compareFrom];
  const c = change(validFrom, validTo, before, after);
  if (c === 'absent') return 'hidden';
  return c === 'same' ? 'shown' : c;
}

export interface Counts {
  kinds: Map<string, number>;
  types: Map<string, number>;
  stances: Map<string, number>;
}

/** How many loaded elements fall in each filter bucket (shown next to each checkbox). */
export function countBuckets(nodes: Pick<NodeData, 'kind'>[], edges: Pick<EdgeData, 'type' | 'stance'>[]): Counts {
  const inc = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  const c: Counts = { kinds: new Map(), types: new Map(), stances: new Map() };
  for (const n of nodes) inc(c.kinds, n.kind);
  for (const e of edges) {
    inc(c.types, e.type);
    inc(c.stances, e.stance ?? NO_STANCE);
  }
  return c;
}

/** Every dated boundary among the loaded elements: the time slider's stops for playback. */
export function dateStops(items: { validFrom?: string | null; validTo?: string | null }[]): string[] {
  const s = new Set<string>();
  for (const it of items) {
    if (it.validFrom) s.add(normaliseDay(it.validFrom));
    if (it.validTo) s.add(normaliseDay(it.validTo));
  }
  return [...s].filter(Boolean).sort();
}

/** `2001` → `2001-01-01`, `2001-11` → `2001-11-01`; anything unreadable → ''. */
export function normaliseDay(d: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d.trim());
  if (!m) return '';
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}
