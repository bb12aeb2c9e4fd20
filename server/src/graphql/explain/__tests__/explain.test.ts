import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMemo } from '../memo.ts';
import { label } from '../labels.ts';
import { entityEventLabel, hopSentence, pathExplanation, phrase } from '../sentences.ts';
import { RELATIONSHIP_TYPES } from '../../../model/vocabulary.ts';
import type { EntityRecord } from '../../model.ts';
import type { PathResult } from '../../paths/find.ts';

const e = (id: string, kind: EntityRecord['kind'], name: string, extra: Record<string, unknown> = {}): EntityRecord => ({
  id,
  kind,
  name,
  aliases: [],
  ...extra,
});
const kenya = e('state:KEN', 'State', 'Kenya');
const au = e('org:au', 'Organisation', 'African Union');
const paper = e('paper:10.53066/mlr.2024.23.1.73', 'Paper', 'Practices and Implications of Regional Organizations', {
  year: 2024,
  title: 'Practices and Implications of Regional Organizations',
});
const dd = e('duty:due-diligence', 'Duty', 'Due diligence (cyber)');
const nld = e('state:NLD', 'State', 'Netherlands (Kingdom of the)');
const person = e('person:buchan-russell', 'Person', 'Russell Buchan');

const ALL_TYPES = RELATIONSHIP_TYPES;

describe('labels', () => {
  it('name entities the way they read in a sentence', () => {
    expect(label(kenya)).toBe('Kenya');
    expect(label(au)).toBe('the African Union');
    expect(label(nld)).toBe('the Netherlands');
    expect(label(dd)).toBe('due diligence (cyber)');
    expect(label(paper)).toBe('the 2024 paper “Practices and Implications of Regional Organizations”');
  });
});

describe('sentences', () => {
  it('have a template for every relationship type in both directions', () => {
    for (const type of ALL_TYPES) {
      for (const forward of [true, false]) {
        const p = phrase(type, forward, {}, au);
        expect(p, `${type} ${forward}`).not.toMatch(/is linked to/);
        expect(p).toContain('the African Union');
      }
    }
    // An undeclared type is a bug, said loudly, never a sentence that reads like a fact.
    expect(() => phrase('SOMETHING_NEW', true, {}, au)).toThrow(/no declaration/);
  });

  it('follow the stance of positions and papers', () => {
    expect(hopSentence(au, 'HOLDS_POSITION', true, { stance: 'binding', date: '2024-01-29' }, dd)).toBe(
      'The African Union holds due diligence (cyber) to be binding (2024-01-29).',
    );
    expect(hopSentence(dd, 'HOLDS_POSITION', false, { stance: 'voluntary' }, nld)).toBe(
      'Due diligence (cyber) is treated as a voluntary, non-binding norm by the Netherlands.',
    );
    expect(phrase('DISCUSSES', true, { stance: 'contrasts' }, dd)).toBe('takes a contrasting view of due diligence (cyber)');
    expect(phrase('MEMBER_OF', true, { status: 'member', since: '1958-01-01' }, au)).toBe('is a member of the African Union (since 1958-01-01)');
    expect(phrase('MEMBER_OF', false, { status: 'observer' }, kenya)).toBe('has Kenya as an observer');
    expect(phrase('RANKS', true, { rank: 2 }, kenya)).toBe('ranks Kenya 2nd');
  });

  it('explain the seed example path as one plain sentence', () => {
    const text = pathExplanation([
      { from: kenya, to: au, type: 'MEMBER_OF', forward: true, props: { status: 'member' } },
      { from: au, to: paper, type: 'DISCUSSES', forward: false, props: { stance: 'mentions' } },
      { from: paper, to: dd, type: 'DISCUSSES', forward: true, props: { stance: 'supports' } },
    ]);
    expect(text).toBe(
      'Kenya is a member of the African Union, which is studied by the 2024 paper “Practices and Implications of Regional Organizations”, which argues for due diligence (cyber).',
    );
  });

  it('use "who" for people', () => {
    expect(
      pathExplanation([
        { from: paper, to: person, type: 'AUTHORED', forward: false, props: {} },
        { from: person, to: paper, type: 'AUTHORED', forward: true, props: {} },
      ]),
    ).toContain(', who wrote');
  });

  it('agree verbs for plural titles', () => {
    expect(entityEventLabel('adoption', e('instrument:arsiwa', 'Instrument', 'Articles on Responsibility of States'), null)).toBe(
      'The Articles on Responsibility of States were adopted.',
    );
  });
});

describe('memo', () => {
  const path: PathResult = {
    length: 1,
    weight: 0.8,
    viaHub: false,
    basis: 'legal',
    dateUncertain: false,
    generated: false,
    nodes: [kenya, au],
    explanation: 'Kenya is a member of the African Union.',
    hops: [
      {
        key: 'k1',
        from: kenya,
        to: au,
        type: 'MEMBER_OF',
        forward: true,
        stance: null,
        properties: {},
        sentence: 'Kenya is a member of the *African* [Union](javascript:alert(1)).',
        evidence: [
          { sourceRef: 'https://au.int/members', locator: 'list', quote: null },
          { sourceRef: 'https://au.int/members', locator: 'list', quote: null },
          { sourceRef: 'document:seed-002', locator: 'Abstract', quote: 'the African Union' },
        ],
        counterEvidence: [],
      },
    ],
  };
  const md = renderMemo({
    from: kenya,
    to: au,
    paths: [path],
    variables: { from: 'state:KEN', to: 'org:au' },
    maxLength: 2,
    asOf: '2015-01-01',
    dataVersion: 'abc',
    generatedAt: '2025-01-01T00:00:00.000Z',
    sources: new Map([['document:seed-002', e('document:seed-002', 'Document', 'Seed 002')]]),
    urlOf: (ev) => (ev.sourceRef.startsWith('http') ? ev.sourceRef : null),
  });

  it('footnotes every evidence item once', () => {
    expect(md).toContain('1. Kenya is a member of the \\*African\\* \\[Union\\](javascript:alert(1)).[^1][^1][^2]');
    expect(md).toContain('[^1]: au.int, list. <https://au.int/members>');
    expect(md).toContain('[^2]: Seed 002, Abstract. “the African Union”');
    expect(md).not.toContain('[^3]');
  });

  it('says which data and day it describes and how to reproduce it', () => {
    expect(md).toContain('Data version `abc`');
    expect(md).toContain('graph as of 2015-01-01');
    expect(md).toContain('```graphql\nquery Trace(');
    expect(md).toContain('"from": "state:KEN"');
  });

  it('escapes Markdown in data', () => {
    expect(escapeMarkdown('a*b_c[d](e)<f>`g`#|')).toBe('a\\*b\\_c\\[d\\](e)\\<f\\>\\`g\\`\\#\\|');
  });
});
