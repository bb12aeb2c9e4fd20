/**
 * Messages to the user: a loading indicator on the graph, dismissable notices (with an action
 * such as "Show more"), errors (role=alert, so screen readers interrupt), and a polite live
 * region that announces selections and changes made by keyboard.
 */
import { ApiError } from '../api/client.ts';
import { byId, h } from '../dom.ts';

export type NoticeKind = 'info' | 'warn' | 'error';

export interface NoticeAction {
  label: string;
  run: () => void;
}

let pending = 0;

/** Shows the loading indicator while `work` runs (nested calls are counted). */
export async function busy<T>(label: string, work: Promise<T>): Promise<T> {
  const el = byId('loading');
  const stage = byId('stage');
  pending++;
  el.hidden = false;
  byId('loading-label').textContent = label;
  stage.setAttribute('aria-busy', 'true');
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0) {
      el.hidden = true;
      stage.removeAttribute('aria-busy');
    }
  }
}

/** Shows a notice; `key` replaces an earlier notice with the same key instead of stacking. */
export function notify(message: string, kind: NoticeKind = 'info', opts: { key?: string; actions?: NoticeAction[]; timeoutMs?: number } = {}): void {
  const box = byId('notices');
  if (opts.key) box.querySelector(`[data-key="${CSS.escape(opts.key)}"]`)?.remove();
  const close = (): void => item.remove();
  const item = h(
    'div',
    { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-key': opts.key ?? null },
    h('span', { class: 'notice-text' }, message),
    ...(opts.actions ?? []).map((a) =>
      h(
        'button',
        {
          type: 'button',
          class: 'notice-action',
          onclick: () => {
            close();
            a.run();
          },
        },
        a.label,
      ),
    ),
    h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss message', onclick: close }, '×'),
  );
  box.append(item);
  // Keep at most four: old notices are not worth covering the graph for.
  while (box.children.length > 4) box.firstElementChild?.remove();
  const timeout = opts.timeoutMs ?? (kind === 'info' && !opts.actions?.length ? 6000 : 0);
  if (timeout) setTimeout(close, timeout);
}

export function clearNotice(key: string): void {
  byId('notices')
    .querySelector(`[data-key="${CSS.escape(key)}"]`)
    ?.remove();
}

/** One sentence for any failure; cancelled requests say nothing. */
export function reportError(err: unknown, what: string, retry?: () => void): void {
  if (err instanceof ApiError && err.kind === 'aborted') return;
  const msg = err instanceof ApiError ? err.message : `Something went wrong (${(err as Error)?.message ?? String(err)}).`;
  notify(`${what}: ${msg}`, 'error', { key: `err:${what}`, actions: retry ? [{ label: 'Retry', run: retry }] : [] });
}

/** Speaks to screen readers without moving focus. */
export function announce(text: string): void {
  const el = byId('announcer');
  // Clearing first makes identical consecutive messages be read again.
  el.textContent = '';
  setTimeout(() => (el.textContent = text), 30);
}
