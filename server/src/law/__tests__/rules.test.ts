import { describe, expect, it } from 'vitest';
import { computeStanding, pathBasis, RULES, type StandingFacts } from '../index.ts';
import { relation, span, spoken } from '../dates.ts';

const ev = (curation: 'primary' | 'secondary' | 'inferred' = 'primary') => [{ sourceRef: 'https://www.coe.int/chart', locator: 'row', quote: null, curation }];
const fact = (props: Record<string, unknown>) => ({ props, evidence: ev() });
const treaty = { id: 'instrument:t', kind: 'Instrument', name: 'the Convention', binding: true, instrumentType: 'treaty' };
const duty = { id: 'duty:dd', kind: 'Duty', name: 'due diligence' };

function facts(over: Partial<StandingFacts> = {}): StandingFacts {
  return {
    actor: { id: 'state:AAA', kind: 'State', name: 'Atlantis' },
    norm: treaty,
    asOf: '2020-06-15',
    signatures: [],
    parties: [],
    positions: [],
    silences: [],
    treaties: [],
    organisations: [],
    practice: [],
    statusSources: [{ sourceRef: 'https://www.coe.int/chart', locator: 'Chart (status as of 03/12/2015), row X', count: 10 }],
    ...over,
  };
}
const onDuty = (over: Partial<StandingFacts> = {}) => facts({ norm: duty, ...over });
const decide = (f: StandingFacts) => computeStanding(f);

describe('dates keep their precision', () => {
  it('a month spans its days; an absent date is unknown', () => {
    expect(span('2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29', precision: 'month' });
    expect(relation('2020-12', '2020-12-15')).toBe('uncertain');
    expect(relation('2020-12', '2021-01-01')).toBe('before');
    expect(relation('2021', '2020-12-31')).toBe('after');
    expect(relation(null, '2020-01-01')).toBe('unknown');
    expect(spoken('2026-12-01')).toBe('1 December 2026');
  });
});

// One test per rule of rules.ts; the last test checks none is left without one.
const tested = new Set<string>();
function rule(id: keyof typeof RULES, body: () => void) {
  tested.add(id);
  it(`${id}: ${RULES[id]}`, body);
}

describe('the standing rules', () => {
  rule('instrument-not-a-treaty', () => {
    const s = decide(facts({ norm: { ...treaty, binding: false, instrumentType: 'report' } }));
    expect([s.status, s.rule]).toEqual(['NOT_A_TREATY', 'instrument-not-a-treaty']);
  });
  rule('instrument-party', () => {
    const party = fact({ consented: '2004-03-01', mode: 'ratification', inForce: '2004-07-01' });
    expect(decide(facts({ parties: [party] })).status).toBe('PARTY');
    expect(decide(facts({ parties: [party], asOf: '2004-02-01' })).status).toBe('NOT_BOUND');
    const consentOnly = decide(facts({ parties: [fact({ consented: '2010-01-05' })] }));
    expect(consentOnly.status).toBe('PARTY');
    expect(consentOnly.limits.join(' ')).toMatch(/not recorded/);
  });
  rule('instrument-contracting', () => {
    const s = decide(facts({ parties: [fact({ consented: '2020-05-01', inForce: '2020-09-01' })] }));
    expect(s.status).toBe('CONTRACTING_STATE');
    expect(s.verdict).toMatch(/not yet a party/);
  });
  rule('instrument-denounced', () => {
    const s = decide(facts({ parties: [fact({ consented: '2001-01-01', inForce: '2001-06-01', until: '2019-01-01' })] }));
    expect(s.status).toBe('DENOUNCED');
    expect(decide(facts({ asOf: '2010-01-01', parties: [fact({ consented: '2001-01-01', inForce: '2001-06-01', until: '2019-01-01' })] })).status).toBe(
      'PARTY',
    );
  });
  rule('instrument-signatory', () => {
    const s = decide(facts({ signatures: [fact({ date: '2001-11-23' })] }));
    expect(s.status).toBe('SIGNATORY');
    expect(s.verdict).toBe(
      'Atlantis signed the Convention on 2001-11-23 but is not a party to it as of 15 June 2020, according to the treaty status records in the Atlas (Chart (status as of 03/12/2015), https://www.coe.int/chart).',
    );
  });
  rule('instrument-not-bound', () => {
    const s = decide(facts());
    expect(s.status).toBe('NOT_BOUND');
    expect(s.verdict).toMatch(/^Atlantis is neither a party to nor a signatory of the Convention as of 15 June 2020, according to/);
  });
  rule('instrument-date-unknown', () => {
    expect(decide(facts({ parties: [fact({})] })).status).toBe('DATE_UNKNOWN');
    expect(decide(facts({ parties: [fact({ inForce: '2020-06' })] })).status).toBe('DATE_UNKNOWN');
    expect(decide(facts({ signatures: [fact({})] })).status).toBe('DATE_UNKNOWN');
  });
  const position = (stance: string, date: string | null, document = 'document:p') => ({
    ...fact({ stance, date, document }),
    document: { id: document, kind: 'Document', name: `the paper ${document}` },
  });
  rule('duty-own-position', () => {
    const s = decide(onDuty({ positions: [position('voluntary', '2015-01-01', 'document:a'), position('binding', '2019-09-09', 'document:b')] }));
    expect(s.status).toBe('HOLDS_BINDING');
    expect(s.bases[0]!.kind).toBe('OWN_POSITION');
    expect(s.counterEvidence.map((b) => b.kind)).toEqual(['SUPERSEDED_POSITION']);
    expect(
      decide(onDuty({ asOf: '2016-01-01', positions: [position('voluntary', '2015-01-01', 'document:a'), position('binding', '2019-09-09', 'document:b')] }))
        .status,
    ).toBe('HOLDS_VOLUNTARY');
    expect(decide(onDuty({ positions: [position('principle-only', '2018-05-23')] })).status).toBe('PRINCIPLE_ONLY');
  });
  rule('duty-date-unknown', () => {
    expect(decide(onDuty({ positions: [position('binding', null)] })).status).toBe('DATE_UNKNOWN');
    expect(decide(onDuty({ asOf: '2021-03-10', positions: [position('binding', '2021-03')] })).status).toBe('DATE_UNKNOWN');
    expect(decide(onDuty({ asOf: '2021-04-01', positions: [position('binding', '2021-03')] })).status).toBe('HOLDS_BINDING');
  });
  rule('duty-treaty', () => {
    const t = {
      instrument: { ...treaty, binding: true },
      party: fact({ consented: '2010-01-01', inForce: '2010-05-01' }),
      expresses: fact({ provision: 'Article 3' }),
    };
    const s = decide(onDuty({ treaties: [t] }));
    expect(s.status).toBe('BOUND_BY_TREATY');
    expect(s.bases[0]!.provision).toBe('Article 3');
    expect(decide(onDuty({ asOf: '2009-01-01', treaties: [t] })).status).toBe('NOT_RECORDED');
  });
  rule('duty-via-organisation', () => {
    const o = {
      organisation: { id: 'org:au', kind: 'Organisation', name: 'the African Union' },
      membership: fact({ since: '2002-07-09' }),
      position: fact({ stance: 'binding', date: '2024-01-29' }),
    };
    const s = decide(onDuty({ asOf: '2025-01-01', organisations: [o] }));
    expect(s.status).toBe('VIA_ORGANISATION');
    expect(s.verdict).toMatch(/the organisation's position, not Atlantis's own/);
    expect(decide(onDuty({ asOf: '2023-01-01', organisations: [o] })).status).toBe('NOT_RECORDED');
    // An own position wins, and an organisation's contrary view is counter-evidence.
    const own = decide(onDuty({ asOf: '2025-01-01', organisations: [o], positions: [position('voluntary', '2020-01-01')] }));
    expect([own.status, own.counterEvidence.map((b) => b.kind)]).toEqual(['HOLDS_VOLUNTARY', ['ORGANISATION_POSITION']]);
  });
  rule('duty-practice', () => {
    const p = {
      attribution: { id: 'attribution:x', kind: 'Attribution', name: 'the attribution of X' },
      statement: { id: 'document:s', kind: 'Document', name: 'the statement' },
      invokes: fact({}),
      date: '2018-10-04',
    };
    const s = decide(onDuty({ practice: [p] }));
    expect(s.status).toBe('PRACTICE_ONLY');
    expect(s.bases[0]!.explanation).toMatch(/practice, not a position/);
  });
  rule('duty-no-public-position', () => {
    const silence = { ...fact({ date: '2021-05' }), duty };
    expect(decide(onDuty({ asOf: '2022-01-01', silences: [silence] })).status).toBe('NO_PUBLIC_POSITION');
    expect(decide(onDuty({ asOf: '2022-01-01', silences: [silence] })).bases[0]!.kind).toBe('NO_PUBLIC_POSITION');
    expect(decide(onDuty({ asOf: '2023-01-01', silences: [silence], positions: [position('binding', '2022-01-01')] })).status).toBe('HOLDS_BINDING');
  });
  rule('duty-not-recorded', () => {
    const s = decide(onDuty());
    expect(s.status).toBe('NOT_RECORDED');
    expect(s.verdict).toMatch(/not the same as having no position/);
  });
  rule('path-basis', () => {
    const f = (type: string, forward = true) => ({ type, forward });
    expect(pathBasis([f('MEMBER_OF'), f('HOLDS_POSITION')])).toBe('legal');
    expect(pathBasis([f('PARTY_TO'), f('EXPRESSES')])).toBe('legal');
    // The same path read from the norm to the actor.
    expect(pathBasis([f('EXPRESSES', false), f('PARTY_TO', false)])).toBe('legal');
    expect(pathBasis([f('RIVAL_OF'), f('PARTY_TO')])).toBe('context');
    expect(pathBasis([f('LITIGANT_IN'), f('EXPRESSES')])).toBe('context');
    expect(pathBasis([f('DISCUSSES', false)])).toBe('context');
    // Walking back along someone else's position or statement is context, not a basis.
    expect(pathBasis([f('MEMBER_OF'), f('HOLDS_POSITION'), f('INVOKES', false), f('INVOKES')])).toBe('context');
    expect(pathBasis([f('MEMBER_OF'), f('MEMBER_OF', false), f('HOLDS_POSITION')])).toBe('context');
    expect(pathBasis([f('ATTRIBUTED_BY', false), f('INVOKES')])).toBe('practice');
    // A joint statement's co-author and its position are not the actor's practice.
    expect(pathBasis([f('ATTRIBUTED_BY', false), f('ATTRIBUTED_BY'), f('HOLDS_POSITION')])).toBe('context');
  });
  it('every rule has its test', () => {
    expect([...tested].sort()).toEqual(Object.keys(RULES).sort());
  });
});
