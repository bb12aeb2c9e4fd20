/**
 * The Standing panel (issue 11) in real Chromium against the real server and data: the verdict
 * first, then the legal bases with their evidence, then context clearly labelled as not a legal
 * basis. Iran → the Budapest Convention (no treaty relation; only a rivalry links them), Kenya →
 * due diligence (an organisation's position is the organisation's), the United Kingdom → due
 * diligence on two dates (nothing dated after the day asked about counts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let page: Page;
const pageErrors: string[] = [];

const ACTOR = '#panel-standing .searchbox:nth-of-type(1)';
const NORM = '#panel-standing .searchbox:nth-of-type(2)';

interface Shown {
  first: string;
  verdict: string;
  status: string;
  asOfText: string;
  bases: { kind: string; heading: string; text: string; evidence: number; since: string | null }[];
  contextHeading: string;
  context: string[];
}

/** Picks both ends (and a date), asks, and reads the panel as a user sees it. */
async function standing(actor: [string, RegExp], norm: [string, RegExp], asOf = ''): Promise<Shown> {
  await e2e.pick(page, ACTOR, ...actor);
  await e2e.pick(page, NORM, ...norm);
  await page.locator('#standing-date').fill(asOf);
  await page.locator('#standing-run').click();
  // The verdict, or the sentence that says why there is none (then the test says it too).
  await page.locator('#standing-verdict, #standing-results .error-text').first().waitFor({ timeout: 60_000 });
  const error = page.locator('#standing-results .error-text');
  if (await error.count()) throw new Error(`The panel shows an error: ${await error.innerText()}`);
  await e2e.idle(page);
  return page.locator('#standing-results').evaluate((root) => {
    const text = (el: Element | null): string => (el as HTMLElement | null)?.innerText.trim() ?? '';
    return {
      first: root.firstElementChild?.id ?? '',
      verdict: text(root.querySelector('#standing-verdict')),
      status: root.querySelector('[data-status]')?.getAttribute('data-status') ?? '',
      asOfText: text(root.querySelector('.standing-status')),
      bases: [...root.querySelectorAll('#standing-bases .basis')].map((li) => ({
        kind: li.getAttribute('data-kind') ?? '',
        heading: text(li.querySelector('h4')),
        text: text(li),
        evidence: li.querySelectorAll('.evidence').length,
        since: /(\d{4}(?:-\d{2}(?:-\d{2})?)?) –/.exec(text(li.querySelector('.basis-meta')))?.[1] ?? null,
      })),
      contextHeading: text(root.querySelector('#standing-context h3')),
      context: [...root.querySelectorAll('#standing-context li')].map((li) => text(li)),
    };
  });
}

beforeAll(async () => {
  env = await e2e.startExplorer();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${env.http.url}/`);
  await e2e.ready(page);
  await page.locator('#tab-standing').click();
}, 500_000);

afterAll(async () => {
  await env?.close();
});

describe('the Standing panel', () => {
  it('Iran → the Budapest Convention: not bound; the rivalry with a party is context, not a basis', async () => {
    const s = await standing(['Iran', /^Iran \(Islamic Republic of\)\s+State$/], ['Budapest Convention', /^Convention on Cybercrime\s+Instrument$/]);
    expect(s.first).toBe('standing-verdict');
    expect(s.status).toBe('NOT_BOUND');
    expect(s.verdict).toMatch(/Iran/);
    expect(s.verdict).toMatch(/neither a party|not a party/i);
    for (const b of s.bases) expect(b.text).not.toMatch(/rival/i);
    expect(s.contextHeading).toMatch(/^Context, not a legal basis \(\d+\)$/);
    expect(s.context.some((c) => /rival/i.test(c))).toBe(true);
    await e2e.shot(page, 'standing-iran-budapest');
  });

  it('Kenya → due diligence: an organisation’s position is labelled as the organisation’s, with its evidence', async () => {
    const s = await standing(['Kenya', /^Kenya\s+State$/], ['due diligence', /^Due diligence \(cyber\)\s+Duty$/]);
    expect(s.first).toBe('standing-verdict');
    expect(s.verdict).toMatch(/Kenya/);
    // Membership of a body that holds the duty binding does not make it Kenya's own position.
    expect(s.status).toBe('VIA_ORGANISATION');
    for (const b of s.bases.filter((x) => x.kind === 'ORGANISATION_POSITION')) {
      expect(b.heading).toMatch(/organisation’s, not its own/);
      expect(b.evidence).toBeGreaterThan(0);
    }
    for (const b of s.bases) expect(b.text).not.toMatch(/studied by|paper/i);
    await e2e.shot(page, 'standing-kenya-due-diligence');
  });

  it('the United Kingdom → due diligence on two dates: only what existed on each day counts', async () => {
    const early = await standing(['United Kingdom', /^United Kingdom of Great Britain and Northern Ireland\s+State$/], ['due diligence', /^Due diligence \(cyber\)\s+Duty$/], '2015-01-01');
    await e2e.shot(page, 'standing-uk-2015');
    const late = await standing(['United Kingdom', /^United Kingdom of Great Britain and Northern Ireland\s+State$/], ['due diligence', /^Due diligence \(cyber\)\s+Duty$/], '2024-06-30');
    await e2e.shot(page, 'standing-uk-2024');
    expect(early.asOfText).toContain('as of 2015-01-01');
    expect(late.asOfText).toContain('as of 2024-06-30');
    for (const s of [early, late]) {
      expect(s.first).toBe('standing-verdict');
      expect(s.verdict).toMatch(/United Kingdom/);
      // The 1949 Corfu Channel judgment states the general principle, not the cyber duty.
      for (const b of s.bases) expect(b.text).not.toMatch(/Corfu/);
    }
    for (const b of early.bases) if (b.since) expect(b.since.padEnd(10, '-01').slice(0, 10) <= '2015-01-01', b.text).toBe(true);
    for (const b of late.bases) if (b.since) expect(b.since.padEnd(10, '-01').slice(0, 10) <= '2024-06-30', b.text).toBe(true);
  });

  it('the trace and its memo for Iran → the Budapest Convention: the standing first, the rivalry as context', async () => {
    await page.locator('#tab-trace').click();
    await e2e.pick(page, '#panel-trace .searchbox:nth-of-type(1)', 'Iran', /^Iran \(Islamic Republic of\)\s+State$/);
    await e2e.pick(page, '#panel-trace .searchbox:nth-of-type(2)', 'Budapest Convention', /^Convention on Cybercrime\s+Instrument$/);
    await page.locator('#trace-run').click();
    await e2e.idle(page);
    const paths = page.locator('#panel-trace .path');
    await expect.poll(() => paths.count()).toBeGreaterThan(0);
    const rival = paths.filter({ hasText: /rival/ }).first();
    expect(await rival.getAttribute('data-basis')).toBe('CONTEXT');
    expect(await rival.locator('.path-head .badge').first().innerText()).toBe('context, not a legal basis');
    const [memo] = await Promise.all([page.waitForEvent('download'), page.locator('#trace-memo').click()]);
    const md = readFileSync((await memo.path())!, 'utf8');
    const standingAt = md.indexOf('## Standing');
    const contextAt = md.indexOf('## Context (not a legal basis)');
    expect(standingAt).toBeGreaterThan(0);
    expect(contextAt).toBeGreaterThan(standingAt);
    expect(md.slice(standingAt, contextAt)).toMatch(/Iran is neither a party to nor a signatory of the Convention on Cybercrime/);
    expect(md.slice(standingAt, contextAt)).not.toMatch(/rival/);
    expect(md.slice(contextAt)).toMatch(/rival/);
    await e2e.shot(page, 'standing-iran-trace');
    await page.locator('#tab-standing').click();
  });

  it('asks for ends typed but not picked, and Clear empties the form', async () => {
    await page.locator(`${ACTOR} input`).fill('Kenya');
    await page.keyboard.press('Tab');
    await page.locator('#standing-run').click();
    await expect.poll(() => page.locator('#standing-ends-msg').innerText()).toMatch(/Pick “Kenya” \(Actor\)/);
    await page.locator('#standing-clear').click();
    expect(await page.locator('#panel-standing input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['', '', '']);
    expect(pageErrors).toEqual([]);
  });
});
