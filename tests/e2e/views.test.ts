/**
 * Saved views and short links (issue 15), in real Chromium against the real server: a view is
 * named and saved, its short link reopens it exactly (same elements, positions, zoom and pan),
 * with the whole picture asked of the API in one request; the saved list survives a reload; the
 * short-link store refuses what it must (unknown or malformed ids, oversized or non-fragment text).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let context: BrowserContext;
const viewsDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-views-'));
const pageErrors: string[] = [];

interface Picture {
  nodes: string[];
  zoom: number;
  pan: { x: number; y: number };
  positions: Record<string, { x: number; y: number }>;
}

const picture = (p: Page): Promise<Picture> =>
  p.evaluate(() => {
    const cy = window.__atlas!.cy;
    const visible = cy.nodes().filter((n) => n.visible());
    const positions: Record<string, { x: number; y: number }> = {};
    // `+ 0` folds -0 into 0: a saved position goes through JSON, which writes -0 as 0, and
    // toEqual tells the two apart (a CI run failed on `y: -0` before and `y: 0` after).
    const whole = (v: number): number => Math.round(v) + 0;
    visible.forEach((n) => {
      positions[n.id()] = { x: whole(n.position('x')), y: whole(n.position('y')) };
    });
    return { nodes: visible.map((n) => n.id()).sort(), zoom: cy.zoom(), pan: { ...cy.pan() }, positions };
  });

/** The GraphQL operations a page sends, by name. */
function operations(p: Page): string[] {
  const ops: string[] = [];
  p.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const m = /^\s*query\s+(\w+)/.exec((JSON.parse(r.postData() ?? '{}') as { query?: string }).query ?? '');
    ops.push(m?.[1] ?? '?');
  });
  return ops;
}

beforeAll(async () => {
  env = await e2e.startExplorer({ viewsDir });
  context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.http.url });
}, 600_000);

afterAll(async () => {
  await env?.close();
  rmSync(viewsDir, { recursive: true, force: true });
});

describe('saved views', () => {
  it('a named view reopens from its short link exactly, zoom and pan included, in one request', async () => {
    const p = await context.newPage();
    // Fail where a step waits, not at the test's end.
    p.setDefaultTimeout(60_000);
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${env.http.url}/`);
    await e2e.ready(p);
    await e2e.pick(p, '#search', 'European Union', /^European Union\s+Organisation$/);
    await e2e.idle(p);
    await p.locator('#inspector-actions [data-action="expand"]').click();
    await e2e.idle(p);
    await expect.poll(() => p.evaluate(() => window.__atlas!.cy.getElementById('org:eu').hasClass('expanded'))).toBe(true);
    // Zoom in twice with the toolbar and pan a little, as a user lines up a picture.
    await p.getByRole('button', { name: 'Zoom in' }).click();
    await p.getByRole('button', { name: 'Zoom in' }).click();
    await p.evaluate(() => window.__atlas!.cy.panBy({ x: 90, y: -60 }));
    // The store follows the viewport (debounced) and the link follows the store.
    // Both read in each poll: the toolbar's zoom may still be animating, so a zoom read once
    // before polling can be a value the viewport passed through (CI once failed so).
    await expect
      .poll(() => p.evaluate(() => Math.abs((window.__atlas!.view.getState().viewport?.zoom ?? 0) - window.__atlas!.cy.zoom())))
      .toBeLessThan(0.0005);
    await p.waitForTimeout(400);
    const before = await picture(p);

    await p.locator('#export-menu > summary').click();
    await p.locator('#view-name').fill('EU and due diligence');
    await p.locator('#save-view').click();
    const saved = p.locator('#saved-views li', { hasText: 'EU and due diligence' });
    await expect.poll(() => saved.getAttribute('data-view')).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const id = (await saved.getAttribute('data-view'))!;
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(`${env.http.url}/v/${id}`);
    await e2e.shot(p, 'views-saved');
    await p.close();

    // Another tab opens the short link.
    const q = await context.newPage();
    q.setDefaultTimeout(60_000);
    q.on('pageerror', (e) => pageErrors.push(e.message));
    const ops = operations(q);
    await q.goto(`${env.http.url}/v/${id}`);
    await e2e.ready(q);
    await e2e.idle(q);
    const after = await picture(q);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.positions).toEqual(before.positions);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expect(Math.abs(after.pan.x - before.pan.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.pan.y - before.pan.y)).toBeLessThanOrEqual(1);
    expect(await q.evaluate(() => window.__atlas!.cy.getElementById('org:eu').hasClass('expanded'))).toBe(true);
    // The start view and the expansion came in one request, not one per step.
    expect(ops.filter((o) => o === 'Restore')).toHaveLength(1);
    expect(ops.filter((o) => o === 'Neighbourhood')).toEqual([]);
    // Nothing to undo in a freshly opened view.
    expect(await q.locator('#btn-undo').isDisabled()).toBe(true);
    // The saved list is still there (localStorage), and saving the same view again gives the same id.
    await q.locator('#export-menu > summary').click();
    await expect.poll(() => q.locator('#saved-views li').allInnerTexts()).toContainEqual(expect.stringMatching(/EU and due diligence/));
    await e2e.shot(q, 'views-reopened');
    await q.close();
    expect(pageErrors).toEqual([]);
    // Two page loads and an expansion: 270 s were measured on the 2-core machine at load ~24.
  }, 600_000);

  it('the short-link store answers unknown and malformed ids with 404 and refuses bad views', async () => {
    const get = (p: string): Promise<Response> => fetch(`${env.http.url}${p}`, { redirect: 'manual' });
    expect((await get('/v/AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await get('/v/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const post = (body: unknown): Promise<Response> =>
      fetch(`${env.http.url}/views`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ok = await post({ state: 'r=state:FRA' });
    expect(ok.status).toBeLessThan(300);
    const { id } = (await ok.json()) as { id: string };
    expect((await post({ state: 'r=state:FRA' })).status).toBe(200);
    const redirect = await get(`/v/${id}`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/#r=state:FRA');
    expect((await post({ state: 'x'.repeat(16_001) })).status).toBe(413);
    expect((await post({ state: '<script>alert(1)</script> é' })).status).toBe(400);
    expect((await post({ nope: 1 })).status).toBe(400);
  });
});
