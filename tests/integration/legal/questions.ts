/**
 * The legal test set: questions a lawyer would ask (actor, norm, day), the answer the Atlas must
 * give (status and the kinds of basis), and the source that settles it in the data (its URL must
 * be among the evidence of the answer, so the source column is checked, not decorative). Where
 * the settling source is secondary (a summary that names the state), `curation` says so.
 *
 * Gaps of the data, stated rather than papered over: no state has denounced a cyber treaty in
 * the data (the denunciation rule is unit-tested in server/src/law/__tests__; the set has a
 * withdrawal from an organisation instead), and no source read says that a state has published
 * no position (NO_PUBLIC_POSITION likewise).
 */
export interface Question {
  q: string;
  actor: string;
  norm: string;
  asOf?: string;
  status: string;
  bases?: string[];
  /** A source URL (or prefix) that must be among the answer's evidence or, with no basis, in its verdict. */
  source: string;
  curation?: 'PRIMARY' | 'SECONDARY';
}

const COE_185 = 'https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=185';
const BUDAPEST = 'instrument:budapest-convention';
const DD = 'duty:due-diligence';
const SOV = 'duty:sovereignty';
const IHL = 'duty:ihl-applicability';
const TOOLKIT_DD = 'https://cyberlaw.ccdcoe.org/wiki/Due_diligence';

export const QUESTIONS: Question[] = [
  // Parties before and after their ratification (the Council of Europe's chart of Treaty 185)
  { q: 'Albania before it signed the Budapest Convention', actor: 'state:ALB', norm: BUDAPEST, asOf: '2001-11-01', status: 'NOT_BOUND', source: COE_185 },
  {
    q: 'Albania after signing, before ratifying',
    actor: 'state:ALB',
    norm: BUDAPEST,
    asOf: '2002-01-01',
    status: 'SIGNATORY',
    bases: ['SIGNATURE', 'PARTY'],
    source: COE_185,
    curation: 'PRIMARY',
  },
  {
    q: 'Albania ratified (2002-06-20) but the Convention was not yet in force',
    actor: 'state:ALB',
    norm: BUDAPEST,
    asOf: '2004-06-30',
    status: 'CONTRACTING_STATE',
    bases: ['CONSENT_NOT_YET_IN_FORCE', 'SIGNATURE'],
    source: COE_185,
    curation: 'PRIMARY',
  },
  {
    q: 'Albania on the day the Convention entered into force for it',
    actor: 'state:ALB',
    norm: BUDAPEST,
    asOf: '2004-07-01',
    status: 'PARTY',
    bases: ['PARTY', 'SIGNATURE'],
    source: COE_185,
    curation: 'PRIMARY',
  },
  {
    q: 'Austria between deposit and entry into force',
    actor: 'state:AUT',
    norm: BUDAPEST,
    asOf: '2012-09-01',
    status: 'CONTRACTING_STATE',
    source: COE_185,
    curation: 'PRIMARY',
  },
  { q: 'Austria after entry into force', actor: 'state:AUT', norm: BUDAPEST, asOf: '2013-01-01', status: 'PARTY', source: COE_185, curation: 'PRIMARY' },
  { q: 'France as a signatory only', actor: 'state:FRA', norm: BUDAPEST, asOf: '2005-01-01', status: 'SIGNATORY', source: COE_185, curation: 'PRIMARY' },
  { q: 'France the day before entry into force for it', actor: 'state:FRA', norm: BUDAPEST, asOf: '2006-04-30', status: 'CONTRACTING_STATE', source: COE_185 },
  { q: 'France from entry into force (2006-05-01)', actor: 'state:FRA', norm: BUDAPEST, asOf: '2006-05-01', status: 'PARTY', source: COE_185 },
  { q: 'Andorra as a signatory only', actor: 'state:AND', norm: BUDAPEST, asOf: '2014-01-01', status: 'SIGNATORY', source: COE_185 },
  {
    q: 'Andorra as a party (dates from a copy of the chart: secondary)',
    actor: 'state:AND',
    norm: BUDAPEST,
    asOf: '2017-03-01',
    status: 'PARTY',
    source: 'https://netlawgic.com/cyber-crime-conventions/',
  },
  {
    q: 'The United States between deposit (2006-09-29) and entry into force (2007-01-01)',
    actor: 'state:USA',
    norm: BUDAPEST,
    asOf: '2006-12-31',
    status: 'CONTRACTING_STATE',
    source: 'https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html',
  },
  {
    q: 'The United States from 2007-01-01',
    actor: 'state:USA',
    norm: BUDAPEST,
    asOf: '2007-01-01',
    status: 'PARTY',
    source: 'https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html',
  },
  {
    q: 'Japan after entry into force for it (2012-11-01)',
    actor: 'state:JPN',
    norm: BUDAPEST,
    asOf: '2012-11-01',
    status: 'PARTY',
    source: 'https://www.mofa.go.jp/announce/announce/2012/7/0704_01.html',
  },
  // Month precision and an undated party
  {
    q: 'Senegal acceded in December 2016 (month only): mid-December is undecidable',
    actor: 'state:SEN',
    norm: BUDAPEST,
    asOf: '2016-12-15',
    status: 'DATE_UNKNOWN',
    source: 'https://coe.int/en/web/octopus/country-wiki-ap/',
  },
  {
    q: 'Senegal a year later: a party, entry into force not recorded',
    actor: 'state:SEN',
    norm: BUDAPEST,
    asOf: '2018-01-01',
    status: 'PARTY',
    source: 'https://coe.int/en/web/octopus/country-wiki-ap/',
    curation: 'PRIMARY',
  },
  {
    q: 'Norway: a party on dates the chart read does not give',
    actor: 'state:NOR',
    norm: BUDAPEST,
    asOf: '2026-12-01',
    status: 'DATE_UNKNOWN',
    source: 'https://doczz.fr/doc/5534207/',
  },
  // No relation, or only context
  {
    q: 'Iran: its only links to the Convention run through rivalries',
    actor: 'state:IRN',
    norm: BUDAPEST,
    asOf: '2026-12-01',
    status: 'NOT_BOUND',
    source: COE_185,
  },
  { q: 'Russia never signed', actor: 'state:RUS', norm: BUDAPEST, asOf: '2026-12-01', status: 'NOT_BOUND', source: COE_185 },
  { q: 'China never signed', actor: 'state:CHN', norm: BUDAPEST, asOf: '2026-12-01', status: 'NOT_BOUND', source: COE_185 },
  { q: 'Tuvalu: no relation at all', actor: 'state:TUV', norm: BUDAPEST, asOf: '2026-12-01', status: 'NOT_BOUND', source: COE_185 },
  { q: 'The 2015 GGE report is not a treaty', actor: 'state:FRA', norm: 'instrument:gge-report-2015', asOf: '2026-12-01', status: 'NOT_A_TREATY', source: '' },
  // An organisation's position versus a member's own
  {
    q: "Kenya has no position of its own; the African Union's Common Position (2024-01-29) is the AU's",
    actor: 'state:KEN',
    norm: DD,
    asOf: '2026-12-01',
    status: 'VIA_ORGANISATION',
    bases: ['ORGANISATION_POSITION'],
    source: 'https://akb.au.int/handle/AKB/96717',
    curation: 'PRIMARY',
  },
  { q: 'Kenya before the AU Common Position', actor: 'state:KEN', norm: DD, asOf: '2023-12-31', status: 'NOT_RECORDED', source: '' },
  {
    q: "France's own position on sovereignty, beside the EU's declaration",
    actor: 'state:FRA',
    norm: SOV,
    asOf: '2026-12-01',
    status: 'HOLDS_BINDING',
    bases: ['OWN_POSITION', 'ORGANISATION_POSITION'],
    source: 'https://cyberlaw.ccdcoe.org/wiki/National_position_of_France_(2019)',
    curation: 'SECONDARY',
  },
  {
    q: 'Spain: sovereignty only through the EU declaration (2024-11-18)',
    actor: 'state:ESP',
    norm: SOV,
    asOf: '2026-12-01',
    status: 'VIA_ORGANISATION',
    bases: ['ORGANISATION_POSITION'],
    source: 'https://hoganlovells.com/',
  },
  // A withdrawal (the nearest the data comes to a denunciation): membership ends on `until`.
  {
    q: 'The United Kingdom left the EU on 2020-01-31: the EU declaration (2024) on non-intervention does not reach it',
    actor: 'state:GBR',
    norm: 'duty:non-intervention',
    asOf: '2026-12-01',
    status: 'NOT_RECORDED',
    source: '',
  },
  {
    q: "Spain, still a member, is reached by the same declaration (as the EU's view)",
    actor: 'state:ESP',
    norm: 'duty:non-intervention',
    asOf: '2026-12-01',
    status: 'VIA_ORGANISATION',
    bases: ['ORGANISATION_POSITION'],
    source: '',
  },
  { q: 'Spain the day before the EU declaration', actor: 'state:ESP', norm: SOV, asOf: '2024-11-17', status: 'NOT_RECORDED', source: '' },
  // Own positions on due diligence
  {
    q: 'France holds due diligence binding (Toolkit summary naming France: secondary)',
    actor: 'state:FRA',
    norm: DD,
    asOf: '2026-12-01',
    status: 'HOLDS_BINDING',
    bases: ['OWN_POSITION'],
    source: TOOLKIT_DD,
    curation: 'SECONDARY',
  },
  { q: 'France the day before its 2019 paper', actor: 'state:FRA', norm: DD, asOf: '2019-09-08', status: 'NOT_RECORDED', source: '' },
  {
    q: 'Germany: position dated March 2021 only; mid-March is undecidable',
    actor: 'state:DEU',
    norm: DD,
    asOf: '2021-03-15',
    status: 'DATE_UNKNOWN',
    source: TOOLKIT_DD,
  },
  { q: 'Germany from April 2021', actor: 'state:DEU', norm: DD, asOf: '2021-04-01', status: 'HOLDS_BINDING', source: TOOLKIT_DD },
  { q: 'Israel: a voluntary norm', actor: 'state:ISR', norm: DD, asOf: '2026-12-01', status: 'HOLDS_VOLUNTARY', source: TOOLKIT_DD },
  { q: 'New Zealand: a voluntary norm', actor: 'state:NZL', norm: DD, asOf: '2026-12-01', status: 'HOLDS_VOLUNTARY', source: TOOLKIT_DD },
  { q: 'Canada: April 2022, mid-April undecidable', actor: 'state:CAN', norm: DD, asOf: '2022-04-15', status: 'DATE_UNKNOWN', source: TOOLKIT_DD },
  { q: 'Canada from May 2022: voluntary', actor: 'state:CAN', norm: DD, asOf: '2022-05-01', status: 'HOLDS_VOLUNTARY', source: TOOLKIT_DD },
  {
    q: 'The United Kingdom on due diligence today: nothing recorded (not silence)',
    actor: 'state:GBR',
    norm: DD,
    asOf: '2026-12-01',
    status: 'NOT_RECORDED',
    source: '',
  },
  { q: 'The United Kingdom on due diligence in 2018', actor: 'state:GBR', norm: DD, asOf: '2018-01-01', status: 'NOT_RECORDED', source: '' },
  { q: 'Tuvalu on due diligence: nothing recorded', actor: 'state:TUV', norm: DD, asOf: '2026-12-01', status: 'NOT_RECORDED', source: '' },
  // Practice: attribution statements invoking a rule
  {
    q: 'Belgium invoked due diligence in its 2022 attribution statements: practice only',
    actor: 'state:BEL',
    norm: DD,
    asOf: '2026-12-01',
    status: 'PRACTICE_ONLY',
    bases: ['PRACTICE'],
    source: '',
  },
  { q: 'Belgium before those statements', actor: 'state:BEL', norm: DD, asOf: '2022-01-01', status: 'NOT_RECORDED', source: '' },
  {
    q: 'The United Kingdom on sovereignty: a principle, not a rule (Wright, 2018)',
    actor: 'state:GBR',
    norm: SOV,
    asOf: '2026-12-01',
    status: 'PRINCIPLE_ONLY',
    bases: ['OWN_POSITION'],
    source: 'https://www.ejiltalk.org/the-united-kingdom-on-international-law-in-cyberspace/',
  },
  {
    q: 'The United Kingdom before the Wright speech: only its NotPetya statement invoking sovereignty',
    actor: 'state:GBR',
    norm: SOV,
    asOf: '2018-05-22',
    status: 'PRACTICE_ONLY',
    bases: ['PRACTICE'],
    source: '',
  },
  // Other rules, and year precision
  {
    q: 'China: IHL applicability not settled (October 2021)',
    actor: 'state:CHN',
    norm: IHL,
    asOf: '2026-12-01',
    status: 'UNSETTLED',
    source: 'https://database.cyberpolicyportal.org/en/entity/qp062ukwzb',
    curation: 'PRIMARY',
  },
  {
    q: 'China mid-October 2021: undecidable',
    actor: 'state:CHN',
    norm: IHL,
    asOf: '2021-10-15',
    status: 'DATE_UNKNOWN',
    source: 'https://database.cyberpolicyportal.org/en/entity/qp062ukwzb',
  },
  { q: 'Australia 2017 (year only): mid-2017 undecidable', actor: 'state:AUS', norm: IHL, asOf: '2017-06-01', status: 'DATE_UNKNOWN', source: '' },
  { q: 'Australia from 2018: IHL applies', actor: 'state:AUS', norm: IHL, asOf: '2018-01-01', status: 'HOLDS_BINDING', source: '' },
  {
    q: 'Kenya on sovereignty: through the AU only',
    actor: 'state:KEN',
    norm: SOV,
    asOf: '2026-12-01',
    status: 'VIA_ORGANISATION',
    bases: ['ORGANISATION_POSITION'],
    source: '',
  },
];
