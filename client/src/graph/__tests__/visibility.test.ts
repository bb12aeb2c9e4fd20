import { describe, expect, it } from 'vitest';
import { edgeCaption, holdsOn, hopElement, nodeValidFrom, relationshipSubgraph } from '../model.ts';
import { change, countBuckets, dateStops, edgePasses, emptyFilters, NO_STANCE, nodePasses, normaliseDay, timeState } from '../visibility.ts';
import { indexToDay, monthIndex } from '../../panels/timeline.ts';

describe('as of a day', () => {
  it('counts a relationship from its start day, up to (not including) its end day', () => {
    expect(holdsOn('2004-07-01', null, '2004-06-30')).toBe(false);
    expect(holdsOn('2004-07-01', null, '2004-07-01')).toBe(true);
    expect(holdsOn(null, '2022-03-16', '2022-03-15')).toBe(true);
    expect(holdsOn(null, '2022-03-16', '2022-03-16')).toBe(false);
    expect(holdsOn(null, null, '1950-01-01')).toBe(true);
  });

  it('reads partial dates as their first day', () => {
    expect(holdsOn('2021-03', null, '2021-02-28')).toBe(false);
    expect(holdsOn('2021-03', null, '2021-03-01')).toBe(true);
    expect(holdsOn('2015', null, '2014-12-31')).toBe(false);
    expect(holdsOn('2015', null, '2015-01-01')).toBe(true);
    expect(holdsOn(null, '2005', '2005-01-01')).toBe(false);
  });

  it('classifies what changed between two days', () => {
    expect(change('2004-07-01', null, '2000-01-01', '2010-01-01')).toBe('added');
    expect(change(null, '2005-01-01', '2000-01-01', '2010-01-01')).toBe('removed');
    expect(change('1990', null, '2000-01-01', '2010-01-01')).toBe('same');
    expect(change('2012', null, '2000-01-01', '2010-01-01')).toBe('absent');
  });

  it('hides, shows or marks elements for the time slider and compare mode', () => {
    expect(timeState('2030', null, { asOf: null, compareFrom: null })).toBe('shown');
    expect(timeState('2030', null, { asOf: '2020-01-01', compareFrom: null })).toBe('hidden');
    expect(timeState('2015', null, { asOf: '2020-01-01', compareFrom: '2010-01-01' })).toBe('added');
    // Dates given the other way round compare the same way.
    expect(timeState('2015', null, { asOf: '2010-01-01', compareFrom: '2020-01-01' })).toBe('added');
    expect(timeState(null, '2015', { asOf: '2020-01-01', compareFrom: '2010-01-01' })).toBe('removed');
    expect(timeState('2025', null, { asOf: '2020-01-01', compareFrom: '2010-01-01' })).toBe('hidden');
  });

  it('derives an entity start date from its own dates', () => {
    expect(nodeValidFrom({ adopted: '2001-11-08', openedForSignature: '2001-11-23' })).toBe('2001-11-08');
    expect(nodeValidFrom({ year: 2016 })).toBe('2016');
    expect(nodeValidFrom({ decided: '1949-04-09' })).toBe('1949-04-09');
    expect(nodeValidFrom({})).toBeNull();
    expect(nodeValidFrom(null)).toBeNull();
  });

  it('collects and normalises the dates for playback', () => {
    expect(normaliseDay('2001')).toBe('2001-01-01');
    expect(normaliseDay('2001-11')).toBe('2001-11-01');
    expect(normaliseDay('junk')).toBe('');
    expect(dateStops([{ validFrom: '2004', validTo: '2001-11-23' }, { validFrom: '2004-01-01' }, {}])).toEqual(['2001-11-23', '2004-01-01']);
  });

  it('maps the slider (months) to the last day of the month and back', () => {
    expect(indexToDay(monthIndex('2015-06-10'))).toBe('2015-06-30');
    expect(indexToDay(monthIndex('2016-02-01'))).toBe('2016-02-29');
    expect(indexToDay(0)).toBe('1945-01-31');
  });
});

describe('filters', () => {
  it('hides switched-off kinds, types and stances; NONE stands for no stance', () => {
    const f = emptyFilters();
    expect(nodePasses({ kind: 'Paper' }, f)).toBe(true);
    f.kinds.add('Paper');
    expect(nodePasses({ kind: 'Paper' }, f)).toBe(false);
    f.types.add('MEMBER_OF');
    expect(edgePasses({ type: 'MEMBER_OF', stance: null }, f)).toBe(false);
    expect(edgePasses({ type: 'SIGNED', stance: null }, f)).toBe(true);
    f.stances.add(NO_STANCE);
    expect(edgePasses({ type: 'SIGNED', stance: null }, f)).toBe(false);
    expect(edgePasses({ type: 'HOLDS_POSITION', stance: 'BINDING' }, f)).toBe(true);
  });

  it('counts loaded elements per bucket', () => {
    const c = countBuckets(
      [{ kind: 'State' }, { kind: 'State' }, { kind: 'Duty' }],
      [
        { type: 'HOLDS_POSITION', stance: 'BINDING' },
        { type: 'HOLDS_POSITION', stance: 'VOLUNTARY' },
        { type: 'MEMBER_OF', stance: null },
      ],
    );
    expect(c.kinds.get('State')).toBe(2);
    expect(c.types.get('HOLDS_POSITION')).toBe(2);
    expect(c.stances.get(NO_STANCE)).toBe(1);
    expect(c.stances.get('BINDING')).toBe(1);
  });
});

describe('trace hops as edges', () => {
  const hop = {
    from: { id: 'duty:due-diligence', kind: 'Duty' as const, name: 'DD' },
    to: { id: 'state:FRA', kind: 'State' as const, name: 'France' },
    type: 'HOLDS_POSITION' as const,
    forward: false,
    stance: 'BINDING' as const,
    properties: {},
    evidence: [],
    counterEvidence: [],
    sentence: '',
  };

  it('stores the relationship in its real direction even when walked backwards', () => {
    const d = hopElement(hop).data;
    expect(d.source).toBe('state:FRA');
    expect(d.target).toBe('duty:due-diligence');
    expect(d.synthetic).toBe(true);
    expect(hopElement({ ...hop, forward: true }).data.source).toBe('duty:due-diligence');
  });

  it('captions edges with their type and stance in words', () => {
    expect(edgeCaption('HOLDS_POSITION', 'CONTESTED')).toBe('holds position · contested');
    expect(edgeCaption('MEMBER_OF', null)).toBe('member of');
  });
});

describe('relationships paged from one entity', () => {
  it('become a subgraph keyed like neighbourhood edges, in their real direction', () => {
    const ev = { source: null, sourceRef: 'https://example.org', url: 'https://example.org', locator: 'p. 1', quote: null };
    const sub = relationshipSubgraph({ id: 'org:unga', kind: 'Organisation', label: 'UNGA', degree: 201, entity: null }, [
      {
        key: 'MEMBER_OF|state:AFG|org:unga|1946',
        type: 'MEMBER_OF',
        direction: 'IN',
        stance: null,
        validFrom: '1946-11-19',
        validTo: null,
        properties: {},
        other: { id: 'state:AFG', kind: 'State', name: 'Afghanistan', degree: 9 },
        evidence: [ev],
      },
      {
        key: 'ADOPTED|org:unga|instrument:r|',
        type: 'ADOPTED',
        direction: 'OUT',
        stance: null,
        validFrom: '2015',
        validTo: null,
        properties: {},
        other: { id: 'instrument:r', kind: 'Instrument', name: 'Res', degree: 3, adopted: '2015-12-23' },
        evidence: [],
      },
      {
        key: 'MEMBER_OF|state:AFG|org:unga|x',
        type: 'MEMBER_OF',
        direction: 'IN',
        stance: null,
        validFrom: null,
        validTo: null,
        properties: {},
        other: { id: 'state:AFG', kind: 'State', name: 'Afghanistan', degree: 9 },
        evidence: [],
      },
    ]);
    expect(sub.nodes.map((n) => n.id)).toEqual(['org:unga', 'state:AFG', 'instrument:r']);
    expect(sub.edges[0]).toMatchObject({
      id: 'MEMBER_OF|state:AFG|org:unga|1946',
      source: 'state:AFG',
      target: 'org:unga',
      validFrom: '1946-11-19',
      evidence: [ev],
    });
    expect(sub.edges[1]).toMatchObject({ source: 'org:unga', target: 'instrument:r' });
    expect(nodeValidFrom(sub.nodes[2]!.entity)).toBe('2015-12-23');
  });
});

describe('unknown dates on the as-of view', () => {
  const t = { asOf: '2021-03-15', compareFrom: null };
  it('marks a dated kind of fact without a date, or one whose month straddles the day, as unknown', () => {
    expect(timeState(null, null, t, true)).toBe('unknown');
    expect(timeState('2021-03', null, t, true)).toBe('unknown');
    expect(timeState('2021-02', null, t, true)).toBe('shown');
    expect(timeState('2021-04', null, t, true)).toBe('hidden');
    // Ended before the day: gone, whatever its start.
    expect(timeState(null, '2020-01-31', t, true)).toBe('hidden');
  });
  it('leaves facts that have no date by nature alone', () => {
    expect(timeState(null, null, t, false)).toBe('shown');
    expect(timeState(null, null, { asOf: null, compareFrom: null }, true)).toBe('shown');
  });
});
