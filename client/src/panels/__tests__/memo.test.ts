import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Path } from '../../api/queries.ts';
import { memoMarkdown, traceRequest } from '../memo.ts';

const ccdcoe = {
  source: null,
  sourceRef: 'https://cyberlaw.ccdcoe.org/wiki/Due_diligence',
  url: 'https://cyberlaw.ccdcoe.org/wiki/Due_diligence',
  locator: 'Definition, 3rd paragraph',
  quote: 'This view has also been endorsed',
};
const path: Path = {
  length: 1,
  weight: 0.85,
  viaHub: false,
  generated: false,
  explanation: 'France holds due diligence to be binding.',
  basis: 'LEGAL',
  nodes: [
    { id: 'state:FRA', kind: 'State', name: 'France', degree: 5 },
    { id: 'duty:due-diligence', kind: 'Duty', name: 'Due diligence (cyber)', degree: 40 },
  ],
  hops: [
    {
      from: { id: 'state:FRA', kind: 'State', name: 'France' },
      to: { id: 'duty:due-diligence', kind: 'Duty', name: 'Due diligence (cyber)' },
      type: 'HOLDS_POSITION',
      forward: true,
      stance: 'BINDING',
      properties: null,
      evidence: [ccdcoe],
      counterEvidence: [
        {
          holder: { id: 'state:USA', kind: 'State', name: 'United States' },
          type: 'HOLDS_POSITION',
          stance: 'VOLUNTARY',
          target: { id: 'duty:due-diligence', kind: 'Duty', name: 'Due diligence (cyber)' },
          evidence: [ccdcoe],
          sentence: 'The United States treats it as a voluntary norm.',
        },
      ],
      sentence: 'France holds due diligence (cyber) to be binding.',
    },
  ],
};
const spec = { from: 'state:FRA', to: 'duty:due-diligence', first: 3, maxLength: 4 };

describe('trace memo (fallback when the API memo is unavailable)', () => {
  const md = memoMarkdown(spec, '2020-01-01', [path, path], { from: 'France', to: 'Due diligence (cyber)' }, new Date('2025-02-03T00:00:00Z'));

  it('writes each hop and each counter-evidence with a footnote', () => {
    expect(md).toContain('# How France relates to Due diligence (cyber)');
    expect(md).toContain('as of 2020-01-01');
    expect(md).toContain('1. France holds due diligence (cyber) to be binding.[^1]');
    expect(md).toContain('   - Counter-evidence: The United States treats it as a voluntary norm.[^1]');
  });

  it('numbers each distinct source once, however often it is cited', () => {
    expect(md.match(/^\[\^\d+\]:/gm)).toEqual(['[^1]:']);
    expect(md).toContain(
      '[^1]: https://cyberlaw.ccdcoe.org/wiki/Due_diligence, Definition, 3rd paragraph, “This view has also been endorsed”, <https://cyberlaw.ccdcoe.org/wiki/Due_diligence>',
    );
  });

  it('says so when nothing was found', () => {
    expect(memoMarkdown(spec, null, [], { from: 'A', to: 'B' })).toContain('No path was found');
  });

  it('copies a runnable request: the operation and its variables', () => {
    const text = traceRequest(spec, null);
    const [op, vars] = text.split('# variables');
    expect(() => parse(op!)).not.toThrow();
    expect(JSON.parse(vars!)).toEqual({ from: 'state:FRA', to: 'duty:due-diligence', maxLength: 4, first: 3, asOf: null });
  });
});
