/**
 * The explorer end to end, in real headless Chromium against the real server and the test
 * Neo4j loaded with data/: start view → search → select → inspect evidence → expand → filter →
 * trace a state to due diligence → matrix → exports → reload the deep link and get the same
 * view; then the API failing. Screenshots of the main states go to tests/artifacts/.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const shot = (name: string, p: Page = page): Promise<void> => e2e.shot(p, `explorer-${name}`);
const idle = (p: Page = page): Promise<void> => e2e.idle(p);
const ready = (p: Page): Promise<void> => e2e.ready(p);
const visibleNodeIds = (p: Page = page): Promise<string[]> => e2e.visibleNodeIds(p);
const selected = (p: Page = page): Promise<string | null> => e2e.selected(p);
const pick = (box: string, text: string, option: RegExp): Promise<void> => e2e.pick(page, box, text, option);

beforeAll(async () => {
  env = await e2e.startExplorer();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.http.url });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 500_000);

afterAll(async () => {
  await env?.close();
});

describe('explorer, end to end', () => {
  it('opens on an overview of due diligence: not empty, not a hairball', async () => {
    await page.goto(`${env.http.url}/`);
    await ready(page);
    const ids = await visibleNodeIds();
    expect(ids).toContain('duty:due-diligence');
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(ids.length).toBeLessThanOrEqual(120);
    const kinds = await page.evaluate(() => [...new Set(window.__atlas!.cy.nodes(':visible').map((n) => n.data('kind')))]);
    for (const k of ['Duty', 'State', 'Instrument', 'Paper', 'Organisation', 'Document']) expect(kinds).toContain(k);
    // Its parts are there (PART_OF edges into the duty).
    const parts = await page.evaluate(() => window.__atlas!.cy.edges('[type = "PART_OF"]:visible').length);
    expect(parts).toBeGreaterThan(0);
    // The legend names every kind.
    await page.locator('.legend summary').click();
    await expect.poll(() => page.locator('.legend-list li').count()).toBeGreaterThanOrEqual(10);
    await shot('01-start');
    await page.locator('.legend summary').click();
  });

  it('searches with autocomplete and keyboard, then centres and highlights the pick', async () => {
    await pick('#search', 'Germany', /^Germany\s+State$/);
    await expect.poll(() => selected()).toBe('state:DEU');
    await idle();
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').hasClass('focus'))).toBe(true);
    // Centred: the node is near the middle of the canvas once the animation ends.
    await expect
      .poll(async () =>
        page.evaluate(() => {
          const cy = window.__atlas!.cy;
          const p = cy.getElementById('state:DEU').renderedPosition();
          return Math.abs(p.x - cy.width() / 2) < cy.width() * 0.2 && Math.abs(p.y - cy.height() / 2) < cy.height() * 0.2;
        }),
      )
      .toBe(true);
    await expect.poll(() => page.locator('#inspector-title').innerText()).toMatch(/Germany/);
  });

  it('inspects evidence: sources, relationships by type, quotes and links', async () => {
    const panel = page.locator('#panel-inspect');
    await expect.poll(() => panel.locator('#rels-h').innerText(), { timeout: 15_000 }).toMatch(/Relationships \(\d+\)/);
    const group = panel.locator('.rel-group', { hasText: 'holds position' });
    expect(await group.count()).toBe(1);
    // The position's evidence: open its sources.
    const rel = group.locator('.rel', { hasText: 'Due diligence (cyber)' }).first();
    await rel.locator('.rel-evidence summary').click();
    await rel.locator('.evidence').first().waitFor({ state: 'visible' });
    await rel.locator('.evidence a[href^="https://"]').first().waitFor({ state: 'visible' });
    // The relationship itself, selected from the text list: its evidence in the inspector.
    await page.locator('#tab-list').click();
    const germany = page.locator('#panel-list li', { has: page.locator('> button.node-entry[data-id="state:DEU"]') });
    await germany.locator('button.linklike', { hasText: /holds position \(binding\) → Due diligence \(cyber\)/ }).click();
    await expect.poll(() => selected()).toMatch(/^HOLDS_POSITION\|state:DEU\|duty:due-diligence/);
    // The list keeps focus (a screen-reader user stays in it); the inspector is one tab away.
    await page.locator('#tab-inspect').click();
    await expect.poll(() => page.locator('#edge-ev-h').innerText()).toMatch(/Evidence \([1-9]/);
    expect(await panel.locator('blockquote.quote').first().innerText()).toContain('“');
    await shot('02-inspect-evidence');
  });

  it('expands a node (and can undo it)', async () => {
    await page.evaluate(() => window.__atlas!.select('state:DEU'));
    await expect.poll(() => page.locator('#inspector-title').innerText()).toMatch(/Germany/);
    const before = (await visibleNodeIds()).length;
    await page.locator('#inspector-actions [data-action="expand"]').click();
    await idle();
    await expect.poll(async () => (await visibleNodeIds()).length).toBeGreaterThan(before);
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').hasClass('expanded'))).toBe(true);
    const memberOf = await page.evaluate(() => window.__atlas!.cy.edges('[type = "MEMBER_OF"][source = "state:DEU"]').length);
    expect(memberOf).toBeGreaterThan(0);
    await shot('03-expanded');
    // Undo takes the expansion back; expanding again restores it (the deep link test needs it).
    const after = (await visibleNodeIds()).length;
    await page.locator('#btn-undo').click();
    await expect.poll(async () => (await visibleNodeIds()).length).toBe(before);
    await page.evaluate(() => window.__atlas!.select('state:DEU'));
    await page.locator('#inspector-actions [data-action="expand"]').click();
    await idle();
    await expect.poll(async () => (await visibleNodeIds()).length).toBe(after);
  });

  it('prunes: show more when capped, collapse, hide and show again, pin', async () => {
    const before = await visibleNodeIds();
    // The UN General Assembly has every member state: the API caps it.
    await pick('#search', 'General Assembly', /^United Nations General Assembly\s+Organisation$/);
    await expect.poll(() => selected()).toBe('org:unga');
    await idle();
    // Germany's expansion already drew it: expand it explicitly. A hub offers its expand menu
    // (tests/e2e/readable.test.ts); here the plain neighbourhood, capped, with Show more.
    await page.locator('#inspector-actions [data-action="expand"]').click();
    await page.locator('#expand-menu .expand-plain').click();
    await idle();
    const more = page
      .locator('.notice', { hasText: /Showing \d+ of \d+ relationships of United Nations General Assembly/ })
      .locator('button', { hasText: 'Show more' });
    await more.waitFor({ timeout: 15_000 });
    const capped = (await visibleNodeIds()).length;
    await more.click();
    await idle();
    await expect.poll(async () => (await visibleNodeIds()).length).toBeGreaterThan(capped);
    // Collapse takes away what the expansion brought, and nothing the overview had.
    await page.locator('#inspector-actions [data-action="collapse"]').click();
    await expect.poll(async () => (await visibleNodeIds()).filter((id) => id !== 'org:unga')).toEqual(before.filter((id) => id !== 'org:unga'));
    // Hide, then bring back from the Filters tab.
    await page.evaluate(() => window.__atlas!.select('state:CAN'));
    // The inspector renders the selection asynchronously: act on Canada, not on the previous node.
    await expect.poll(() => page.locator('#inspector-title').innerText()).toMatch(/Canada/);
    await page.locator('#inspector-actions [data-action="hide"]').click();
    await expect.poll(() => visibleNodeIds()).not.toContain('state:CAN');
    await page.locator('#tab-filters').click();
    await page.locator('#btn-unhide').click();
    await expect.poll(() => visibleNodeIds()).toContain('state:CAN');
    // A pinned node stays put when the layout runs again.
    await page.evaluate(() => window.__atlas!.select('state:DEU'));
    await page.locator('#tab-inspect').click();
    await expect.poll(() => page.locator('#inspector-title').innerText()).toMatch(/Germany/);
    await page.locator('#inspector-actions [data-action="pin"]').click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').locked())).toBe(true);
    const pos = await page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').position());
    await page.locator('#btn-relayout').click();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').position())).toEqual(pos);
    await page.locator('#inspector-actions [data-action="pin"]').click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.getElementById('state:DEU').locked())).toBe(false);
  });

  it('filters by relationship type and kind, with counts', async () => {
    await page.locator('#tab-filters').click();
    const memberBox = page.locator('#f-type-MEMBER_OF');
    expect(await memberBox.isChecked()).toBe(true);
    const count = Number(await page.locator('label[for="f-type-MEMBER_OF"] .count').innerText());
    expect(count).toBeGreaterThan(0);
    await memberBox.uncheck();
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.edges('[type = "MEMBER_OF"]:visible').length)).toBe(0);
    // Focus stays on the checkbox after the panel re-renders (keyboard users).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-type-MEMBER_OF');
    // A kind: the power index (a ranking, not law) goes.
    await page.locator('#f-kind-Index').uncheck();
    const kindsShown = await page.evaluate(() => [...new Set(window.__atlas!.cy.nodes(':visible').map((n) => n.data('kind')))]);
    expect(kindsShown).not.toContain('Index');
    expect(kindsShown).toContain('State');
    await shot('04-filtered');
  });

  it('traces a state to due diligence: ranked paths, drawn and explained, with evidence', async () => {
    await page.locator('#tab-trace').click();
    await pick('#panel-trace .searchbox:nth-of-type(1)', 'Estonia', /^Estonia\s+State$/);
    await pick('#panel-trace .searchbox:nth-of-type(2)', 'due diligence', /Due diligence \(cyber\)/);
    await page.locator('#trace-run').click();
    await idle();
    const paths = page.locator('#panel-trace .path');
    await expect.poll(() => paths.count()).toBeGreaterThanOrEqual(1);
    expect((await paths.first().locator('.hop p').first().innerText()).length).toBeGreaterThan(10);
    const evidenceSummary = paths.first().locator('.hop-evidence summary').first();
    expect(await evidenceSummary.innerText()).toMatch(/Evidence \(\d+\)/);
    // Drawn: the path's ends and at least one of its edges are marked, the rest faded.
    const marked = await page.evaluate(() => ({
      nodes: window.__atlas!.cy.nodes('.trace').map((n) => n.id()),
      edges: window.__atlas!.cy.edges('.trace').length,
      faded: window.__atlas!.cy.elements('.faded').length,
    }));
    expect(marked.nodes).toContain('state:EST');
    expect(marked.nodes).toContain('duty:due-diligence');
    expect(marked.edges).toBeGreaterThan(0);
    expect(marked.faded).toBeGreaterThan(0);
    await shot('05-trace');
    // Memo: a Markdown download with footnotes.
    const [memo] = await Promise.all([page.waitForEvent('download'), page.locator('#trace-memo').click()]);
    const md = readFileSync((await memo.path())!, 'utf8');
    expect(md).toMatch(/^#/);
    expect(md).toMatch(/\[\^1\]/);
    // The GraphQL request that reproduces it.
    await page.locator('#trace-copy').click();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.trace-results')?.dataset.query ?? '')).toContain('paths(from: $from');
    const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (clip) expect(clip).toContain('"from": "state:EST"');
  });

  it('opens the positions matrix, sorts it, and shows a cell’s evidence in the graph', async () => {
    await page.locator('#btn-matrix').click();
    await idle();
    const rows = page.locator('table.matrix tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(10);
    const firstBefore = await rows.first().locator('th').innerText();
    await page.locator('table.matrix thead button.sort', { hasText: 'Holder' }).click();
    await expect.poll(() => rows.first().locator('th').innerText()).not.toBe(firstBefore);
    expect(await page.locator('table.matrix thead th').first().getAttribute('aria-sort')).toBe('descending');
    await page.locator('#matrix-filter').fill('France');
    await expect.poll(() => rows.count()).toBe(1);
    await shot('06-matrix');
    await rows.first().locator('button.cell').first().click();
    await idle();
    await expect.poll(() => selected()).toMatch(/^(HOLDS_POSITION\|state:FRA\|duty:|pos:state:FRA)/);
    await expect.poll(() => page.locator('#edge-ev-h').innerText()).toMatch(/Evidence \([1-9]/);
    await page.locator('#matrix .drawer-close').click();
    await page.locator('#matrix').waitFor({ state: 'hidden' });
    await shot('07-matrix-evidence');
  });

  it('exports PNG, SVG and the visible subgraph as CSV and JSON', async () => {
    const save = async (id: string): Promise<Buffer> => {
      await page.locator('#export-menu summary').click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
      return readFileSync((await dl.path())!);
    };
    const png = await save('export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(20_000);
    const svg = (await save('export-svg')).toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const visible = await visibleNodeIds();
    expect((svg.match(/class="node"/g) ?? []).length).toBe(visible.length);
    const csv = (await save('export-csv')).toString('utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^source,source_name,source_kind,relationship,stance/);
    expect(csv).not.toContain('MEMBER_OF'); // filtered out, so not exported
    const json = JSON.parse((await save('export-json')).toString('utf8'));
    expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual(visible);
  });

  it('reads the graph as of a date, and highlights what changed between two dates', async () => {
    const day = page.locator('#time-day');
    await day.fill('2010-12-31');
    // No state had published a due diligence position by 2010.
    await expect.poll(() => page.evaluate(() => window.__atlas!.cy.edges('[type = "HOLDS_POSITION"]:visible').length)).toBe(0);
    await day.fill('2020-12-31');
    await page.locator('#time-compare').check();
    await page.locator('#time-from').fill('2015-01-01');
    await expect.poll(() => page.locator('.time-summary').innerText()).toMatch(/2015-01-01 → 2020-12-31: [1-9]\d* began/);
    const estonia = await page.evaluate(() => window.__atlas!.cy.edges('[type = "HOLDS_POSITION"][source = "state:EST"]').map((e) => e.classes()));
    expect(estonia.flat()).toContain('diff-added');
    await page.locator('#tab-timeline').click();
    await expect.poll(() => page.locator('#panel-timeline .change-added').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#panel-timeline .timeline-events li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot('08-compare-dates');
  });

  it('reopens the same picture from the deep link', async () => {
    await page.evaluate(() => window.__atlas!.select('state:FRA'));
    // Let the debounced URL update land.
    await page.waitForTimeout(600);
    const url = page.url();
    expect(url).toContain('#');
    const snapshot = (p: Page) =>
      p.evaluate(() => {
        const a = window.__atlas!;
        const pos: Record<string, [number, number]> = {};
        a.cy.nodes(':visible').forEach((n) => {
          pos[n.id()] = [Math.round(n.position('x')), Math.round(n.position('y'))];
        });
        return {
          ids: Object.keys(pos).sort(),
          pos,
          selected: a.view.getState().selected,
          layout: a.view.getState().layout,
          trace: a.view.getState().trace,
          filters: { types: [...a.store.filters.types], kinds: [...a.store.filters.kinds] },
          time: a.store.time,
          added: a.cy.elements('.diff-added').length,
          traced: a.cy.edges('.trace').length > 0,
        };
      });
    const before = await snapshot(page);
    const other = await context.newPage();
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(url);
    await ready(other);
    await other.waitForTimeout(500);
    const after = await snapshot(other);
    expect(after.ids).toEqual(before.ids);
    expect(after.selected).toBe(before.selected);
    expect(after.layout).toBe(before.layout);
    expect(after.trace).toEqual(before.trace);
    expect(after.filters).toEqual(before.filters);
    expect(after.time).toEqual(before.time);
    expect(after.added).toBe(before.added);
    for (const id of before.ids) {
      expect(Math.abs(after.pos[id]![0] - before.pos[id]![0]), id).toBeLessThanOrEqual(1);
      expect(Math.abs(after.pos[id]![1] - before.pos[id]![1]), id).toBeLessThanOrEqual(1);
    }
    await expect.poll(() => other.locator('#inspector-title').innerText()).toMatch(/France/);
    await shot('09-deep-link-reopened', other);
    await other.close();
  });

  it('is keyboard operable on the canvas and lists the graph as text', async () => {
    await page.locator('#cy').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await expect.poll(() => selected()).not.toBeNull();
    const first = await selected();
    await page.keyboard.press('n');
    await expect.poll(() => selected()).not.toBe(first);
    await page.locator('#tab-list').click();
    const entries = await page.locator('#panel-list .node-entry').count();
    expect(entries).toBe((await visibleNodeIds()).length);
  });

  it('says clearly when the API fails', async () => {
    const broken = await context.newPage();
    await broken.route('**/graphql', (route) => route.abort('connectionrefused'));
    await broken.goto(`${env.http.url}/`);
    await broken.waitForSelector('body[data-ready="error"]', { timeout: 30_000 });
    expect(await broken.locator('.empty-state').innerText()).toContain('could not be loaded');
    expect(await broken.locator('.notice-error').first().innerText()).toContain('Cannot reach the Atlas API');
    await shot('10-api-down', broken);
    await broken.close();
    expect(pageErrors).toEqual([]);
  });
});
