/**
 * Search with autocomplete, following the WAI-ARIA combobox pattern (input + listbox,
 * aria-activedescendant), so screen readers announce the highlighted option while focus stays
 * in the input. Used in the header (pick → centre and highlight) and twice in the trace panel.
 */
import './search.css';
import { ApiError } from '../api/client.ts';
import { fetchSearch, type SearchHit } from '../api/queries.ts';
import { debounce, h, highlighted } from '../dom.ts';
import type { Kind } from '../types.ts';
import { kindSwatch } from './legend.ts';

let seq = 0;

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  onPick: (hit: SearchHit) => void;
  /** Restrict results to these kinds. */
  kinds?: Kind[];
  /** Keep the picked name in the input (trace pickers) or clear it (header search). */
  keepValue?: boolean;
  /** Class for the visible label; the header hides it visually (the placeholder says it). */
  labelClass?: string;
}

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  focus(): void;
}

/** The API's limits on search text (server/src/graphql/limits/caps.ts), said plainly. */
export const SEARCH_MAX_CHARS = 200;
export const SEARCH_MAX_WORDS = 32;

/** Why this text cannot be searched, as a sentence; null when it can. */
export function searchTextProblem(text: string): string | null {
  if (text.length > SEARCH_MAX_CHARS) return `That is too long to search for: use at most ${SEARCH_MAX_CHARS} characters (this has ${text.length}).`;
  const words = text.split(/\s+/u).filter(Boolean).length;
  if (words > SEARCH_MAX_WORDS) return `That is too many words to search for: use at most ${SEARCH_MAX_WORDS} (this has ${words}).`;
  return null;
}

export function createSearchBox(opts: SearchBoxOptions): SearchBox {
  const id = `search-${++seq}`;
  const input = h('input', {
    id: `${id}-input`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    placeholder: opts.placeholder,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'search-results', 'aria-label': `${opts.label}: suggestions`, hidden: true });
  const status = h('div', { class: 'sr-only', 'aria-live': 'polite' });
  const root = h('div', { class: 'searchbox' }, h('label', { for: input.id, class: opts.labelClass ?? '' }, opts.label), input, list, status);
  let hits: SearchHit[] = [];
  let active = -1;
  let ctrl: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number): void => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  // Each input event asks a question; a pick or a value set by code settles the box, so the
  // answer to an earlier question must not open the list again (a late answer once reopened it
  // over the trace form after Kenya was picked, and covered the Trace button).
  let asked = 0;
  const settle = (): void => {
    asked++;
    ctrl?.abort();
  };

  const pick = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    settle();
    close();
    input.value = opts.keepValue ? hit.entity.name : '';
    opts.onPick(hit);
  };

  const render = (): void => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${id}-opt-${i}`,
            role: 'option',
            'aria-selected': 'false',
            class: 'search-hit',
            'data-id': hit.entity.id,
            // mousedown, not click: it fires before the input's blur closes the list.
            onmousedown: (ev: Event) => {
              ev.preventDefault();
              pick(i);
            },
          },
          kindSwatch(hit.entity.kind),
          h('span', { class: 'hit-name' }, hit.entity.name),
          h('span', { class: 'hit-kind' }, hit.entity.kind),
          hit.field !== 'name' && hit.highlight ? h('span', { class: 'hit-context' }, highlighted(hit.highlight)) : null,
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length ? 0 : -1);
  };

  const showMessage = (cls: string, text: string): void => {
    list.replaceChildren(h('li', { class: cls, role: 'option', 'aria-disabled': 'true' }, text));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const run = debounce(async (text: string, ticket: number) => {
    if (ticket !== asked) return; // settled since this was typed
    ctrl?.abort();
    if (text.trim().length < 2) {
      hits = [];
      close();
      return;
    }
    const problem = searchTextProblem(text.trim());
    if (problem) {
      hits = [];
      showMessage('search-error', problem);
      status.textContent = problem;
      return;
    }
    ctrl = new AbortController();
    root.classList.add('loading');
    try {
      hits = await fetchSearch(text.trim(), opts.kinds ?? null, { signal: ctrl.signal });
      if (ticket !== asked) return;
      if (!hits.length) {
        list.replaceChildren(h('li', { class: 'search-empty', role: 'option', 'aria-disabled': 'true' }, `Nothing found for “${text.trim()}”.`));
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        status.textContent = 'No results.';
      } else {
        render();
        status.textContent = `${hits.length} results. Use the up and down arrows to choose, Enter to select.`;
      }
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'aborted') return;
      hits = [];
      // The API's own wording names arguments (`text`); a person gets a sentence about the search.
      const bad = err instanceof ApiError && err.codes.includes('BAD_USER_INPUT');
      showMessage('search-error', bad ? 'The search could not run on that text. Try fewer or shorter words.' : (err as Error).message);
      status.textContent = 'Search failed.';
    } finally {
      root.classList.remove('loading');
    }
  }, 180);

  input.addEventListener('input', () => run(input.value, ++asked));
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length) {
      if (list.hidden) render();
      else setActive((active + 1) % hits.length);
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp' && hits.length) {
      setActive((active - 1 + hits.length) % hits.length);
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        pick(active);
        ev.preventDefault();
      }
    } else if (ev.key === 'Escape') {
      if (!list.hidden) {
        close();
        ev.preventDefault();
        ev.stopPropagation();
      }
    }
  });
  // Leaving the box drops its open question too: otherwise the answer to text typed just before
  // Tab arrives after the close and opens the list again, over whatever is below (the Trace
  // button, in a CI run). Not when the focus came back meanwhile: that typing asks anew.
  input.addEventListener('blur', () =>
    setTimeout(() => {
      if (document.activeElement === input) return;
      settle();
      close();
    }, 120),
  );

  return {
    root,
    input,
    setValue: (text: string) => {
      settle();
      close();
      input.value = text;
    },
    focus: () => input.focus(),
  };
}
