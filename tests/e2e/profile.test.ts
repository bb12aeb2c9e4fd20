/**
 * Profile pages in real Chromium with JavaScript switched off: a state's page (Kenya) shows its
 * standing toward due diligence with a quote and its source, and the cite block with the data
 * version; it prints (print media); the explorer's inspector links to the page.
 */
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let noJs: BrowserContext;

beforeAll(async () => {
  env = await e2e.startExplorer();
  noJs = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await noJs?.close();
  await env?.close();
});

describe('profile page without JavaScript', () => {
  it('Kenya: standing toward due diligence with a quote and its source, the cite block', async () => {
    const page = await noJs.newPage();
    const res = await page.goto(`${env.http.url}/entity/state:KEN`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Kenya');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('main').count()).toBe(1);

    const row = page.locator('#standing-duties tr[data-norm="duty:due-diligence"]');
    expect(await row.locator('th[scope="row"]').innerText()).toMatch(/Due diligence/);
    expect(await row.locator('.status').innerText()).toBe('via organisation');
    const quote = await row.locator('q').first().innerText();
    expect(quote.length).toBeGreaterThan(10);
    expect(await row.locator('a[href="/entity/org%3Aau"]').count()).toBeGreaterThan(0);

    const stats = await fetch(`${env.http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { dataVersion } }' }),
    }).then((r) => r.json() as Promise<{ data: { stats: { dataVersion: string } } }>);
    const cite = await page.locator('#citation').innerText();
    expect(cite).toContain(`Cyber Norms Atlas, “Kenya” (state:KEN), data version ${stats.data.stats.dataVersion}.`);
    expect(cite).toContain(`accessed ${new Date().toISOString().slice(0, 10)}`);
    expect(await page.locator('a[href="/#r=state:KEN&s=state:KEN"]').count()).toBe(1);

    await row.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'profile-kenya-standing');
    await page.screenshot({ path: path.join(e2e.ARTIFACTS, 'profile-kenya-full.png'), fullPage: true });
    // The print stylesheet: navigation hidden, tables kept.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await row.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(e2e.ARTIFACTS, 'profile-kenya-print.png'), fullPage: true });
    await page.close();
  });

  it('an unknown id is a readable 404 page', async () => {
    const page = await noJs.newPage();
    const res = await page.goto(`${env.http.url}/entity/state:XXX`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('No entity with this id');
    await page.close();
  });
});

describe('the explorer links to the profile', () => {
  it('the inspector of a selected entity has a "Profile page" link to /entity/<id>', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.http.url}/`);
    await e2e.ready(page);
    await page.evaluate(() => window.__atlas!.select('state:FRA'));
    await expect.poll(() => page.locator('#inspector-title').innerText(), { timeout: 60_000 }).toBe('France');
    const link = page.locator('#inspector-profile');
    await link.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await link.getAttribute('href')).toBe('/entity/state%3AFRA');
    // Following it opens the page (the server's, not the explorer's).
    await Promise.all([page.waitForURL(/\/entity\/state%3AFRA$/), link.click()]);
    expect(await page.locator('h1').innerText()).toBe('France');
    await page.close();
  }, 180_000);
});
