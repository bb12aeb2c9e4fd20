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

async function openPage(hash = '', ctx: BrowserContext = context): Promise<Page> {
  const p = await ctx.newPage();
  p.on('pageerror', (e) => pageErrors.push(e.message));
  await p.goto(`${env.http.url}/${hash}`);
  await e2e.ready(p);
  return p;
}

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
