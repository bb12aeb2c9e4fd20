/**
 * An entity picker: a search box whose value counts only once a suggestion is chosen. Typing
 * again un-picks it, so a form never acts on an entity the box no longer shows (the trace once
 * re-ran its previous ends that way). Used by the Trace and Standing panels.
 */
import type { Kind, EntityRef } from '../types.ts';
import { createSearchBox, type SearchBox } from './search.ts';

export interface Picker {
  box: SearchBox;
  /** The chosen entity, or null when nothing is chosen (or the text changed since). */
  picked(): EntityRef | null;
  set(e: EntityRef): void;
  clear(): void;
  /** "From" when empty, `“Kenya” (From)` when text was typed but not chosen; null when picked. */
  missing(): string | null;
}

export function createPicker(opts: { label: string; short: string; placeholder: string; kinds?: Kind[]; onPick?: (e: EntityRef) => void }): Picker {
  let picked: EntityRef | null = null;
  const box = createSearchBox({
    label: opts.label,
    placeholder: opts.placeholder,
    keepValue: true,
    kinds: opts.kinds,
    onPick: (hit) => {
      picked = hit.entity;
      opts.onPick?.(hit.entity);
    },
  });
  box.input.addEventListener('input', () => (picked = null));
  return {
    box,
    picked: () => picked,
    set(e) {
      picked = e;
      box.setValue(e.name);
    },
    clear() {
      picked = null;
      box.setValue('');
    },
    missing() {
      if (picked) return null;
      const text = box.input.value.trim();
      return text ? `“${text}” (${opts.short})` : opts.short;
    },
  };
}

/** The sentence asking for the missing ends, or null when all are picked. */
export function missingEnds(pickers: Picker[]): string | null {
  const missing = pickers.map((p) => p.missing()).filter((m): m is string => m !== null);
  if (!missing.length) return null;
  return `Pick ${missing.join(' and ')} from the suggestions first: typed text is not an entity until it is chosen.`;
}
