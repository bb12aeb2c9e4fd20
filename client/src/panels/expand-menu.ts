/**
 * The expand menu of a hub (issue 15, Hubs; rules in graph/hub.ts). Expanding a drawn node with
 * more than HUB_DEGREE relationships opens this dialog instead of drawing them all: one button
 * per relationship type and direction with its count (from the API's `relationshipCounts`),
 * and "all types". A choice draws at most SHOW_FIRST, the most important first, and a notice
 * says how many of how many and how they were ranked; adding more than ASK_ABOVE at once is
 * asked about first. A native modal <dialog>: Tab stays inside, Escape closes it.
 */
import './expand-menu.css';
import { fetchAllOfType, fetchTypeCounts, type TypeCount } from '../api/hub.ts';
import { h } from '../dom.ts';
import { ASK_ABOVE, describeCount, HUB_DEGREE, orderCounts, otherKinds, rankRelationships, READ_MAX, SHOW_FIRST, shownSentence } from '../graph/hub.ts';
import { typeLabel } from '../types.ts';
import { announce, busy, notify, reportError } from './notices.ts';
import type { Ports } from './ports.ts';

/** One choice of the menu: a type in one direction, or everything (type and direction null). */
interface Choice {
  type: string | null;
  direction: 'OUT' | 'IN' | null;
  count: number;
  /** How the choice is named in the notice and the undo step. */
  what: string;
}

type MenuPorts = Ports<'expand' | 'connect' | 'addRelationships' | 'setHubGate', 'element' | 'has' | 'nameOf'>;

export class ExpandMenu {
  private dialog: HTMLDialogElement;
  /** Set while the menu's own "plain expansion" runs through `expand`: let it through once. */
  private passing: string | null = null;

  constructor(private ports: MenuPorts) {
    this.dialog = h('dialog', { id: 'expand-menu', class: 'expand-menu', 'aria-labelledby': 'expand-menu-title' });
    document.body.append(this.dialog);
  }

  /**
   * The hook the App's `expand` calls: true when the node is a hub and the menu took over. A hub not yet
   * drawn (a search pick) is added alone first, so the menu, not 40 neighbours, comes with it.
   */
  async offer(id: string): Promise<boolean> {
    if (this.passing === id) {
      this.passing = null;
      return false;
    }
    const { canvas, ops, view } = this.ports;
    const node = canvas.element(id);
    const drawn = node.nonempty() && canvas.has(id);
    if (drawn && (Number(node.data('degree')) || 0) <= HUB_DEGREE) return false;
    let counts: TypeCount[];
    try {
      counts = orderCounts(await busy(`Counting the relationships of ${canvas.nameOf(id)}…`, fetchTypeCounts(id, view.getState().time.asOf)));
    } catch {
      return false; // the plain expansion then runs, and reports what goes wrong
    }
    const total = counts.reduce((s, c) => s + c.count, 0);
    if (total <= HUB_DEGREE) return false;
    if (!drawn && !(await ops.connect(id))) return true;
    this.showMenu(id, counts, total);
    return true;
  }

  private showMenu(id: string, counts: TypeCount[], total: number): void {
    const name = this.ports.canvas.nameOf(id);
    const rows = counts.map((c) =>
      h(
        'li',
        {},
        this.choiceButton(id, { type: c.type, direction: c.direction, count: c.count, what: `“${typeLabel(c.type)}” relationships` }, describeCount(c)),
        h('span', { class: 'muted expand-kinds' }, otherKinds(c).join(', ')),
      ),
    );
    this.show(
      h('h2', { id: 'expand-menu-title' }, `Expand ${name}`),
      h(
        'p',
        {},
        `${name} has ${total} relationships: too many to draw at once. Pick a type. At most ${SHOW_FIRST} are drawn, the most connected first, and you are asked before more than ${ASK_ABOVE} are added.`,
      ),
      h(
        'ul',
        { class: 'expand-types' },
        ...rows,
        h('li', {}, this.choiceButton(id, { type: null, direction: null, count: total, what: 'relationships' }, `${total} · all types`)),
      ),
      h(
        'div',
        { class: 'expand-actions' },
        h('button', { type: 'button', class: 'expand-plain', onclick: () => this.plain(id) }, 'Neighbourhood as before (40, most normative types first)'),
        h('button', { type: 'button', onclick: () => this.dialog.close() }, 'Cancel'),
      ),
    );
  }

  /** The neighbourhood expansion of before (the API's cap, "Show more" to page on). */
  private plain(id: string): void {
    this.dialog.close();
    this.passing = id;
    void this.ports.ops.expand(id);
  }

  private choiceButton(id: string, c: Choice, text: string): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'expand-choice',
        'data-type': c.type ?? 'ALL',
        'data-direction': c.direction ?? 'BOTH',
        onclick: () => void this.run(id, c, SHOW_FIRST),
      },
      text,
    );
  }

  private show(...children: HTMLElement[]): void {
    this.dialog.replaceChildren(...children);
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('.expand-choice, button')?.focus();
  }

  /** "Add all 193?": asked before more than ASK_ABOVE nodes are added in one go. */
  private confirmAll(id: string, c: Choice, shown: number): void {
    this.show(
      h('h2', { id: 'expand-menu-title' }, `Add all ${c.count}?`),
      h('p', {}, `${c.count - shown} more nodes at once make the picture hard to read. The ${shown} shown are the most connected.`),
      h(
        'div',
        { class: 'expand-actions' },
        h('button', { type: 'button', class: 'expand-confirm', onclick: () => void this.run(id, c, READ_MAX) }, `Add all ${c.count}`),
        h('button', { type: 'button', onclick: () => this.dialog.close() }, 'Cancel'),
      ),
    );
  }

  /** Reads every relationship of the choice, ranks them, draws the first `limit`, says the rest. */
  async run(id: string, c: Choice, limit: number): Promise<void> {
    const { canvas, ops, view } = this.ports;
    if (this.dialog.open) this.dialog.close();
    if (canvas.element(id).empty()) return;
    const name = canvas.nameOf(id);
    try {
      const { rels } = await busy(
        `Loading ${c.what} of ${name}…`,
        fetchAllOfType(id, { types: c.type ? [c.type] : null, direction: c.direction, asOf: view.getState().time.asOf }, READ_MAX),
      );
      const ranked = rankRelationships(rels);
      const pick = ranked.slice(0, limit);
      const sentence = shownSentence(pick.length, ranked.length, c.what);
      const more = ranked.length - pick.length;
      notify(`${name}: ${sentence}`, 'info', {
        key: `hub:${id}`,
        actions:
          more > 0
            ? [
                {
                  label: `Show all ${ranked.length}`,
                  run: () => (ranked.length > ASK_ABOVE ? this.confirmAll(id, c, pick.length) : void this.run(id, c, READ_MAX)),
                },
              ]
            : [],
      });
      const res = await ops.addRelationships(id, pick, `expand ${name} (${c.type ? typeLabel(c.type) : 'all types'})`);
      if (res) announce(`${sentence} ${res.newNodes.length} new nodes.`);
    } catch (err) {
      reportError(err, 'Expanding failed', () => void this.run(id, c, limit));
    }
  }
}

/** Wires the menu into the App's expansion (the one hook in app.ts is `hubGate`). */
export function installExpandMenu(ports: MenuPorts): ExpandMenu {
  const menu = new ExpandMenu(ports);
  ports.ops.setHubGate((id) => menu.offer(id));
  return menu;
}
