/**
 * A few DOM helpers. All text goes in through `textContent` (never innerHTML), because names,
 * quotes and abstracts come from curated-but-external sources; links are restricted to http(s).
 */

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | number | null | undefined | false;

/** `h('button', { class: 'x', onclick: fn }, 'Label')`. Boolean false/null attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children (null/false children are skipped). */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

/** An https/http URL, or null for anything else (javascript:, data:, relative paths). */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens in a new tab without giving it access to this page. */
export function extLink(href: string | null | undefined, text: string): HTMLElement {
  const url = safeUrl(href);
  if (!url) return h('span', {}, text);
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/** Text with «guillemets» (search highlights) → text with <mark> parts, built safely. */
export function highlighted(text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = text.split(/(«[^»]*»)/);
  for (const p of parts) {
    if (p.startsWith('«') && p.endsWith('»')) frag.append(h('mark', {}, p.slice(1, -1)));
    else if (p) frag.append(p);
  }
  return frag;
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}
