/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions. */
/**
 * The legal test set (questions.ts) through the GraphQL API against the real graph, and the
 * trace's split into legal bases and context.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/neo4j/database.ts';
import { dataOf, errorCode, openDb, startApi, type Api } from '../api/support.ts';
import { QUESTIONS } from './questions.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const STANDING = `query S($actor: ID!, $norm: ID!, $asOf: Date) {
  standing(actor: $actor, norm: $norm, asOf: $asOf) {
    status verdict rule limits
    actor { id } norm { id }
    bases { kind explanation since dateKnown curation evidence { sourceRef curation } }
    counterEvidence { kind }
  }
}`;

describe('the legal test set', () => {
  it('has at least 40 questions', () => expect(QUESTIONS.length).toBeGreaterThanOrEqual(40));

  for (const t of QUESTIONS) {
    it(`${t.q}: ${t.status}`, async () => {
      const s = dataOf(await api.gql(STANDING, { actor: t.actor, norm: t.norm, asOf: t.asOf ?? null })).standing as any;
      expect(s.status, s.verdict).toBe(t.status);
      expect([s.actor.id, s.norm.id]).toEqual([t.actor, t.norm]);
      expect(s.verdict).toMatch(/^[A-Z].*\.$/);
      const kinds = s.bases.map((b: any) => b.kind);
      for (const k of t.bases ?? []) expect(kinds, s.verdict).toContain(k);
      if (t.source) {
        const refs: string[] = s.bases.flatMap((b: any) => b.evidence.map((e: any) => e.sourceRef));
        const cited = refs.some((r) => r.startsWith(t.source)) || s.verdict.includes(t.source);
        expect(cited, `${t.source} among ${JSON.stringify(refs)} or in "${s.verdict}"`).toBe(true);
      }
      if (t.curation) expect(s.bases.find((b: any) => b.evidence.some((e: any) => e.sourceRef.startsWith(t.source)))?.curation).toBe(t.curation);
    });
  }
});

describe('standing', () => {
  it('names the chart in a "not bound" verdict and says what it cannot know', async () => {
    const s = dataOf(await api.gql(STANDING, { actor: 'state:IRN', norm: 'instrument:budapest-convention', asOf: '2026-12-01' })).standing as any;
    expect(s.verdict).toMatch(/^Iran is neither a party to nor a signatory of the Convention on Cybercrime as of 1 December 2026, according to/);
    expect(s.limits.join(' ')).toMatch(/chart/);
  });

  it('refuses a partial day, an actor that is not a state or organisation, and unknown ids', async () => {
    expect(errorCode(await api.gql(STANDING, { actor: 'state:FRA', norm: 'duty:due-diligence', asOf: '2020-12' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(STANDING, { actor: 'paper:10.1093/jcsl/krw011', norm: 'duty:due-diligence' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(STANDING, { actor: 'state:XXX', norm: 'duty:due-diligence' }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(STANDING, { actor: 'state:FRA', norm: 'duty:nothing' }))).toBe('NOT_FOUND');
  });

  it("answers from the facts' two reads: the actor, the norm and each basis's organisation and document come with them", async () => {
    // A Database that records the query files it is asked to read, in front of the real one.
    const db = await openDb();
    const reads: string[] = [];
    const recording = new Proxy(db, {
      get: (target, key) =>
        key === 'read' ? (name: string, ...rest: unknown[]) => (reads.push(name), (target.read as (...a: unknown[]) => unknown)(name, ...rest)) : Reflect.get(target, key),
    }) as Database;
    const own = await startApi({ db: recording });
    try {
      const q = `{ standing(actor: "state:FRA", norm: "duty:sovereignty", asOf: "2026-12-01") {
        actor { id name } norm { id name } bases { kind via { id name } document { id name } } } }`;
      const s = dataOf(await own.gql(q)).standing as any;
      const ownPosition = s.bases.find((b: any) => b.kind === 'OWN_POSITION');
      const viaOrg = s.bases.find((b: any) => b.kind === 'ORGANISATION_POSITION');
      expect([s.actor.id, s.norm.id]).toEqual(['state:FRA', 'duty:sovereignty']);
      expect(ownPosition.document?.name).toBeTruthy();
      expect(viaOrg.via).toMatchObject({ id: 'org:eu' });
      expect(reads.filter((n) => n.startsWith('queries/')).sort()).toEqual(['queries/standing-facts', 'queries/standing-status-sources']);
    } finally {
      await own.close();
      await db.close();
    }
  });

  it('counts the parties of the Convention on a day (standings), and the count moves with the day', async () => {
    const q = `query($asOf: Date) { standings(norm: "instrument:budapest-convention", asOf: $asOf) { totalCount countsByStatus { status count } edges { node { actor { id } status } } } }`;
    const count = async (asOf: string) => {
      const d = dataOf(await api.gql(q, { asOf })).standings as any;
      return Object.fromEntries(d.countsByStatus.map((c: any) => [c.status, c.count])) as Record<string, number>;
    };
    const [y2003, y2020] = [await count('2003-01-01'), await count('2020-01-01')];
    expect(y2003.PARTY ?? 0).toBeLessThan(y2020.PARTY!);
    expect(y2020.PARTY).toBeGreaterThan(40);
    const all = dataOf(await api.gql(q, { asOf: '2020-01-01' })).standings as any;
    expect(all.edges.find((e: any) => e.node.actor.id === 'state:ALB').node.status).toBe('PARTY');
  });
});

describe('the trace splits legal bases from context', () => {
  const PATHS = `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 5) { basis explanation hops { type forward basis } } }`;

  it('never calls a rivalry a legal basis (Iran → Budapest)', async () => {
    const paths = dataOf(await api.gql(PATHS, { from: 'state:IRN', to: 'instrument:budapest-convention' })).paths as any[];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) if (p.hops.some((h: any) => h.type === 'RIVAL_OF')) expect(p.basis).toBe('CONTEXT');
  });

  it("labels Kenya's membership of the AU as a legal path, and a paper about the AU as context", async () => {
    const paths = dataOf(await api.gql(PATHS, { from: 'state:KEN', to: 'duty:due-diligence' })).paths as any[];
    const legal = paths.filter((p) => p.basis === 'LEGAL');
    expect(legal.map((p) => p.hops.map((h: any) => h.type))).toContainEqual(['MEMBER_OF', 'HOLDS_POSITION']);
    for (const p of paths) if (p.hops.some((h: any) => h.type === 'DISCUSSES')) expect(p.basis).toBe('CONTEXT');
  });

  it('keeps the 1949 Corfu Channel judgment on the general principle, applied to cyberspace only by the cyber duty (UK → due diligence)', async () => {
    const paths = dataOf(await api.gql(PATHS, { from: 'state:GBR', to: 'duty:due-diligence' })).paths as any[];
    const viaCases = dataOf(
      await api.gql(
        `{ paths(from: "state:GBR", to: "duty:due-diligence", relationshipTypes: [LITIGANT_IN, EXPRESSES, APPLIES]) { basis explanation hops { type } } }`,
      ),
    ).paths as any[];
    const corfu = viaCases.find((p) => p.hops.some((h: any) => h.type === 'LITIGANT_IN'));
    expect(corfu.basis).toBe('CONTEXT');
    expect(corfu.explanation).toMatch(
      /Corfu Channel.*expresses due diligence \(general principle of international law\).*is applied to cyberspace by due diligence \(cyber\)/,
    );
    for (const p of paths) expect(p.basis).not.toBe('LEGAL');
  });

  it('states the standing first in the memo and puts context under its own heading', async () => {
    const d = dataOf(await api.gql(`{ memo(from: "state:IRN", to: "instrument:budapest-convention") { markdown } }`)) as any;
    const md: string = d.memo.markdown;
    expect(md.indexOf('## Standing')).toBeGreaterThan(0);
    expect(md.indexOf('## Standing')).toBeLessThan(md.indexOf('## Legal bases'));
    expect(md).toMatch(/\*\*Iran is neither a party to nor a signatory of the Convention on Cybercrime/);
    const context = md.slice(md.indexOf('## Context (not a legal basis)'));
    expect(context).toMatch(/rival of/);
    expect(md.slice(md.indexOf('## Legal bases'), md.indexOf('## Context'))).not.toMatch(/rival of/);
  });
});

describe('time done right', () => {
  it('counts an undated fact apart, never as held, and the counts match what is drawn', async () => {
    const d = dataOf(
      await api.gql(`{ neighbourhood(id: "instrument:budapest-convention", asOf: "2010-01-01", limit: 500) {
        dateCounts { KNOWN UNKNOWN UNCERTAIN TIMELESS } edges { type dateStatus validFrom } nodes { id dateStatus } } }`),
    ) as any;
    const n = d.neighbourhood;
    const counts = n.dateCounts;
    expect(counts.KNOWN + counts.UNKNOWN + counts.UNCERTAIN + counts.TIMELESS).toBe(n.edges.length);
    expect(counts.UNKNOWN).toBeGreaterThan(0);
    for (const e of n.edges) {
      if (e.validFrom === null && ['PARTY_TO', 'SIGNED', 'MEMBER_OF'].includes(e.type)) expect(e.dateStatus).toBe('UNKNOWN');
      if (e.dateStatus === 'KNOWN') expect(e.validFrom <= '2010-01-01').toBe(true);
    }
  });
});
