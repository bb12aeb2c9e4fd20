/**
 * The positions matrix (issue 13) in real Chromium, the page users get, against the real server
 * and data: at least seven rule columns in the order the data gives (`stats.positionsByRule`),
 * rows for the EU, the AU and the OAS, a recorded silence ("no public position", with its source)
 * drawn apart from a blank "not recorded" cell, curation badges and the curation filter, and a
 * member's standing through its organisation labelled "via". Which holder has a recorded silence
 * is read from the API (`standings`), never copied by hand.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_COLUMN, MATRIX_RULES } from '../../client/src/api/matrix.ts';
import * as e2e from './support.ts';

let env: e2e.Explorer;
let page: Page;
const pageErrors: string[] = [];

interface Standing {
  status: string;
  actor: { id: string; kind: string; name: string };
}

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${env.http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let rules: { id: string; name: string }[] = [];
const byRule = new Map<string, Standing[]>();

beforeAll(async () => {
  env = await e2e.startExplorer();
  const r = await api<{ stats: { positionsByRule: { duty: { id: string; name: string } }[] } }>(MATRIX_RULES);
  rules = r.stats.positionsByRule.map((p) => p.duty);
  for (const rule of rules) {
    const d = await api<{ standings: { edges: { node: Standing }[] } }>(MATRIX_COLUMN, { norm: rule.id, first: 250 });
    byRule.set(rule.id, d.standings.edges.map((e) => e.node));
  }
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${env.http.url}/`);
  await e2e.ready(page);
  await page.locator('#btn-matrix').click();
  // One request per rule, each every actor's standing: slow on a busy 2-core machine.
  await page.locator('table.matrix, #matrix .error-text').first().waitFor({ timeout: 300_000 });
  const error = page.locator('#matrix .error-text');
  if (await error.count()) throw new Error(`The matrix shows an error: ${await error.innerText()}`);
  await e2e.idle(page);
}, 600_000);

afterAll(async () => {
  await env?.close();
});

const cell = (holder: string, duty: string) => page.locator(`table.matrix td[data-holder="${holder}"][data-duty="${duty}"]`);

describe('the positions matrix', () => {
  it('has a column for every rule with positions (at least seven), in the order the data gives', async () => {
    expect(rules.length).toBeGreaterThanOrEqual(7);
    const cols = await page.locator('table.matrix thead th[data-duty]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-duty')));
    expect(cols).toEqual(rules.map((r) => r.id));
  });

  it('has rows for the EU, the AU and the OAS, blank cells included', async () => {
    for (const id of ['org:eu', 'org:au', 'org:oas']) {
      const row = page.locator(`table.matrix tbody tr[data-holder="${id}"]`);
      expect(await row.count(), id).toBe(1);
      expect(await row.locator('td[data-duty]').count()).toBe(rules.length);
    }
  });

  it('draws a recorded silence ("no public position", with its source) apart from "not recorded"', async () => {
    const silences = [...byRule].flatMap(([duty, ss]) => ss.filter((s) => s.status === 'NO_PUBLIC_POSITION').map((s) => ({ duty, holder: s.actor })));
    expect(silences.length, 'the API reports no NO_PUBLIC_POSITION standing on any rule: no silence is recorded in data/').toBeGreaterThan(0);
    for (const s of silences) {
      const c = cell(s.holder.id, s.duty);
      expect(await c.count(), `${s.holder.id} on ${s.duty}: a row for a holder with a recorded silence`).toBe(1);
      expect(await c.innerText()).toMatch(/no public position/);
      expect(await c.getAttribute('class')).toContain('silence-cell');
      expect(await c.locator('a.cell-source').getAttribute('href')).toMatch(/^https?:\/\//);
    }
    // A blank cell of a holder that is shown: nothing visible, "not recorded" for screen readers.
    const shown = new Set(await page.locator('table.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-holder'))));
    const blank = [...byRule].flatMap(([duty, ss]) => ss.filter((s) => s.status === 'NOT_RECORDED' && shown.has(s.actor.id)).map((s) => ({ duty, holder: s.actor.id })))[0];
    expect(blank, 'a shown holder with nothing recorded on some rule').toBeTruthy();
    const b = cell(blank!.holder, blank!.duty);
    expect(await b.textContent()).toBe('not recorded');
    // Its only content is the screen-reader text, visually hidden (1px, clipped).
    expect(await b.locator(':scope > :not(.sr-only)').count()).toBe(0);
    expect(await b.locator('.sr-only').evaluate((el) => el.getBoundingClientRect().width <= 1)).toBe(true);
    expect(await b.getAttribute('class')).not.toContain('silence-cell');
    // The two look different: a hatched background against none.
    const bg = (l: ReturnType<typeof cell>) => l.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(await bg(cell(silences[0]!.holder.id, silences[0]!.duty))).not.toBe(await bg(b));
  });

  it('labels a member’s standing through its organisation as the organisation’s', async () => {
    const via = page.locator('table.matrix td[data-status="VIA_ORGANISATION"]');
    const texts = await via.allInnerTexts();
    for (const t of texts) expect(t).toMatch(/^via .+:[\s\S]*the organisation's position, not .+'s own/);
    // Every VIA_ORGANISATION standing of a shown holder is drawn as such.
    const shown = new Set(await page.locator('table.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-holder'))));
    const expected = [...byRule.values()].flat().filter((s) => s.status === 'VIA_ORGANISATION' && shown.has(s.actor.id)).length;
    expect(texts.length).toBe(expected);
  });

  it('shows each stance’s curation and filters by it', async () => {
    const stances = page.locator('table.matrix button.cell');
    const all = await stances.count();
    expect(all).toBeGreaterThan(20);
    const curations = await stances.evaluateAll((bs) => bs.map((b) => b.querySelector('.cur')?.getAttribute('data-curation') ?? ''));
    expect(curations.every((c) => ['PRIMARY', 'SECONDARY', 'INFERRED'].includes(c))).toBe(true);
    const present = [...new Set(curations)];
    expect(present.length).toBeGreaterThanOrEqual(2);
    await e2e.shot(page, 'matrix');
    for (const c of present) {
      await page.locator('#matrix-curation').selectOption(c);
      const kept = await stances.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-curation')));
      expect(kept.length).toBe(curations.filter((x) => x === c).length);
      expect(new Set(kept)).toEqual(new Set([c]));
    }
    await e2e.shot(page, 'matrix-curation-filter');
    await page.locator('#matrix-curation').selectOption('');
    expect(await stances.count()).toBe(all);
    expect(pageErrors).toEqual([]);
  });
});
