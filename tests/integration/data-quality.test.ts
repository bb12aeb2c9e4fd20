/**
 * Issue 13, "Must show": the data a lawyer cites. Every position and recorded silence rests on a
 * dated text with a URL; every primary source points into the holder's text; no secondary source
 * fails to name its holder; every UN document has its symbol; every state and organisation has a
 * Wikidata QID. Pure over the validated records of data/ (no database needed): each failure lists
 * every offender as file:line. The first block feeds the checks one bad record each, so a check
 * that stopped catching anything would fail here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidNode, ValidRelation } from '../../server/src/ingest/validate.ts';
import {
  actorsWithoutQid,
  loadDataset,
  namesHolder,
  positionsWithoutDatedUrl,
  primaryWithoutQuoteOrLocator,
  secondaryNotNamingHolder,
  unDocumentsWithoutSymbol,
  type Dataset,
} from '../support/data-quality.ts';

const raw = (line: number) => ({ file: 'test.yaml', line }) as ValidNode['raw'];
const node = (kind: string, record: Record<string, unknown>, line = 1): ValidNode => ({ kind, record, raw: raw(line) }) as unknown as ValidNode;
const rel = (record: Record<string, unknown>, line = 1): ValidRelation => ({ record, key: String(line), raw: raw(line) }) as unknown as ValidRelation;
const src = (over: Record<string, unknown> = {}) => ({ source: 'https://example.org/x', locator: 'para. 3', curation: 'primary', ...over });

const france = node('State', {
  id: 'state:FRA',
  name: 'France',
  officialName: 'French Republic',
  iso3: 'FRA',
  iso2: 'FR',
  demonyms: ['French'],
  aliases: [],
  wikidata: 'Q142',
  sources: [src()],
});
const dd = node('Duty', { id: 'duty:due-diligence', name: 'Due diligence', aliases: [], sources: [src()] });
const doc = (over: Record<string, unknown> = {}) =>
  node(
    'Document',
    {
      id: 'document:fra-2019',
      name: 'France 2019',
      docType: 'position-statement',
      date: '2019-09',
      url: 'https://example.org/fra',
      issuer: 'state:FRA',
      aliases: [],
      sources: [src()],
      ...over,
    },
    5,
  );
const position = (over: Record<string, unknown> = {}) =>
  rel(
    {
      type: 'HOLDS_POSITION',
      from: 'state:FRA',
      to: 'duty:due-diligence',
      stance: 'binding',
      document: 'document:fra-2019',
      sources: [src({ quote: 'France considers…' })],
      ...over,
    },
    9,
  );
const ds = (nodes: ValidNode[], relations: ValidRelation[] = []): Dataset => ({ nodes: [france, dd, ...nodes], relations });

describe('the checks catch one bad record', () => {
  it('a position whose document has no url, or a silence with no date, fails; a good one passes', () => {
    expect(positionsWithoutDatedUrl(ds([doc()], [position()]))).toEqual([]);
    expect(positionsWithoutDatedUrl(ds([doc({ url: undefined })], [position()]))).toEqual([
      'test.yaml:9 HOLDS_POSITION state:FRA -> duty:due-diligence: document document:fra-2019 (test.yaml:5) has no url',
    ]);
    expect(positionsWithoutDatedUrl(ds([doc()], [position({ document: 'document:nowhere' })]))[0]).toMatch(/does not exist/);
    const silence = (over: Record<string, unknown>) =>
      rel({ type: 'NO_PUBLIC_POSITION', from: 'state:FRA', to: 'duty:due-diligence', date: '2021', sources: [src()], ...over }, 12);
    expect(positionsWithoutDatedUrl(ds([], [silence({})]))).toEqual([]);
    expect(positionsWithoutDatedUrl(ds([], [silence({ date: undefined })]))).toEqual([
      'test.yaml:12 NO_PUBLIC_POSITION state:FRA -> duty:due-diligence: no document, and no date',
    ]);
    expect(positionsWithoutDatedUrl(ds([], [silence({ sources: [src({ source: 'paper:x' })] })]))[0]).toMatch(/no source with a URL/);
  });

  it('a primary source with neither quote nor locator fails', () => {
    expect(primaryWithoutQuoteOrLocator(ds([doc()], [position({ sources: [src({ locator: ' ' })] })]))).toEqual([
      'test.yaml:9 HOLDS_POSITION state:FRA -> duty:due-diligence: sources[0] (https://example.org/x) is primary with neither quote nor locator',
    ]);
    expect(primaryWithoutQuoteOrLocator(ds([doc()], [position({ sources: [src({ locator: ' ', quote: 'la France' })] })]))).toEqual([]);
  });

  it('a secondary source that names someone else fails; name, demonym, code or "U.S."-style code with stops pass', () => {
    const with2 = (quote: string, locator = 'p. 2') =>
      secondaryNotNamingHolder(ds([doc()], [position({ sources: [src({ curation: 'secondary', quote, locator })] })]));
    expect(with2('Germany holds that due diligence is binding.')).toEqual([
      'test.yaml:9 HOLDS_POSITION state:FRA -> duty:due-diligence: sources[0] (https://example.org/x) is secondary and its quote and locator do not name France',
    ]);
    expect(with2('States that it is binding.', 'France, section 2')).toEqual([]);
    expect(with2('The French view: binding.')).toEqual([]);
    expect(with2('FRA: binding.')).toEqual([]);
    expect(with2('Frankly, it is binding (fr).')).toHaveLength(1); // codes keep their case; names are whole words
    expect(namesHolder('the U.K. maintains', { name: 'United Kingdom', iso2: 'GB', aliases: ['UK'] })).toBe(true);
  });

  it('a UN document without a symbol fails; a state document does not need one', () => {
    const unga = node('Organisation', {
      id: 'org:unga',
      name: 'UN General Assembly',
      orgType: 'un-principal-organ',
      wikidata: 'Q47423',
      aliases: [],
      sources: [src()],
    });
    const res = (over: Record<string, unknown>) =>
      node(
        'Instrument',
        { id: 'instrument:res', name: 'A resolution', instrumentType: 'resolution', adoptedBy: 'org:unga', aliases: [], sources: [src()], ...over },
        7,
      );
    expect(unDocumentsWithoutSymbol(ds([unga, res({})]))).toEqual(['test.yaml:7 instrument:res: a UN document (of org:unga) without a symbol']);
    expect(unDocumentsWithoutSymbol(ds([unga, res({ symbol: 'A/RES/70/237' })]))).toEqual([]);
    expect(unDocumentsWithoutSymbol(ds([doc()]))).toEqual([]);
    expect(unDocumentsWithoutSymbol(ds([doc({ url: 'https://undocs.org/A/76/136' })]))[0]).toMatch(/linked at undocs.org/);
  });

  it('a state or organisation without a QID fails', () => {
    const noQid = node('Organisation', { id: 'org:x', name: 'X', aliases: [], sources: [src()] }, 3);
    expect(actorsWithoutQid(ds([noQid]))).toEqual(['test.yaml:3 org:x (X): no wikidata QID']);
  });
});

/**
 * Secondary sources judged to name their holder although no name, alias, demonym or code of its
 * record appears: each with the reason. Keyed by relationship and source, not by line.
 */
const NAMES_HOLDER_EXCEPTIONS: { fact: string; source: string; reason: string }[] = [
  {
    fact: 'HOLDS_POSITION state:IRN -> duty:sovereignty',
    source: 'https://www.islamicinvitationturkey.com/iran-armed-forces-issue-cyber-defense-manifesto/',
    reason: '"The Islamic Republic’s sovereignty": the short form of the official name "Islamic Republic of Iran", in a report on Iran’s armed forces',
  },
  {
    fact: 'HOLDS_POSITION state:IRN -> duty:prohibition-of-force',
    source: 'https://www.islamicinvitationturkey.com/iran-armed-forces-issue-cyber-defense-manifesto/',
    reason: 'the same report and form of the name as above',
  },
];

/**
 * Organisations whose Wikidata QID no page or data file we could read shows with the entity's
 * label (where we looked: data/open-questions/identifiers.md). A known gap, not a pass: the list
 * may only shrink (a filled gap fails as stale), and any other actor without a QID fails.
 */
const QID_GAPS = [
  'org:un-gge',
  'org:oewg',
  'org:ru-gru',
  'org:ru-gru-26165',
  'org:ru-gru-gtsst',
  'org:ru-svr',
  'org:ru-fsb',
  'org:cn-mss',
  'org:ir-mois',
  'org:kp-rgb',
  'org:kp-chosun-expo',
  'org:cn-huaying-haitai',
  'org:cn-wuhan-xiaoruizhi',
  'org:ir-mabna-institute',
];

describe('data/ (what a lawyer cites)', () => {
  const data = loadDataset(path.resolve('data'));
  const list = (offenders: string[]) => `${offenders.length} offender(s):\n  ${offenders.join('\n  ')}`;

  it('every position and recorded silence has a document (or source) with a date and a URL', () => {
    const bad = positionsWithoutDatedUrl(data);
    expect(bad.length, list(bad)).toBe(0);
  });

  it('every primary source has a quote or a locator', () => {
    const bad = primaryWithoutQuoteOrLocator(data);
    expect(bad.length, list(bad)).toBe(0);
  });

  it('no secondary source of a position fails to name its holder (exceptions listed with reasons)', () => {
    const all = secondaryNotNamingHolder(data);
    const excused = (o: string) => NAMES_HOLDER_EXCEPTIONS.some((e) => o.includes(`${e.fact}:`) && o.includes(`(${e.source})`));
    // An exception that no longer matches anything is stale: remove it.
    const stale = NAMES_HOLDER_EXCEPTIONS.filter((e) => !all.some((o) => o.includes(`${e.fact}:`) && o.includes(`(${e.source})`)));
    expect(stale, 'stale exceptions').toEqual([]);
    const bad = all.filter((o) => !excused(o));
    expect(bad.length, list(bad)).toBe(0);
  });

  it('every UN document (of a UN body, submitted to one, or at undocs.org) has its symbol', () => {
    const bad = unDocumentsWithoutSymbol(data);
    expect(bad.length, list(bad)).toBe(0);
  });

  it('every state and organisation has a Wikidata QID (known gaps listed with their reason)', () => {
    const all = actorsWithoutQid(data);
    const excused = (o: string) => QID_GAPS.some((id) => o.includes(` ${id} `));
    // A gap that has been filled is stale: remove it from the list.
    const stale = QID_GAPS.filter((id) => !all.some((o) => o.includes(` ${id} `)));
    expect(stale, 'stale QID gaps').toEqual([]);
    const bad = all.filter((o) => !excused(o));
    expect(bad.length, list(bad)).toBe(0);
  });
});
