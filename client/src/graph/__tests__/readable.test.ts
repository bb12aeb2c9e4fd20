/**
 * The pure rules behind issue 15's "Readable" (the browser tests are tests/e2e/readable.test.ts):
 * label priority and overlap, framing around what covers the canvas, hub ranking and wording,
 * and one source of colours (no kind or stance colour written again in any style sheet).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { DrawableRelationship } from '../../api/queries.ts';
import { cutAway, extentOf, frameViewport } from '../frame.ts';
import { orderCounts, rankRelationships, shownSentence } from '../hub.ts';
import { labelPriority, overlaps, placeLabels } from '../labels.ts';
import { paletteProperties, tint } from '../palette.ts';
import { KIND_STYLE, STANCE_STYLE, stylesheet } from '../style.ts';

describe('labels', () => {
  it('rank the central node, then the selection, then degree, then the law before commentary', () => {
    const base = { id: 'x', degree: 5, kind: 'Paper' as const, root: false, picked: false };
    expect(labelPriority({ ...base, root: true })).toBeGreaterThan(labelPriority({ ...base, picked: true, degree: 500 }));
    expect(labelPriority({ ...base, picked: true })).toBeGreaterThan(labelPriority({ ...base, degree: 500 }));
    expect(labelPriority({ ...base, degree: 6 })).toBeGreaterThan(labelPriority({ ...base, kind: 'Duty' }));
    expect(labelPriority({ ...base, kind: 'Instrument' })).toBeGreaterThan(labelPriority(base));
  });

  it('overlap only when they share more than a pixel each way', () => {
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 9.5, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 5, y1: 5, x2: 20, y2: 20 })).toBe(true);
  });

  it('the pass hides the less important of two labels drawn on top of each other, never the root’s', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(),
      elements: [
        { data: { id: 'root', kind: 'Duty', label: 'Due diligence (cyber)', short: 'Due diligence (cyber)', degree: 1 }, position: { x: 0, y: 0 }, classes: 'root' },
        { data: { id: 'hub', kind: 'State', label: 'Germany', short: 'Germany', degree: 90 }, position: { x: 2, y: 0 } },
        { data: { id: 'far', kind: 'Paper', label: 'A paper', short: 'A paper', degree: 1 }, position: { x: 900, y: 900 } },
      ],
    });
    // Headless Cytoscape measures no text: the label boxes are empty, so the pass keeps all.
    const pass = placeLabels(cy);
    expect(pass.hidden + pass.shortened).toBe(0);
    expect(cy.getElementById('root').hasClass('label-hidden')).toBe(false);
  });
});

describe('framing', () => {
  const canvas = { x1: 0, y1: 0, x2: 1000, y2: 600 };
  it('cuts a bottom drawer away from the bottom, a legend in a corner by the cheaper side', () => {
    expect(cutAway(canvas, [{ x1: 0, y1: 300, x2: 1000, y2: 600 }])).toEqual({ x1: 0, y1: 0, x2: 1000, y2: 300 });
    expect(cutAway(canvas, [{ x1: 0, y1: 400, x2: 250, y2: 600 }])).toEqual({ x1: 250, y1: 0, x2: 1000, y2: 600 });
    expect(cutAway(canvas, [{ x1: 2000, y1: 0, x2: 2100, y2: 10 }])).toEqual(canvas);
  });

  it('centres the elements in the free rectangle', () => {
    const v = frameViewport({ x1: 0, y1: 0, w: 100, h: 100 }, { x1: 0, y1: 0, x2: 1000, y2: 300 }, 50, 0.05, 1);
    expect(v.zoom).toBe(1);
    expect(v.pan).toEqual({ x: 450, y: 100 });
  });

  it('aims at the nodes: their box with labels, or in a lean view their own boxes from positions', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 20, height: 20, label: 'data(id)', 'font-size': 40 } }],
      elements: [
        { data: { id: 'a-long-label' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 50 } },
        { data: { id: 'e', source: 'a-long-label', target: 'b' } },
      ],
    });
    const lean = { x1: -10, y1: -10, x2: 110, y2: 60, w: 120, h: 70 };
    expect(extentOf(cy, cy.elements()).x1, 'labels in the box').toBeLessThan(-10);
    cy.scratch('_atlasLean', true);
    expect(extentOf(cy, cy.elements())).toEqual(lean);
    expect(extentOf(cy, cy.$('#e')).w, 'an edge alone is measured itself').toBeGreaterThan(0);
  });
});

describe('hubs', () => {
  const rel = (id: string, name: string, degree: number, kind = 'State'): DrawableRelationship =>
    ({ key: id, type: 'MEMBER_OF', direction: 'IN', stance: null, validFrom: null, validTo: null, properties: {}, evidence: [], other: { id, kind, name, degree } }) as DrawableRelationship;

  it('rank by degree, then kind, then name, never alphabetically first', () => {
    const ranked = rankRelationships([rel('a', 'Afghanistan', 3), rel('z', 'Zimbabwe', 30), rel('m', 'Mali', 3, 'Organisation'), rel('b', 'Bhutan', 3)]);
    expect(ranked.map((r) => r.other.id)).toEqual(['z', 'm', 'a', 'b']);
  });

  it('list the biggest types first and say what was left out', () => {
    const counts = orderCounts([
      { type: 'ADOPTED', direction: 'IN', count: 8 },
      { type: 'MEMBER_OF', direction: 'IN', count: 193 },
    ]);
    expect(counts[0]!.type).toBe('MEMBER_OF');
    expect(shownSentence(40, 193, 'members')).toBe('40 of 193 members shown, ranked by number of relationships in the atlas; 153 left out.');
    expect(shownSentence(8, 8, 'resolutions')).toBe('All 8 resolutions shown.');
  });
});

describe('one source of colours', () => {
  it('sets every kind and stance colour as a custom property', () => {
    const props = paletteProperties();
    expect(props['--stance-binding']).toBe(STANCE_STYLE.BINDING.color);
    expect(props['--stance-principle-only']).toBe(STANCE_STYLE.PRINCIPLE_ONLY.color);
    expect(props['--kind-state']).toBe(KIND_STYLE.State.color);
    expect(tint('#000000', 0.5)).toBe('#808080');
  });

  it('no style sheet of the client writes a kind or stance colour again', () => {
    const root = path.resolve('client/src');
    const sheets: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.css')) sheets.push(path.join(dir, e.name));
      }
    };
    walk(root);
    const colours = new Set([...Object.values(KIND_STYLE).map((k) => k.color.toLowerCase()), ...Object.values(STANCE_STYLE).map((s) => s.color.toLowerCase())]);
    colours.delete('#ffffff'); // white is a background everywhere, not a kind's colour
    colours.delete('#000000');
    const found = sheets.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/#[0-9a-f]{6}\b/gi)].filter((m) => colours.has(m[0].toLowerCase())).map((m) => `${path.relative(root, f)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
