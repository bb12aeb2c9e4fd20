import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { KINDS, STANCES } from '../../types.ts';
import { edgeLook, KIND_STYLE, OKABE_ITO, PLAIN_EDGE, shortLabel, STANCE_STYLE, stylesheet } from '../style.ts';

describe('kind styles', () => {
  it('gives every kind its own shape, so kinds never depend on colour alone', () => {
    const shapes = KINDS.map((k) => KIND_STYLE[k].shape);
    expect(new Set(shapes).size).toBe(KINDS.length);
  });

  it('gives every kind its own colour, from the Okabe–Ito palette or a neutral grey', () => {
    const colours = KINDS.map((k) => KIND_STYLE[k].color.toUpperCase());
    expect(new Set(colours).size).toBe(KINDS.length);
    const palette = new Set<string>(Object.values(OKABE_ITO));
    for (const c of colours) {
      const grey = /^#([0-9A-F]{2})\1\1$/.test(c);
      expect(palette.has(c) || grey, `${c} is neither Okabe–Ito nor grey`).toBe(true);
    }
  });
});

describe('stance styles', () => {
  it('draws positions binding solid, voluntary dashed, unsettled dotted', () => {
    expect(STANCE_STYLE.BINDING.line).toBe('solid');
    expect(STANCE_STYLE.VOLUNTARY.line).toBe('dashed');
    expect(STANCE_STYLE.UNSETTLED.line).toBe('dotted');
  });

  it('draws contested and contrasting in vermillion with a dash-dot pattern no other stance uses', () => {
    for (const s of ['CONTESTED', 'CONTRASTS', 'CONTRASTING'] as const) {
      expect(STANCE_STYLE[s].color).toBe(OKABE_ITO.vermillion);
      expect(STANCE_STYLE[s].dash).toEqual([12, 4, 2, 4]);
    }
    const others = STANCES.filter((s) => !['CONTESTED', 'CONTRASTS', 'CONTRASTING'].includes(s));
    for (const s of others) expect(STANCE_STYLE[s].color).not.toBe(OKABE_ITO.vermillion);
  });

  it('tells the four position stances apart by line pattern and colour both', () => {
    const pos = (['BINDING', 'VOLUNTARY', 'UNSETTLED', 'CONTESTED'] as const).map((s) => STANCE_STYLE[s]);
    expect(new Set(pos.map((p) => `${p.line}${p.dash?.join('-') ?? ''}`)).size).toBe(4);
    expect(new Set(pos.map((p) => p.color)).size).toBe(4);
  });

  it('keeps stance-less edges plain grey', () => {
    expect(edgeLook('MEMBER_OF', null)).toBe(PLAIN_EDGE);
    expect(edgeLook('HOLDS_POSITION', 'BINDING')).toBe(STANCE_STYLE.BINDING);
  });
});

describe('the stylesheet in Cytoscape', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet(),
    elements: [
      { data: { id: 'duty:due-diligence', kind: 'Duty', label: 'Due diligence', short: 'Due diligence', degree: 40 } },
      { data: { id: 'state:FRA', kind: 'State', label: 'France', short: 'France', degree: 3 } },
      { data: { id: 'paper:x', kind: 'Paper', label: 'A paper', short: 'A paper', degree: 1 } },
      { data: { id: 'e1', source: 'state:FRA', target: 'duty:due-diligence', type: 'HOLDS_POSITION', stance: 'CONTESTED' } },
      { data: { id: 'e2', source: 'paper:x', target: 'duty:due-diligence', type: 'DISCUSSES', stance: 'VOLUNTARY' } },
      { data: { id: 'e3', source: 'state:FRA', target: 'paper:x', type: 'MEMBER_OF', stance: null } },
    ],
  });

  it('is accepted by Cytoscape and maps kind to shape and colour', () => {
    expect(cy.getElementById('duty:due-diligence').style('shape')).toBe('diamond');
    expect(cy.getElementById('state:FRA').style('shape')).toBe('ellipse');
    expect(cy.getElementById('paper:x').style('shape')).toBe('round-tag');
    expect(cy.getElementById('state:FRA').style('background-color')).toBe('rgb(86,180,233)');
  });

  it('maps stance to line style and colour', () => {
    const contested = cy.getElementById('e1');
    expect(contested.style('line-style')).toBe('dashed');
    expect(contested.style('line-color')).toBe('rgb(213,94,0)');
    expect(cy.getElementById('e2').style('line-style')).toBe('dashed');
    expect(cy.getElementById('e3').style('line-style')).toBe('solid');
  });

  it('hides elements carrying any of the hiding classes', () => {
    for (const cls of ['f-hidden', 't-hidden', 'u-hidden', 'o-hidden']) {
      const n = cy.getElementById('paper:x');
      n.addClass(cls);
      expect(n.style('display'), cls).toBe('none');
      n.removeClass(cls);
      expect(n.style('display')).toBe('element');
    }
  });
});

describe('labels', () => {
  it('shortens long titles on a word-ish boundary with an ellipsis', () => {
    const long = 'Practices and Implications of Regional Organizations for the Consensus on the Principle of Due Diligence';
    const s = shortLabel(long);
    expect(s.length).toBeLessThanOrEqual(34);
    expect(s.endsWith('…')).toBe(true);
    expect(shortLabel('  France  ')).toBe('France');
  });
});
