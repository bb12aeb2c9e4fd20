import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, packRows, unpackRows, type ViewState } from '../url.ts';

function fullState(): ViewState {
  const s = defaultState();
  s.root = 'state:FRA';
  s.depth = 1;
  // Ids are DOIs and may hold any of the separators the encoding uses.
  s.expanded = [{ id: 'paper:10.1000/a,b;c%d&e=f#g h' }, { id: 'org:eu', limit: 180 }];
  s.added = ['document:fra-2019-position', 'paper:10.1093/ejil/chab056'];
  s.hidden = ['state:USA'];
  s.pinned = ['duty:due-diligence'];
  s.selected = 'paper:10.1000/a,b;c%d&e=f#g h';
  s.filters = { kinds: new Set(['Person', 'Paper']), types: new Set(['MENTIONS']), stances: new Set(['MENTIONING', 'NONE']) };
  s.asOf = '2015-06-30';
  s.compareFrom = '2010-01-31';
  s.layout = 'concentric';
  s.positions = new Map([
    ['state:FRA', { x: 12.4, y: -40.6 }],
    ['paper:10.1000/a,b;c%d&e=f#g h', { x: 0, y: 1e4 }],
    ['state:CIV', { x: -3, y: 7 }],
  ]);
  s.trace = { from: 'state:FRA', to: 'duty:due-diligence', first: 5, maxLength: 3, asOf: '2020-12-31' };
  s.panel = 'trace';
  s.matrix = true;
  s.webgl = true;
  s.viewport = { zoom: 1.234, pan: { x: -120, y: 48 } };
  return s;
}

describe('view state in the URL fragment', () => {
  it('writes nothing for the default view, so the start URL stays clean', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual(defaultState());
  });

  it('round-trips every field, including ids holding separators', () => {
    const s = fullState();
    const back = decodeState(`#${encodeState(s)}`);
    expect(back.root).toBe('state:FRA');
    expect(back.depth).toBe(1);
    expect(back.expanded).toEqual(s.expanded);
    expect(back.added).toEqual(s.added);
    expect(back.hidden).toEqual(s.hidden);
    expect(back.pinned).toEqual(s.pinned);
    expect(back.selected).toBe(s.selected);
    expect([...back.filters.kinds].sort()).toEqual(['Paper', 'Person']);
    expect([...back.filters.types]).toEqual(['MENTIONS']);
    expect([...back.filters.stances].sort()).toEqual(['MENTIONING', 'NONE']);
    expect(back.asOf).toBe('2015-06-30');
    expect(back.compareFrom).toBe('2010-01-31');
    expect(back.layout).toBe('concentric');
    expect(back.trace).toEqual(s.trace);
    expect(back.panel).toBe('trace');
    expect(back.matrix).toBe(true);
    expect(back.webgl).toBe(true);
    expect(back.viewport).toEqual({ zoom: 1.234, pan: { x: -120, y: 48 } });
    // Positions are rounded to whole pixels (short URLs; sub-pixel precision is invisible).
    expect(back.positions?.get('state:FRA')).toEqual({ x: 12, y: -41 });
    expect(back.positions?.get('paper:10.1000/a,b;c%d&e=f#g h')).toEqual({ x: 0, y: 10000 });
    expect(back.positions?.size).toBe(3);
  });

  it('keeps ids readable in the fragment', () => {
    const s = defaultState();
    s.selected = 'state:FRA';
    s.added = ['paper:10.1093/jcsl/krw011'];
    const hash = encodeState(s);
    expect(hash).toContain('s=state:FRA');
    expect(hash).toContain('a=paper:10.1093/jcsl/krw011');
    // Nothing that would end the fragment parameter or the URL is left raw.
    expect(encodeState(fullState())).not.toMatch(/[# ]/);
  });

  it('falls back to defaults on malformed or hostile input instead of failing', () => {
    const s = decodeState('#l=spiral&dp=99&d=yesterday&d0=2001-01-01&tab=<script>&fk=Alien,State&x=%E0%A4%A&p=a,1;b,x,2;,3,4&tr=state:FRA');
    expect(s.layout).toBe('fcose');
    expect(s.depth).toBe(2);
    expect(s.asOf).toBeNull();
    // A compare date without an as-of date means nothing.
    expect(s.compareFrom).toBeNull();
    expect(s.panel).toBe('inspect');
    expect([...s.filters.kinds]).toEqual(['State']);
    expect(s.positions).toBeNull();
    expect(s.trace).toBeNull();
  });

  it('packs rows and fields with escaping that survives a round trip', () => {
    const rows = [['a,b', 'c;d'], ['%2C', ''], ['x']];
    expect(unpackRows(packRows(rows))).toEqual(rows);
    expect(unpackRows('')).toEqual([]);
  });
});
