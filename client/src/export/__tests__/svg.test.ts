import { describe, expect, it } from 'vitest';
import { arrowSvg, edgePath, escapeXml, renderSvg, sceneBounds, type SvgEdge, type SvgNode, type SvgScene } from '../svg.ts';

/** A small well-formedness check: tags balance and attribute values are quoted and escaped. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const between = xml.slice(last, m.index);
    expect(between, `stray markup before <${m[2]}>`).not.toMatch(/[<>]/);
    expect(between, 'unescaped ampersand').not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    last = tag.lastIndex;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(xml.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

const node = (over: Partial<SvgNode> = {}): SvgNode => ({
  id: 'state:FRA',
  x: 0,
  y: 0,
  w: 30,
  h: 30,
  shape: 'ellipse',
  fill: 'rgb(86,180,233)',
  stroke: '#1f6f9c',
  strokeWidth: 1.5,
  opacity: 1,
  label: 'France',
  fontSize: 11,
  ...over,
});

const edge = (over: Partial<SvgEdge> = {}): SvgEdge => ({
  id: 'e1',
  points: [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
  ],
  color: '#0072B2',
  width: 3,
  lineStyle: 'solid',
  dash: null,
  arrow: 'triangle',
  opacity: 1,
  label: null,
  ...over,
});

describe('SVG export', () => {
  it('writes a well-formed standalone document with escaped text', () => {
    const scene: SvgScene = {
      title: 'Atlas <test> & "quotes"',
      background: '#ffffff',
      nodes: [
        node({ label: 'Côte d’Ivoire <&> "x"' }),
        node({ id: 'duty:due-diligence', x: 200, y: 50, shape: 'diamond', label: 'Due diligence' }),
        node({ id: 'paper:p', x: 100, y: 150, shape: 'round-tag', label: 'Paper' }),
        node({ id: 'org:eu', x: -100, y: 80, shape: 'hexagon', label: 'EU' }),
        node({ id: 'doc', x: 50, y: -90, shape: 'rectangle', label: 'Doc' }),
        node({ id: 'inst', x: 150, y: -90, shape: 'round-rectangle', label: 'Inst' }),
      ],
      edges: [
        edge({ label: 'holds position · binding & more' }),
        edge({ id: 'e2', lineStyle: 'dotted', arrow: 'circle' }),
        edge({ id: 'e3', lineStyle: 'dashed', dash: [12, 4, 2, 4], arrow: 'tee' }),
      ],
    };
    const svg = renderSvg(scene);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    assertWellFormed(svg);
    expect(svg).toContain('Côte d’Ivoire &lt;&amp;&gt; &quot;x&quot;');
    expect(svg).toContain('<title>Atlas &lt;test&gt; &amp; &quot;quotes&quot;</title>');
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('<polygon'); // diamond, tag, hexagon, arrowheads
    expect(svg).toMatch(/<rect [^>]*rx=/); // round-rectangle
    expect(svg).toContain('stroke-dasharray="12 4 2 4"');
    expect(svg).toMatch(/stroke-dasharray="3 4\.8" stroke-linecap="round"/);
    expect((svg.match(/class="node"/g) ?? []).length).toBe(6);
    expect((svg.match(/class="edge"/g) ?? []).length).toBe(3);
  });

  it('sizes the view box to include every node and its label', () => {
    const scene: SvgScene = {
      title: 't',
      background: '#fff',
      nodes: [node({ x: -500, y: -20 }), node({ x: 700, y: 300, label: 'A fairly long label for a node' })],
      edges: [],
    };
    const b = sceneBounds(scene);
    expect(b.x1).toBeLessThanOrEqual(-515);
    expect(b.x2).toBeGreaterThanOrEqual(715);
    expect(b.y2).toBeGreaterThan(315); // the label sits under the node
    const svg = renderSvg({ ...scene, padding: 10 });
    const vb = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(Number(vb[1])).toBeCloseTo(b.x1 - 10);
    expect(Number(vb[3])).toBeCloseTo(b.x2 - b.x1 + 20);
  });

  it('draws straight, curved and multi-bend edges', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toBe('M0,0 L10,5');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 5, y: 10 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0 Q5,10 10,0');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 2, y: 4 },
        { x: 6, y: 4 },
        { x: 8, y: 0 },
      ]),
    ).toBe('M0,0 Q2,4 4,4 Q6,4 8,0');
    expect(edgePath([{ x: 0, y: 0 }])).toBe('');
  });

  it('points arrowheads at the target along the last segment', () => {
    const svg = arrowSvg(
      edge({
        points: [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        width: 2,
      }),
    );
    const pts = /points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(pts[0]).toEqual([100, 0]); // the tip is on the target
    expect(pts[1]![0]).toBeLessThan(100); // the base is behind it
    expect(pts[1]![1]).toBeCloseTo(-pts[2]![1]!); // symmetric about the line
    expect(arrowSvg(edge({ arrow: 'none' }))).toBe('');
  });

  it('escapes all five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
