/**
 * What the end-to-end tests share: the real server on a free port against the test Neo4j, Debian
 * Chromium through playwright-core, and the few ways a test waits for the explorer or acts as a
 * user would (the search pickers are driven by keyboard, like a person would).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { createHttpServer, type HttpServer, type HttpServerOptions } from '../../server/src/http/app.ts';
import { createLogger } from '../../server/src/log.ts';
import { connect, type Database } from '../../server/src/neo4j/database.ts';
import { buildClientOnce } from '../support/build-client.ts';
import { launchChromium, requireChromium } from '../support/chromium.ts';
import { freePort } from '../support/ports.ts';

export const ARTIFACTS = path.resolve('tests/artifacts');

export interface Explorer {
  db: Database;
  http: HttpServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the client if needed, serves it (and the API, and the IDE from wherever `ideDir` says;
 * by default the real build folder a user gets) and launches Chromium.
 */
export async function startExplorer(opts: Pick<HttpServerOptions, 'ideDir' | 'viewsDir'> = {}): Promise<Explorer> {
  requireChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const clientDir = await buildClientOnce();
  const db = await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword'), database: 'neo4j' });
  // A free port picked here (config accepts no port 0); a generous rate limit: the test is one fast user.
  const http = await createHttpServer({
    db,
    config: loadConfig({ PORT: String(await freePort()), RATE_LIMIT_PER_MINUTE: '5000' }, false),
    logger: createLogger('silent'),
    clientDir,
    ...opts,
  });
  const browser = await launchChromium();
  await warmUp(browser, http.url);
  return {
    db,
    http,
    browser,
    async close() {
      await browser.close();
      await http.close();
      await db.close();
    },
  };
}

/**
 * Opens the explorer once, reloading until its start view loads. Right after the test data is
 * loaded, on a busy shared machine, Neo4j's first queries can overrun and the API (rightly) says
 * the graph database is unavailable; the tests are about the explorer, so they start once the
 * start view has loaded one time.
 */
async function warmUp(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  const until = Date.now() + 240_000;
  let last = '';
  try {
    while (Date.now() < until) {
      await page.goto(`${url}/`);
      await page.waitForSelector('body[data-ready]', { timeout: 120_000 }).catch(() => undefined);
      if ((await page.evaluate(() => document.body.dataset.ready)) === 'true') return;
      last = await page.evaluate(() => (document.querySelector('.empty-state') as HTMLElement | null)?.innerText ?? 'not ready');
      await page.waitForTimeout(3000);
    }
    throw new Error(`The explorer's start view never loaded: ${last}`);
  } finally {
    await page.close();
  }
}

export async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Waits until no request is in flight (the loading indicator is hidden). */
export async function idle(p: Page): Promise<void> {
  await p.waitForFunction(() => document.getElementById('loading')?.hidden === true, undefined, { timeout: 30_000 });
}

export async function ready(p: Page): Promise<void> {
  try {
    await p.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  } catch (err) {
    // Say what the page shows instead (an error page, a notice), not only that it timed out.
    const state = await p.evaluate(() => ({
      ready: document.body.dataset.ready ?? null,
      notices: [...document.querySelectorAll('.notice, .empty-state')].map((n) => (n as HTMLElement).innerText),
    }));
    throw new Error(`The explorer did not become ready: ${JSON.stringify(state)} (${(err as Error).message.split('\n')[0]})`);
  }
  await idle(p);
}

/**
 * Opens the explorer at a link (`hash`, e.g. `#r=state:KEN`) in a new page of `ctx`, as a user
 * would, and waits until it is ready; the page's uncaught errors are pushed to `errors`, which a
 * test file checks at the end.
 *
 * @example
 * const p = await e2e.openExplorerPage(env, context, pageErrors, '#r=org:eu');
 */
export async function openExplorerPage(env: Explorer, ctx: BrowserContext, errors: string[], hash = ''): Promise<Page> {
  const p = await ctx.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${env.http.url}/${hash}`);
  await ready(p);
  return p;
}

export const visibleNodeIds = (p: Page): Promise<string[]> =>
  p.evaluate(() =>
    window
      .__atlas!.cy.nodes(':visible')
      .map((n) => n.id())
      .sort(),
  );

export const selected = (p: Page): Promise<string | null> => p.evaluate(() => window.__atlas!.view.getState().selected);

/**
 * The options a search box shows: of its open list only. A closed list keeps its last options in
 * the page, and their innerText is still the text, so reading them would pick a stale suggestion.
 */
const shownOptions = (boxSelector: string): string => `${boxSelector} [role="listbox"]:not([hidden]) [role="option"]`;

/** The suggestions a search box lists for `text` once they have settled on one matching `until`. */
export async function suggestions(p: Page, boxSelector: string, text: string, until: RegExp): Promise<string[]> {
  const input = p.locator(`${boxSelector} input[role="combobox"]`);
  await input.fill(text);
  let options: string[] = [];
  await expect
    .poll(
      async () => {
        options = await p.locator(shownOptions(boxSelector)).allInnerTexts();
        return options.some((o) => until.test(o));
      },
      { timeout: 20_000 },
    ) // the first full-text query on a cold, busy machine takes seconds
    .toBe(true)
    .catch(() => undefined);
  return options;
}

/** The suggestions for `text` once its (debounced) request has come back, whatever they are. */
export async function settledSuggestions(p: Page, boxSelector: string, text: string): Promise<string[]> {
  await p.locator(`${boxSelector} input[role="combobox"]`).fill(text);
  await p.waitForTimeout(400); // the box waits 180 ms after the last key before it asks
  await p.waitForFunction((sel) => !document.querySelector(`${sel} .searchbox.loading, ${sel}.searchbox.loading`), boxSelector, { timeout: 20_000 });
  return p.locator(shownOptions(boxSelector)).allInnerTexts();
}

/** Types into a search box and picks the wanted suggestion with the arrow keys and Enter. */
export async function pick(p: Page, boxSelector: string, text: string, optionText: RegExp): Promise<void> {
  const input = p.locator(`${boxSelector} input[role="combobox"]`);
  const options = await suggestions(p, boxSelector, text, optionText);
  const index = options.findIndex((o) => optionText.test(o));
  expect(index, `"${optionText}" among ${JSON.stringify(options)}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await input.press('ArrowDown');
  await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(`${await p.locator(shownOptions(boxSelector)).nth(index).getAttribute('id')}`);
  await input.press('Enter');
}
