/**
 * HTML for the server-rendered pages, safe by construction: `html` is a tagged template that
 * escapes every interpolated value unless it is itself `Html` (made by `html` or `raw`). Entity
 * names, quotes and locators come from data/ and from sources anyone can edit upstream, so they
 * are treated as hostile text everywhere (server/src/pages/__tests__/html.test.ts).
 *
 * Why not a template library: the pages need only text and attribute escaping, which is the five
 * characters below (OWASP's rule for HTML body and quoted attribute contexts); a 60-line audited
 * module is easier to review than a dependency. URLs get one more check: only http(s) and
 * same-site paths become links (no `javascript:`), see `safeUrl`.
 *
 * @example
 * html`<p title="${name}">${name}</p>`.toString(); // name escaped in both places
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML body or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup that is already safe (a constant of this module's callers, never data). */
export function raw(text: string): Html {
  return new Html(text);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(value: Part): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: literal parts as written, every value escaped (arrays joined, null/false dropped). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/**
 * A URL fit for an href: absolute http(s) URLs and paths of this site; anything else (javascript:,
 * data:, protocol-relative `//host`) is null, and the caller prints the text without a link.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  if (/^\/(?!\/)/.test(u)) return u;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `<a href>` when the URL is safe, the plain text otherwise. */
export function link(url: string | null | undefined, text: Part): Html {
  const href = safeUrl(url);
  return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}
