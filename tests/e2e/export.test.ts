/**
 * Exports fit for a memo or a slide, in real Chromium: the SVG and the PNG of the start view carry
 * a title, the as-of day, the data version and a legend of the kinds and types drawn, and every
 * visible node's whole name (not the canvas's shortened one); the PNG is the picture plus that
 * frame. A view as of a chosen day says that day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngScale } from '../../client/src/export/frame.ts';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let context: BrowserContext;
let page: Page;
let dataVersion: string;

async function save(id: string): Promise<Buffer> {
  await page.locator('#export-menu > summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(`#${id}`).click()]);
  return readFileSync((await dl.path())!);
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of every <text> element of an SVG (a wrapped label's lines joined by spaces). */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, '')));

beforeAll(async () => {
  env = await e2e.startExplorer();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  const res = await fetch(`${env.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { dataVersion } }' }),
  });
  dataVersion = ((await res.json()) as { data: { stats: { dataVersion: string } } }).data.stats.dataVersion;
});
afterAll(async () => {
  await context?.close();
  await env?.close();
});

describe('exports for a memo or a slide', () => {
  it('SVG: title, today’s date, data version, legend, whole labels', async () => {
    await page.goto(`${env.http.url}/`);
    await e2e.ready(page);
    const svg = (await save('export-svg')).toString('utf8');
    const shown = await page.evaluate(() => {
      const cy = window.__atlas!.cy;
      return {
        // Labels the label pass hid (collisions) are left out of the export too; the rest are whole.
        labels: cy
          .nodes(':visible')
          .filter((n) => !n.hasClass('label-hidden'))
          .map((n) => String(n.data('label')).replace(/\s+/g, ' ').trim()),
        kinds: [...new Set(cy.nodes(':visible').map((n) => String(n.data('kind'))))],
        root: String(cy.nodes('.root').first().data('label')),
      };
    });
    expect(svg).toContain(`<title>Cyber Norms Atlas: ${shown.root.replace(/&/g, '&amp;')}</title>`);
    const t = texts(svg);
    expect(t).toContain(`As of ${new Date().toISOString().slice(0, 10)} (the current graph) · data version ${dataVersion} · Cyber Norms Atlas`);
    expect(t).toContain('Kinds drawn');
    expect(t).toContain('Relationships drawn');
    for (const kind of shown.kinds) expect(t).toContain(kind);
    // Every visible node's whole name is there, even those the canvas shortens (long titles).
    for (const label of shown.labels) expect(t).toContain(label);
    expect(shown.labels.some((l) => l.length > 34)).toBe(true);
    // Well-formed XML (an image viewer or an editor refuses anything else).
    expect(
      await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg),
    ).toBeNull();
  });

  it('PNG: the picture with the same header and legend round it', async () => {
    await page.goto(`${env.http.url}/`);
    await e2e.ready(page);
    const alone = await page.evaluate(() => {
      const bb = window.__atlas!.cy.elements(':visible').boundingBox();
      return { w: bb.w, h: bb.h };
    });
    const scale = pngScale(alone.w, alone.h);
    const png = await save('export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(Math.floor(Math.max(560, alone.w) * scale * 0.98));
    // The header (64 px) above and at least two legend rows below the picture.
    expect(height).toBeGreaterThan((alone.h + 64 + 80) * scale * 0.98);
    const view = await context.newPage();
    await view.setViewportSize({ width: 1280, height: 720 });
    await view.setContent(`<img src="data:image/png;base64,${png.toString('base64')}" style="width:100%">`);
    await view.screenshot({ path: path.join(e2e.ARTIFACTS, 'export-start-view.png'), fullPage: true });
    await view.close();
  });

  it('a view as of a chosen day says that day', async () => {
    await page.goto(`${env.http.url}/#d=2021-03-15`);
    await e2e.ready(page);
    const svg = (await save('export-svg')).toString('utf8');
    expect(texts(svg)).toContain(`As of 2021-03-15 · data version ${dataVersion} · Cyber Norms Atlas`);
  });
});
