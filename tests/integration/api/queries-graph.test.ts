/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions, not by static types. */
/**
 * Graph-level queries against the real graph (data/ loaded by the global setup): neighbourhoods,
 * ranked paths with their explanations (the seed examples), positions, comparisons, timelines,
 * memos, and the IDE's saved examples. Entity-level queries are in queries-entities.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDE_EXAMPLES } from '../../../server/src/http/ide/examples.ts';
import { dataOf, errorCode, startApi, type Api } from './support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('neighbourhood', () => {
  it('caps a hub with counts instead of dumping it', async () => {
    const d = dataOf(
      await api.gql(
        `{ neighbourhood(id: "org:unga") { truncated countsByKind { kind count } capped { id hidden } nodes { id kind label degree entity { id } } edges { id source target type evidence { sourceRef } } } }`,
      ),
    );
    const n = d.neighbourhood;
    expect(n.truncated).toBe(true);
    expect(n.countsByKind.find((c: any) => c.kind === 'State').count).toBe(195);
    expect(n.capped).toHaveLength(1);
    expect(n.capped[0].id).toBe('org:unga');
    expect(n.edges.length).toBe(40);
    expect(n.capped[0].hidden + n.nodes.length - 1).toBeGreaterThanOrEqual(195);
    const ids = new Set(n.nodes.map((x: any) => x.id));
    expect(ids.has('org:unga')).toBe(true);
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // The most normative relationships of a capped hub come first: its adopted instruments.
    expect(n.edges.some((e: any) => e.type === 'ADOPTED')).toBe(true);
    expect(n.nodes.find((x: any) => x.id === 'org:unga').degree).toBeGreaterThan(195);
  });

  it('goes deeper within the node limit', async () => {
    const d = dataOf(
      await api.gql(`{ neighbourhood(id: "state:KEN", depth: 2, limit: 30) { truncated nodes { id } edges { source target } countsByKind { kind count } } }`),
    );
    expect(d.neighbourhood.nodes.length).toBeLessThanOrEqual(30);
    expect(d.neighbourhood.truncated).toBe(true);
    expect(d.neighbourhood.nodes.map((x: any) => x.id)).toEqual(expect.arrayContaining(['state:KEN', 'org:au', 'org:unga']));
    // Counted at depth 2: the AU's position on due diligence is in reach.
    expect(d.neighbourhood.countsByKind.find((c: any) => c.kind === 'Duty')?.count).toBeGreaterThanOrEqual(1);
  });

  it('filters by type, stance, year and date', async () => {
    const d = dataOf(
      await api.gql(`{
        binding: neighbourhood(id: "duty:due-diligence", relationshipTypes: [HOLDS_POSITION], stances: [BINDING]) { edges { type stance } }
        y2019: neighbourhood(id: "duty:due-diligence", relationshipTypes: [HOLDS_POSITION], years: [2019]) { edges { validFrom } }
        in2018: neighbourhood(id: "duty:due-diligence", relationshipTypes: [HOLDS_POSITION], asOf: "2018-12-31") { edges { id } }
        now: neighbourhood(id: "duty:due-diligence", relationshipTypes: [HOLDS_POSITION]) { edges { id } }
      }`),
    );
    expect(d.binding.edges.length).toBeGreaterThan(3);
    expect(d.binding.edges.every((e: any) => e.type === 'HOLDS_POSITION' && e.stance === 'BINDING')).toBe(true);
    expect(d.y2019.edges.length).toBeGreaterThan(0);
    expect(d.y2019.edges.every((e: any) => e.validFrom.startsWith('2019'))).toBe(true);
    expect(d.in2018.edges.length).toBeLessThan(d.now.edges.length);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for depth 4', async () => {
    expect(errorCode(await api.gql(`{ neighbourhood(id: "state:XXX") { truncated } }`))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`{ neighbourhood(id: "state:KEN", depth: 4) { truncated } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('paths', () => {
  const PATHS = `query($from: ID!, $to: ID!, $asOf: Date, $first: Int, $maxLength: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first, asOf: $asOf) {
      length weight viaHub generated explanation
      nodes { id }
      hops { type forward stance sentence from { id } to { id } evidence { sourceRef url } counterEvidence { sentence stance holder { id } target { id } evidence { sourceRef } } }
    }
  }`;

  it('explains how Kenya reaches due diligence, with evidence and counter-evidence', async () => {
    const d = dataOf(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', maxLength: 3, first: 3 }));
    const [first, second] = d.paths;
    expect(first.explanation).toBe('Kenya is a member of the African Union, which holds due diligence (cyber) to be binding (2024-01-29).');
    expect(first.nodes.map((n: any) => n.id)).toEqual(['state:KEN', 'org:au', 'duty:due-diligence']);
    // The seed example: through the 2024 Myongji paper on regional organisations.
    expect(second.explanation).toMatch(
      /^Kenya is a member of the African Union, which is studied by the 2024 paper “Practices and Implications of Regional Organizations.*”, which argues for due diligence \(cyber\)\.$/,
    );
    for (const p of d.paths) for (const h of p.hops) expect(h.evidence.length, h.sentence).toBeGreaterThan(0);
    const position = first.hops[1];
    expect(position).toMatchObject({ type: 'HOLDS_POSITION', forward: true, stance: 'BINDING' });
    const against = position.counterEvidence.map((c: any) => c.holder.id);
    expect(against).toContain('state:ISR');
    expect(position.counterEvidence.every((c: any) => ['VOLUNTARY', 'UNSETTLED', 'CONTESTED', 'CONTRASTS', 'CONTRASTING'].includes(c.stance))).toBe(true);
    expect(position.counterEvidence.find((c: any) => c.holder.id === 'state:ISR').sentence).toBe(
      'Israel treats due diligence (cyber) as a voluntary, non-binding norm (2020-12-08).',
    );
  });

  it('returns several ranked paths for the United States, not only the shortest', async () => {
    const d = dataOf(await api.gql(PATHS, { from: 'state:USA', to: 'duty:due-diligence', maxLength: 4, first: 6 }));
    expect(d.paths.length).toBe(6);
    const key = (p: any) => [Number(p.viaHub || p.generated), p.length, -p.weight];
    for (let i = 1; i < d.paths.length; i++) {
      const [a, b] = [key(d.paths[i - 1]), key(d.paths[i])];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
    }
    for (const p of d.paths) {
      expect(p.nodes[0].id).toBe('state:USA');
      expect(p.nodes[p.nodes.length - 1].id).toBe('duty:due-diligence');
      expect(new Set(p.nodes.map((n: any) => n.id)).size).toBe(p.nodes.length);
      expect(p.hops.length).toBe(p.length);
      expect(p.explanation.startsWith('The United States of America ')).toBe(true);
    }
  });

  it('reads the graph as of a day: before the AU position, Kenya has no two-hop path through it', async () => {
    const d = dataOf(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', maxLength: 2, first: 3, asOf: '2020-01-01' }));
    expect(d.paths.every((p: any) => !p.hops.some((h: any) => h.type === 'HOLDS_POSITION' && h.from.id === 'org:au'))).toBe(true);
  });

  it('never returns a path longer than maxLength, for each maxLength (the search itself is bounded, not filtered)', async () => {
    const lengths: number[][] = [];
    for (const maxLength of [1, 2, 3, 4]) {
      const d = dataOf(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', maxLength, first: 10 }));
      lengths.push(d.paths.map((p: any) => p.length));
    }
    lengths.forEach((ls, i) => expect(Math.max(...ls), `maxLength ${i + 1}: ${ls.join(',')}`).toBeLessThanOrEqual(i + 1));
    // A longer bound finds longer paths here, so the check above can tell the bounds apart.
    expect(Math.max(...lengths[3]!)).toBeGreaterThan(2);
  });

  it('weighs a treaty path above a scholarly one of the same length', async () => {
    const d = dataOf(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', maxLength: 3, first: 2 }));
    expect(d.paths[0].weight).toBeGreaterThan(d.paths[1].weight);
  });

  it('answers NOT_FOUND and BAD_USER_INPUT for bad arguments', async () => {
    expect(errorCode(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:nope' }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', maxLength: 6 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence', first: 11 }))).toBe('BAD_USER_INPUT');
  });
});

describe('positions and compare', () => {
  it('lists who holds what on due diligence, with documents and evidence', async () => {
    const d = dataOf(await api.gql(`{ positions(duty: "duty:due-diligence") { holder { id } stance date document { id } paragraph evidence { url } } }`));
    const fra = d.positions.find((p: any) => p.holder.id === 'state:FRA');
    expect(fra).toMatchObject({ stance: 'BINDING', date: '2019-09-09', document: { id: 'document:fra-2019-position' } });
    expect(fra.evidence[0].url).toMatch(/^https:\/\//);
    expect(d.positions.find((p: any) => p.holder.id === 'state:ISR').stance).toBe('VOLUNTARY');
  });

  it('filters by stance and by date', async () => {
    const d = dataOf(
      await api.gql(`{
        voluntary: positions(duty: "duty:due-diligence", stance: VOLUNTARY) { stance }
        in2019: positions(duty: "duty:due-diligence", asOf: "2019-12-31") { holder { id } date }
      }`),
    );
    expect(d.voluntary.length).toBeGreaterThan(0);
    expect(d.voluntary.every((p: any) => p.stance === 'VOLUNTARY')).toBe(true);
    expect(d.in2019.map((p: any) => p.holder.id)).toContain('state:FRA');
    expect(d.in2019.map((p: any) => p.holder.id)).not.toContain('state:DEU'); // Germany's position dates from 2021
    expect(d.in2019.every((p: any) => p.date <= '2019-12-31')).toBe(true);
    expect(errorCode(await api.gql(`{ positions(duty: "duty:due-diligence", stance: SUPPORTS) { stance } }`))).toBe('BAD_USER_INPUT');
  });

  it('compares actors side by side, empty cells included', async () => {
    const d = dataOf(
      await api.gql(
        `{ compare(ids: ["state:FRA", "state:ISR", "state:KEN"]) { actors { id } duties { id } cells { actor { id } duty { id } positions { stance } } } }`,
      ),
    );
    expect(d.compare.actors.map((a: any) => a.id)).toEqual(['state:FRA', 'state:ISR', 'state:KEN']);
    expect(d.compare.duties.map((x: any) => x.id)).toContain('duty:due-diligence');
    const cell = (a: string) => d.compare.cells.find((c: any) => c.actor.id === a && c.duty.id === 'duty:due-diligence');
    expect(cell('state:FRA').positions[0].stance).toBe('BINDING');
    expect(cell('state:ISR').positions[0].stance).toBe('VOLUNTARY');
    expect(cell('state:KEN').positions).toEqual([]);
    expect(d.compare.cells.length).toBe(3 * d.compare.duties.length);
    expect(errorCode(await api.gql(`{ compare(ids: ["state:FRA", "state:NOPE"]) { actors { id } } }`))).toBe('NOT_FOUND');
  });
});

describe('timeline', () => {
  it('lists dated events in order with labels and evidence', async () => {
    const d = dataOf(
      await api.gql(`{ timeline(from: "2001", to: "2001", first: 500) { date what label subject { id } object { id } evidence { sourceRef } } }`),
    );
    const events = d.timeline;
    const pad = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
    expect(events.map((e: any) => pad(e.date))).toEqual(events.map((e: any) => pad(e.date)).sort());
    expect(events.every((e: any) => e.date.startsWith('2001'))).toBe(true);
    const usa = events.find((e: any) => e.what === 'signature' && e.subject.id === 'state:USA' && e.object.id === 'instrument:budapest-convention');
    expect(usa).toMatchObject({ date: '2001-11-23', label: 'The United States of America signed the Convention on Cybercrime on 2001-11-23.' });
    expect(usa.evidence.length).toBeGreaterThan(0);
    expect(events.find((e: any) => e.what === 'adoption' && e.subject.id === 'instrument:budapest-convention')).toBeTruthy();
  });

  it('gives a short page that is the head of a longer one, papers cut at the page in their own branch', async () => {
    // A paper is dated by its year, so a 2016 paper falls on 2016-01-01: before this range.
    const page = async (first: number) =>
      (dataOf(await api.gql(`{ timeline(from: "2016-01-02", to: "2019", kinds: [Paper], first: ${first}) { date what subject { id } } }`)).timeline as any[]).map(
        (e) => `${e.date} ${e.what} ${e.subject.id}`,
      );
    const [short, long] = [await page(3), await page(500)];
    expect(long.length).toBeGreaterThan(3);
    expect(long.some((e) => e.startsWith('2016'))).toBe(false);
    expect(short).toEqual(long.slice(0, 3));
  });

  it('filters by kind and refuses reversed dates', async () => {
    const d = dataOf(await api.gql(`{ timeline(kinds: [Paper], first: 50) { subject { kind } object { kind } } }`));
    expect(d.timeline.length).toBeGreaterThan(0);
    expect(d.timeline.every((e: any) => e.subject.kind === 'Paper' || e.object?.kind === 'Paper')).toBe(true);
    expect(errorCode(await api.gql(`{ timeline(from: "2020", to: "2010") { date } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('memo', () => {
  it('renders a citable memo whose query reproduces its paths', async () => {
    const d = dataOf(
      await api.gql(
        `{ memo(from: "state:KEN", to: "duty:due-diligence", maxLength: 3, first: 2) { markdown query variables paths { explanation hops { evidence { sourceRef } counterEvidence { evidence { sourceRef } } } } } }`,
      ),
    );
    const memo = d.memo;
    expect(memo.markdown).toContain('# From Kenya to due diligence (cyber)');
    expect(memo.markdown).toContain('Kenya is a member of the African Union');
    // Every evidence item has a footnote reference and a footnote.
    const refs = memo.paths.flatMap((p: any) => p.hops.flatMap((h: any) => [...h.evidence, ...h.counterEvidence.flatMap((c: any) => c.evidence)]));
    const notes = memo.markdown.match(/^\[\^\d+\]: /gm) ?? [];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThanOrEqual(refs.length);
    for (let i = 1; i <= notes.length; i++) expect(memo.markdown).toContain(`[^${i}]: `);
    expect(memo.markdown).toContain(memo.query);
    const again = dataOf(await api.gql(memo.query, memo.variables));
    expect(again.paths.map((p: any) => p.explanation)).toEqual(memo.paths.map((p: any) => p.explanation));
  });
});

describe('IDE examples', () => {
  it.each(IDE_EXAMPLES.map((e) => [e.title, e] as const))('%s runs without errors', async (_title, example) => {
    const res = await api.gql(example.query, example.variables);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});
