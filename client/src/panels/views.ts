/**
 * Saved views: name the view on screen, keep it in this browser (localStorage), and share it by a
 * short link (`/v/<id>`, stored by the server: server/src/http/views.ts says what it keeps and
 * why). Opening a saved view loads its link, which reopens the picture exactly, zoom and pan
 * included. Gets what it needs passed in: the current view as a link fragment.
 */
import { h } from '../dom.ts';
import './views.css';
import { notify } from './notices.ts';

export interface SavedView {
  name: string;
  /** The view's link fragment (without `#`). */
  state: string;
  /** The short link's id, when the server stored it. */
  id: string | null;
  savedAt: string;
}

const KEY = 'atlas.savedViews';
const MAX_SAVED = 50;

export function loadSaved(storage: Storage = localStorage): SavedView[] {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is SavedView => !!x && typeof x.name === 'string' && typeof x.state === 'string' && (x.id === null || typeof x.id === 'string'));
  } catch {
    // Whatever another version (or a hand) left there is not worth failing over.
    return [];
  }
}

function store(views: SavedView[], storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(views.slice(0, MAX_SAVED)));
}

/** Asks the server for a short id; null when it cannot (then the long link is what there is). */
export async function shortId(state: string): Promise<string | null> {
  try {
    const res = await fetch('/views', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ state }) });
    if (!res.ok) return null;
    const body = (await res.json()) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : null;
  } catch {
    return null;
  }
}

export const linkOf = (v: SavedView): string => (v.id ? `${location.origin}/v/${v.id}` : `${location.origin}${location.pathname}#${v.state}`);

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify(`${what} copied: ${text}`, 'info', { key: 'copy' });
  } catch {
    notify(`${what}: ${text}`, 'info', { key: 'copy' });
  }
}

/** The "Saved views" group of the share menu. `fragment` gives the current view's link fragment. */
export function savedViewsGroup(fragment: () => string): HTMLElement {
  const list = h('ul', { class: 'saved-views', id: 'saved-views' });
  const name = h('input', { type: 'text', id: 'view-name', maxlength: 80, placeholder: 'Name this view', 'aria-label': 'Name of the view' });
  const render = (): void => {
    const views = loadSaved();
    list.replaceChildren(
      ...(views.length ? [] : [h('li', { class: 'empty' }, 'No saved views yet.')]),
      ...views.map((v, i) =>
        h(
          'li',
          { 'data-view': v.id ?? '' },
          h('a', { href: v.id ? `/v/${v.id}` : `#${v.state}`, class: 'saved-view-open', title: `Open “${v.name}”` }, v.name),
          h(
            'button',
            { type: 'button', class: 'saved-view-copy', 'aria-label': `Copy the link to “${v.name}”`, onclick: () => void copy(linkOf(v), 'Link') },
            'Copy link',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'saved-view-delete',
              'aria-label': `Forget “${v.name}”`,
              onclick: () => {
                store(loadSaved().filter((_, j) => j !== i));
                render();
              },
            },
            '✕',
          ),
        ),
      ),
    );
  };
  const save = async (ev: Event): Promise<void> => {
    ev.preventDefault();
    const state = fragment();
    const label = name.value.trim() || `View of ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    const id = await shortId(state);
    const view: SavedView = { name: label, state, id, savedAt: new Date().toISOString() };
    store([view, ...loadSaved().filter((v) => v.name !== label)]);
    name.value = '';
    render();
    await copy(linkOf(view), id ? `Short link to “${label}”` : `Link to “${label}” (the server could not store a short one)`);
  };
  render();
  return h(
    'div',
    { class: 'menu-group', role: 'group', 'aria-label': 'Saved views' },
    h('form', { class: 'save-view', onsubmit: (ev: Event) => void save(ev) }, name, h('button', { type: 'submit', id: 'save-view' }, 'Save view')),
    list,
  );
}
