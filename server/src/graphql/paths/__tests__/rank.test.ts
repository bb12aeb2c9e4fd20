import { describe, expect, it } from 'vitest';
import { hopWeight, pathWeight, sourceWeight } from '../rank.ts';

const ev = (sourceRef: string) => [{ sourceRef, locator: null, quote: null }];

describe('path weights', () => {
  it('rank treaties and official texts above scholarship', () => {
    expect(sourceWeight('instrument:budapest-convention')).toBeGreaterThan(sourceWeight('document:fra-2019-position'));
    expect(sourceWeight('document:fra-2019-position')).toBeGreaterThan(sourceWeight('paper:10.1093/jcsl/krw011'));
    expect(sourceWeight('https://www.coe.int/en/web/conventions')).toBeGreaterThan(sourceWeight('https://papers.ssrn.com/x'));
    expect(hopWeight('PARTY_TO', ev('https://www.coe.int/x'))).toBeGreaterThan(hopWeight('DISCUSSES', ev('paper:x')));
    expect(hopWeight('HOLDS_POSITION', ev('document:fra-2019-position'))).toBeGreaterThan(hopWeight('CITES', ev('paper:x')));
  });

  it('weigh a shared membership less than a paper that links both ends', () => {
    const coMembers = pathWeight(
      [
        { type: 'MEMBER_OF', forward: true, evidence: ev('https://au.int') },
        { type: 'MEMBER_OF', forward: false, evidence: ev('https://au.int') },
      ],
      [50],
      100,
    );
    const viaPaper = pathWeight(
      [
        { type: 'DISCUSSES', forward: false, evidence: ev('https://au.int') },
        { type: 'DISCUSSES', forward: true, evidence: ev('https://au.int') },
      ],
      [5],
      100,
    );
    const plainMembership = hopWeight('MEMBER_OF', ev('https://au.int'));
    expect(coMembers).toBeCloseTo(plainMembership * 0.6, 2);
    expect(viaPaper).toBeCloseTo(hopWeight('DISCUSSES', ev('https://au.int')), 2);
  });

  it('halve the weight for every hub inside the path', () => {
    const hops = [
      { type: 'MEMBER_OF', forward: true, evidence: ev('https://un.org') },
      { type: 'ADOPTED', forward: true, evidence: ev('https://un.org') },
    ];
    expect(pathWeight(hops, [500], 100)).toBeCloseTo(pathWeight(hops, [50], 100) / 2, 2);
  });
});
