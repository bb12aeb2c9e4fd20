/**
 * The matrix's data shaping without a browser: which cell kind each standing becomes, and which
 * holders get a row (own facts, or an organisation that speaks for its members).
 */
import { describe, expect, it } from 'vitest';
import type { MatrixBasis, MatrixData, MatrixStanding } from '../../api/matrix.ts';
import { matchesCuration, shapeMatrix } from '../matrix-data.ts';

const rule = { id: 'duty:due-diligence', kind: 'Duty' as const, name: 'Due diligence', positions: 1, holders: 1 };
const basis = (kind: MatrixBasis['kind'], over: Partial<MatrixBasis> = {}): MatrixBasis => ({
  kind,
  since: '2021-05',
  dateKnown: true,
  curation: 'PRIMARY',
  provision: null,
  stance: null,
  via: null,
  document: null,
  evidence: [],
  ...over,
});
const st = (id: string, status: MatrixStanding['status'], bases: MatrixBasis[] = [], kind: 'State' | 'Organisation' = 'State', orgType: string | null = null): MatrixStanding => ({
  status,
  verdict: `${id} ${status}`,
  actor: { id, kind, name: id, orgType },
  bases,
});
const data = (ss: MatrixStanding[]): MatrixData => ({ rules: [rule], standings: new Map([[rule.id, ss]]) });

describe('shapeMatrix', () => {
  const shaped = shapeMatrix(
    data([
      st('state:FRA', 'HOLDS_BINDING', [basis('OWN_POSITION', { stance: 'BINDING', document: { id: 'document:x', kind: 'Document', name: 'X' } })]),
      st('state:DEU', 'VIA_ORGANISATION', [basis('ORGANISATION_POSITION', { stance: 'BINDING', via: { id: 'org:eu', kind: 'Organisation', name: 'European Union', acronym: 'EU' } })]),
      st('org:oas', 'NO_PUBLIC_POSITION', [basis('NO_PUBLIC_POSITION', { curation: 'INFERRED' })], 'Organisation', 'regional'),
      st('org:eu', 'NOT_RECORDED', [], 'Organisation', 'regional'),
      st('state:KEN', 'NOT_RECORDED'),
      st('state:ITA', 'DATE_UNKNOWN', [basis('OWN_POSITION', { stance: 'VOLUNTARY', dateKnown: false })]),
      st('org:unga', 'NOT_RECORDED', [], 'Organisation', 'un-principal-organ'),
    ]),
  );
  const row = (id: string) => shaped.rows.find((r) => r.holder.id === id);
  const cell = (id: string) => row(id)?.cells.get(rule.id);

  it('rows: own positions and silences, regional organisations even when blank; not members with nothing of their own', () => {
    expect(shaped.rows.map((r) => r.holder.id).sort()).toEqual(['org:eu', 'org:oas', 'state:FRA', 'state:ITA']);
  });

  it('cells: own stance with its position, silence, not recorded, and a date-unknown own stance', () => {
    expect(cell('state:FRA')).toMatchObject({ kind: 'position', stance: 'BINDING', curation: 'PRIMARY' });
    expect(cell('state:FRA')?.position).toMatchObject({ holder: { id: 'state:FRA' }, duty: { id: rule.id }, stance: 'BINDING', date: '2021-05', document: { id: 'document:x' } });
    expect(cell('org:oas')).toMatchObject({ kind: 'silence', curation: 'INFERRED' });
    expect(cell('org:eu')).toMatchObject({ kind: 'none', basis: null });
    expect(cell('state:ITA')).toMatchObject({ kind: 'position', stance: 'VOLUNTARY', dateUnknown: true });
  });

  it('a member standing through its organisation is a "via" cell naming the organisation', () => {
    const s = shapeMatrix(data([st('state:DEU', 'VIA_ORGANISATION', [basis('ORGANISATION_POSITION', { stance: 'BINDING', via: { id: 'org:eu', kind: 'Organisation', name: 'European Union' } })]), st('state:DEU2', 'HOLDS_BINDING', [basis('OWN_POSITION', { stance: 'BINDING' })])]));
    expect(s.rows.map((r) => r.holder.id)).toEqual(['state:DEU2']); // DEU has nothing of its own
    const viaOnly = shapeMatrix({ rules: [rule, { ...rule, id: 'duty:sovereignty' }], standings: new Map([[rule.id, [st('state:DEU', 'VIA_ORGANISATION', [basis('ORGANISATION_POSITION', { stance: 'BINDING', via: { id: 'org:eu', kind: 'Organisation', name: 'European Union' } })])]], ['duty:sovereignty', [st('state:DEU', 'HOLDS_BINDING', [basis('OWN_POSITION', { stance: 'BINDING' })])]]]) });
    expect(viaOnly.rows[0]?.cells.get(rule.id)).toMatchObject({ kind: 'via', basis: { via: { id: 'org:eu' } } });
  });

  it('the curation filter keeps only cells of that curation, never blank ones', () => {
    expect(matchesCuration(cell('state:FRA'), '')).toBe(true);
    expect(matchesCuration(cell('state:FRA'), 'PRIMARY')).toBe(true);
    expect(matchesCuration(cell('state:FRA'), 'SECONDARY')).toBe(false);
    expect(matchesCuration(cell('org:eu'), 'PRIMARY')).toBe(false);
  });
});
