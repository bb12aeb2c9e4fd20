/** The export frame: title, as-of day, data version and legend, round the SVG picture. */
import { describe, expect, it } from 'vitest';
import { layoutFrame, pngScale, renderFramedSvg, subtitle, type ExportFrame } from '../frame.ts';
import { labelLines, type SvgScene } from '../svg.ts';

const frame: ExportFrame = {
  title: 'Cyber Norms Atlas: Due diligence <cyber> & "more"',
  asOf: '2021-03-15',
  current: false,
  dataVersion: 'abc123',
  kinds: [
    { label: 'Duty', color: '#E69F00', border: '#8a5a00', shape: 'diamond' },
    { label: 'State', color: '#56B4E9', border: '#1f6f9c', shape: 'ellipse' },
  ],
  types: [{ label: 'holds position: binding', color: '#0072B2', dash: null, width: 3.5 }],
};
const long = 'The Tallinn Manual 2.0 on the International Law Applicable to Cyber Operations, second edition';
const scene: SvgScene = {
  title: frame.title,
  background: '#ffffff',
  nodes: [
    { id: 'a', x: 0, y: 0, w: 30, h: 30, shape: 'ellipse', fill: '#fff', stroke: '#000', strokeWidth: 1, opacity: 1, label: 'Kenya', fontSize: 11 },
    { id: 'b', x: 300, y: 100, w: 30, h: 30, shape: 'round-rectangle', fill: '#fff', stroke: '#000', strokeWidth: 1, opacity: 1, label: long, fontSize: 11 },
  ],
  edges: [],
};

describe('export frame', () => {
  const svg = renderFramedSvg(scene, frame);

  it('names the title, the day, the data version, escaped', () => {
    expect(svg).toContain('<title>Cyber Norms Atlas: Due diligence &lt;cyber&gt; &amp; &quot;more&quot;</title>');
    expect(svg).toContain('As of 2021-03-15 · data version abc123 · Cyber Norms Atlas');
    expect(subtitle({ ...frame, current: true, dataVersion: null })).toBe('As of 2021-03-15 (the current graph) · data version unknown · Cyber Norms Atlas');
  });

  it('has a legend of the kinds and relationship types drawn', () => {
    for (const t of ['Kinds drawn', 'Duty', 'State', 'Relationships drawn', 'holds position: binding']) expect(svg).toContain(`>${t}</text>`);
  });

  it('keeps long labels whole and inside the picture', () => {
    // Wrapped onto lines at spaces, every word kept.
    const text = /<text[^>]*>(.*?)<\/text>/g;
    const whole = [...svg.matchAll(text)].map((m) => m[1]!.replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, '')).find((t) => t.startsWith('The Tallinn'));
    expect(whole).toBe(long);
    expect(labelLines(long).every((l) => l.length <= 30)).toBe(true);
    const lay = layoutFrame(frame, 800, 300);
    expect(lay.width).toBeGreaterThanOrEqual(800);
    expect(lay.graph.y).toBeGreaterThan(40);
    expect(lay.height).toBeGreaterThan(300 + lay.graph.y + 40);
    // The picture's box holds the long label's longest line: half of it each side of the node, 0.6 em a character.
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const longest = Math.max(...labelLines(long).map((l) => l.length));
    expect(width).toBeGreaterThan(300 + (longest * 11 * 0.6) / 2);
  });

  it('wraps the legend rows to the width', () => {
    const many = { ...frame, types: Array.from({ length: 30 }, (_, i) => ({ label: `type number ${i}`, color: '#000', dash: null, width: 1 })) };
    const narrow = layoutFrame(many, 560, 100);
    const wide = layoutFrame(many, 2000, 100);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('scales the PNG 2x, less for a very large view (8,000 px a side, 16 Mpx in all)', () => {
    expect(pngScale(1200, 900)).toBe(2);
    expect(pngScale(3000, 3000)).toBeCloseTo(4000 / 3000);
    expect(pngScale(20000, 500)).toBe(0.4);
  });
});
