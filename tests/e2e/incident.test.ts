/**
 * The incident panel (issue 14) in real Chromium against the real server and data: an incident
 * found by one of its aliases, opened from search, shows its attributions (who, to whom, when, the
 * statement with its link, the confidence wording, the norms invoked), its denials marked as
 * denials, and the responses that answer it; the timeline lists the incident and its attributions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let page: Page;
const pageErrors: string[] = [];

const NOTPETYA = /^NotPetya destructive malware attack \(2017\)\s+Incident/;

interface ShownAttribution {
  id: string;
  type: string;
  head: string;
  to: string;
  confidence: string;
  statementLinks: string[];
  invokes: string;
  text: string;
}

interface Shown {
  attributionsHeading: string;
  attributions: ShownAttribution[];
  responses: { id: string; type: string; text: string }[];
}

/** Reads the incident panel as a user sees it, once its query has answered. */
async function readPanel(): Promise<Shown> {
  await page.locator('#incident-panel[aria-busy="false"]').waitFor({ timeout: 60_000 });
  const error = page.locator('#incident-panel .error-text');
  if (await error.count()) throw new Error(`The panel shows an error: ${await error.innerText()}`);
  return page.locator('#incident-panel').evaluate((root) => {
    const text = (el: Element | null): string => (el as HTMLElement | null)?.innerText.trim() ?? '';
    // The dd after the dt whose text is `term`.
    const field = (li: Element, term: string): Element | null =>
      [...li.querySelectorAll('dt')].find((dt) => text(dt) === term)?.nextElementSibling ?? null;
    return {
      attributionsHeading: text(root.querySelector('#incident-attributions h4')),
      attributions: [...root.querySelectorAll('.attribution')].map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        type: li.getAttribute('data-type') ?? '',
        head: text(li.querySelector('.attribution-head')),
        to: text(field(li, 'Attributed to')),
        confidence: text(field(li, 'Confidence')),
        statementLinks: [...(field(li, 'Statement')?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href') ?? ''),
        invokes: text(field(li, 'Invokes')),
        text: text(li),
      })),
      responses: [...root.querySelectorAll('.response')].map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        type: li.getAttribute('data-type') ?? '',
        text: text(li),
      })),
    };
  });
}

beforeAll(async () => {
  env = await e2e.startExplorer();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${env.http.url}/`);
  await e2e.ready(page);
}, 500_000);

afterAll(async () => {
  await env?.close();
});

describe('the incident panel', () => {
  it('finds NotPetya by its threat-actor alias "Sandworm" and opens it in the inspector', async () => {
    await e2e.pick(page, '#search', 'Sandworm', NOTPETYA);
    await expect.poll(() => e2e.selected(page), { timeout: 60_000 }).toBe('incident:notpetya');
    await expect.poll(() => page.locator('#inspector-title').innerText(), { timeout: 60_000 }).toMatch(/NotPetya/);
    await expect.poll(() => page.locator('#panel-inspect .aliases').innerText(), { timeout: 60_000 }).toMatch(/Sandworm/);
  });

  it('shows the UK attribution: to Russia, on 2018-02-15, "almost certainly", invoking sovereignty, with the statement linked', async () => {
    const s = await readPanel();
    expect(s.attributionsHeading).toMatch(/^Attributions and denials \(\d+\)$/);
    const uk = s.attributions.find((a) => a.id === 'attribution:gbr-notpetya-2018');
    expect(uk, JSON.stringify(s.attributions.map((a) => a.id))).toBeDefined();
    expect(uk!.type).toBe('attribution');
    expect(uk!.head).toMatch(/2018-02-15/);
    expect(uk!.head).toMatch(/United Kingdom/);
    expect(uk!.to).toMatch(/Russia/);
    expect(uk!.confidence).toMatch(/almost certainly/);
    expect(uk!.invokes).toMatch(/sovereignty/i);
    expect(uk!.invokes).toMatch(/practice/);
    expect(uk!.statementLinks.some((u) => u.startsWith('https://www.wired-gov.net/'))).toBe(true);
    // The other attributions in the data are there too, oldest first.
    expect(s.attributions.some((a) => a.id === 'attribution:usa-notpetya-2018')).toBe(true);
    expect(s.attributions.some((a) => a.id === 'attribution:aus-notpetya-2018')).toBe(true);
    await e2e.shot(page, 'incident-notpetya');
  });

  it('marks Russia’s denial as a denial, naming no one as responsible', async () => {
    const s = await readPanel();
    const denial = s.attributions.find((a) => a.id === 'attribution:rus-notpetya-denial-2018');
    expect(denial).toBeDefined();
    expect(denial!.type).toBe('denial');
    expect(denial!.head).toMatch(/^Denial\b/);
    expect(denial!.head).toMatch(/Russia/);
    expect(denial!.to).toBe('');
    for (const a of s.attributions.filter((x) => x.type !== 'denial')) expect(a.head).toMatch(/^Attribution\b|^Contested\b/);
  });

  it('lists the responses that answer it: the EU sanctions of 2020-07-30 and the US indictment of 2020-10-19', async () => {
    const s = await readPanel();
    const eu = s.responses.find((r) => r.id === 'response:eu-sanctions-2020-07-30');
    const us = s.responses.find((r) => r.id === 'response:usa-indictment-sandworm-2020-10-19');
    expect(eu, JSON.stringify(s.responses.map((r) => r.id))).toBeDefined();
    expect(eu!.type).toBe('sanction');
    expect(eu!.text).toMatch(/^Sanction\s+2020-07-30/);
    expect(eu!.text).toMatch(/European Union/);
    expect(us).toBeDefined();
    expect(us!.type).toBe('indictment');
    expect(us!.text).toMatch(/^Indictment\s+2020-10-19/);
    expect(pageErrors).toEqual([]);
  });

  it('the timeline lists the incident’s start and its attributions among the dated events', async () => {
    await page.locator('#time-compare').check();
    await page.locator('#time-from').fill('2017-06-01');
    await page.locator('#time-day').fill('2018-02-28');
    await page.locator('#tab-timeline').click();
    const events = page.locator('#panel-timeline .timeline-events li');
    const texts = async (): Promise<string[]> => events.allInnerTexts();
    await expect.poll(async () => (await texts()).some((t) => /^2017-06-27 incident .*NotPetya.* began\./.test(t)), { timeout: 60_000 }).toBe(true);
    const all = await texts();
    expect(all.some((t) => /^2018-02-15 attribution .*UK attribution of NotPetya/.test(t)), JSON.stringify(all.filter((t) => /NotPetya/.test(t)))).toBe(true);
    await e2e.shot(page, 'incident-timeline');
    // Back to all dates and the inspector, as the next test expects.
    await page.locator('#time-all').click();
    await page.locator('#tab-inspect').click();
    await page.locator('#incident-panel[aria-busy="false"]').waitFor({ timeout: 60_000 });
  });

  it('a statement button brings the statement into the graph', async () => {
    await page.locator('#incident-panel .attribution[data-id="attribution:gbr-notpetya-2018"] button[data-id="document:gbr-2018-02-15-notpetya"]').click();
    await expect.poll(() => e2e.selected(page), { timeout: 60_000 }).toBe('document:gbr-2018-02-15-notpetya');
    await expect.poll(() => page.locator('#inspector-title').innerText(), { timeout: 60_000 }).toMatch(/UK statement/);
    expect(pageErrors).toEqual([]);
  });
});
