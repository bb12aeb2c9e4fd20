/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions. */
/** `stats` for reviewers: positions per rule, holders, and facts by curation status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startApi, type Api } from './support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('stats', () => {
  it('counts positions per rule, the holders behind them, and facts by curation status', async () => {
    const s = dataOf(
      await api.gql(
        `{ stats { nodeCount relationshipCount holdersWithPositions positionsByRule { duty { id } positions holders } factsByCuration { what curation count } } }`,
      ),
    ).stats as any;
    const rules = s.positionsByRule.map((r: any) => r.duty.id);
    for (const rule of ['duty:due-diligence', 'duty:sovereignty', 'duty:non-intervention', 'duty:prohibition-of-force', 'duty:ihl-applicability'])
      expect(rules).toContain(rule);
    for (const r of s.positionsByRule) expect(r.holders).toBeLessThanOrEqual(r.positions);
    expect(s.holdersWithPositions).toBeGreaterThanOrEqual(20);
    const sum = (what: string) => s.factsByCuration.filter((c: any) => c.what === what).reduce((n: number, c: any) => n + c.count, 0);
    expect(sum('ENTITY')).toBe(s.nodeCount);
    expect(sum('RELATIONSHIP')).toBe(s.relationshipCount);
    // Every fact has a curation status (null would mean a source without one slipped through).
    expect(s.factsByCuration.filter((c: any) => c.curation === null)).toEqual([]);
    expect(s.factsByCuration.map((c: any) => c.curation)).toEqual(expect.arrayContaining(['PRIMARY', 'SECONDARY', 'INFERRED']));
  });
});
