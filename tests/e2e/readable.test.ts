/**
 * Issue 15, "Readable", in real Chromium against the real server: labels that never collide at
 * the default zoom of the start view (measured from Cytoscape's rendered label boxes), the
 * central node's name whole, full names on hover and focus, labels in the hierarchical layout;
 * a legend folded by default and remembered; nothing framed under an open drawer; and hubs
 * expanded by relationship type, ranked, asked about, and saying what was left out.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';
import { labelBoxes, overlappingPairs } from './labels.ts';

let env: e2e.Explorer;
let context: BrowserContext;
const pageErrors: string[] = [];

const openPage = (hash = '', ctx: BrowserContext = context): Promise<Page> => e2e.openExplorerPage(env, ctx, pageErrors, hash);

beforeAll(async () => {
  env = await e2e.startExplorer();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
}, 600_000);

afterAll(async () => {
  await env?.close();
});

describe('labels', () => {
  it('never collide at the default zoom of the start view; the central name is whole', async () => {
    const p = await openPage();
    await p.waitForTimeout(800); // the layout's animation and the label pass after it
    const boxes = await labelBoxes(p);
    expect(boxes.length, 'labels drawn').toBeGreaterThanOrEqual(10);
    const pairs = overlappingPairs(boxes);
    await e2e.shot(p, 'readable-01-start-labels');
    expect(pairs, JSON.stringify(pairs.slice(0, 5))).toEqual([]);
    const root = boxes.find((b) => b.id === 'duty:due-diligence');
    expect(root, 'the central node is labelled').toBeDefined();
    expect(root!.text).toBe(root!.full);
    await p.close();
  });
});

describe('the legend', () => {
  it('is folded by default, opens with one click, and stays as the user left it', async () => {
    // A large screen: before, only small screens started with the legend folded.
    const wide = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const p = await openPage('', wide);
    const legend = p.locator('#legend details.legend');
    expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await p.locator('#legend summary').click();
    expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Open, it is an overlay: Fit frames the graph beside or above it, no node under it.
    await p.locator('#btn-fit').click();
    await p.waitForTimeout(600);
    const under = await nodesUnder(p, '#legend .legend');
    expect(under, `nodes under the open legend: ${under.join(', ')}`).toEqual([]);
    await e2e.shot(p, 'readable-02-legend-open-fit');
    await p.reload();
    await e2e.ready(p);
    expect(await p.locator('#legend details.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await wide.close();
  });
});

describe('drawers', () => {
  it('a matrix cell selects its position where the open drawer does not cover it', async () => {
    const p = await openPage();
    await p.locator('#btn-matrix').click();
    await p.locator('#matrix').waitFor({ state: 'visible' });
    const cell = p.locator('#matrix td button').first();
    await cell.waitFor({ timeout: 60_000 }); // the positions of every holder: slow on a busy machine
    await cell.click();
    await expect
      .poll(() => p.evaluate(() => window.__atlas!.cy.getElementById(window.__atlas!.view.getState().selected ?? '').isEdge?.() ?? false), { timeout: 20_000 })
      .toBe(true);
    await e2e.idle(p);
    await p.waitForTimeout(700); // the centring animation
    // What a user sees at the position's middle and at its holder: the graph, not the drawer.
    const hits = await p.evaluate(() => {
      const app = window.__atlas!;
      const edge = app.cy.getElementById(app.view.getState().selected!);
      const box = app.cy.container()!.getBoundingClientRect();
      const at = (q: { x: number; y: number }): string => {
        const el = document.elementFromPoint(box.left + q.x, box.top + q.y);
        return el?.closest('#matrix') ? 'drawer' : el?.closest('#cy') ? 'graph' : (el?.id ?? el?.tagName ?? 'nothing');
      };
      return { middle: at(edge.renderedMidpoint()), holder: at(edge.source().renderedPosition()) };
    });
    await e2e.shot(p, 'readable-03-matrix-position');
    expect(hits).toEqual({ middle: 'graph', holder: 'graph' });
    await p.close();
  });
});

describe('hubs', () => {
  it('an ordinary node (Germany, the European Union) still expands at once, without a menu', async () => {
    // The API's new field counts them (the menu opens only above graph/hub.ts's HUB_DEGREE).
    for (const id of ['state:DEU', 'org:eu']) {
      const rows = (await gqlPost(`query($id: ID!) { relationshipCounts(id: $id) { type direction count } }`, { id })).relationshipCounts as {
        count: number;
      }[];
      expect(
        rows.reduce((sum, r) => sum + r.count, 0),
        id,
      ).toBeGreaterThan(0);
    }
    const p = await openPage();
    await e2e.pick(p, '#search', 'Germany', /^Germany\s+State$/);
    await expect.poll(() => e2e.selected(p)).toBe('state:DEU');
    await e2e.idle(p);
    await p.locator('#inspector-actions [data-action="expand"]').click();
    await e2e.idle(p);
    await expect.poll(() => p.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').hasClass('expanded'))).toBe(true);
    expect(await p.locator('#expand-menu').isVisible()).toBe(false);
    await p.close();
  });

  it('the UN General Assembly expands by relationship type, ranked, asking before more, saying what is left out', async () => {
    const p = await openPage();
    const before = (await e2e.visibleNodeIds(p)).length;
    // Picked in search, the hub comes alone, with its menu: not 40 neighbours in alphabetical order.
    await e2e.pick(p, '#search', 'General Assembly', /^United Nations General Assembly\s+Organisation$/);
    const menu = p.locator('#expand-menu');
    await menu.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => e2e.selected(p)).toBe('org:unga');
    expect((await e2e.visibleNodeIds(p)).length).toBeLessThanOrEqual(before + 1);
    // Counts by type from the API; the members are the big one.
    const members = menu.locator('.expand-choice[data-type="MEMBER_OF"][data-direction="IN"]');
    const total = Number(/^(\d+)/.exec(await members.innerText())![1]);
    expect(total).toBeGreaterThan(150);
    expect(await menu.locator('.expand-choice').count()).toBeGreaterThanOrEqual(3);
    expect(await menu.locator('p').innerText()).toMatch(/has \d+ relationships/);
    await e2e.shot(p, 'readable-04-hub-menu');
    await members.click();
    await expect.poll(() => menu.isVisible()).toBe(false);
    await e2e.idle(p);
    const notice = p.locator('.notice', {
      hasText: /United Nations General Assembly: 40 of \d+ “member of” relationships shown, ranked by number of relationships/,
    });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toMatch(new RegExp(`40 of ${total} .*${total - 40} left out`));
    // Ranked by importance, not by name: the 40 drawn are the 40 most connected members.
    const drawn = new Set(await p.evaluate(() => window.__atlas!.cy.edges('[type = "MEMBER_OF"][target = "org:unga"]').map((e) => e.source().id())));
    const all = await membersOf('org:unga');
    expect(all.length).toBe(total);
    expect(drawn.size).toBe(40);
    const fortieth = all.map((m) => m.degree).sort((a, b) => b - a)[39]!;
    expect(all.filter((m) => m.degree > fortieth && !drawn.has(m.id)).map((m) => m.name)).toEqual([]);
    expect(all.filter((m) => drawn.has(m.id) && m.degree < fortieth).map((m) => m.name)).toEqual([]);
    const alphabetical = all
      .map((m) => m.id)
      .sort()
      .slice(0, 40);
    expect([...drawn].sort()).not.toEqual(alphabetical);
    await e2e.shot(p, 'readable-05-hub-ranked');
    // "Show all" asks first (more than 50 at once), and Cancel adds nothing.
    const count = (await e2e.visibleNodeIds(p)).length;
    await notice.locator('button', { hasText: `Show all ${total}` }).click();
    await menu.waitFor({ state: 'visible' });
    expect(await menu.locator('h2').innerText()).toBe(`Add all ${total}?`);
    await menu.getByRole('button', { name: 'Cancel' }).click();
    expect((await e2e.visibleNodeIds(p)).length).toBe(count);
    expect(pageErrors).toEqual([]);
    await p.close();
  });
});

/** Ids of visible nodes whose drawn body lies (even partly) under the element `selector`. */
function nodesUnder(p: Page, selector: string): Promise<string[]> {
  return p.evaluate((sel) => {
    const cover = document.querySelector(sel)!.getBoundingClientRect();
    const cy = window.__atlas!.cy;
    const box = cy.container()!.getBoundingClientRect();
    return cy
      .nodes(':visible')
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x2 + box.left > cover.left && b.x1 + box.left < cover.right && b.y2 + box.top > cover.top && b.y1 + box.top < cover.bottom;
      })
      .map((n) => n.id());
  }, selector);
}

async function gqlPost(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res: Response = await fetch(`${env.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Every member of an organisation with its degree, straight from the API. */
async function membersOf(id: string): Promise<{ id: string; name: string; degree: number }[]> {
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { other: { id: string; name: string; degree: number } } }[] };
  const out: { id: string; name: string; degree: number }[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await gqlPost(
      `query($id: ID!, $after: String) { entity(id: $id) { relationships(types: [MEMBER_OF], direction: IN, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { other { id name degree } } } } } }`,
      { id, after },
    );
    const page = (data.entity as { relationships: Page }).relationships;
    out.push(...page.edges.map((e) => e.node.other));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}
