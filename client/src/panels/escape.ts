/**
 * Escape closes what lies over the graph, the last opened first (the matrix drawer, the export
 * menu), and gives the keyboard back to the button that opened it, so a keyboard user is never
 * stuck in a drawer. Native dialogs (help, the expand menu) close on Escape by themselves, and a
 * search box uses Escape to clear itself: both are left alone.
 */
export interface Closable {
  isOpen(): boolean;
  close(): void;
  /** Where the focus goes after closing (the opener). */
  opener: string;
}

export function bindEscape(closables: Closable[]): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    const t = ev.target as HTMLElement;
    if (document.querySelector('dialog[open]') || t.closest('[role="combobox"], .searchbox')) return;
    const open = closables.filter((c) => c.isOpen());
    const last = open.at(-1);
    if (!last) return;
    last.close();
    document.querySelector<HTMLElement>(last.opener)?.focus();
    ev.preventDefault();
  });
}
