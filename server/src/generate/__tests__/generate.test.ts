/**
 * The synthetic corpus generator (server/src/generate): deterministic, valid for ingestion,
 * clearly synthetic, and sized as designed. Runs on small scales only (about 2 s in all); the
 * million-relationship size is measured by `npm run bench -- ingest`, not here.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPlan, expectedRelationshipsBeforeLinking, generateCorpus, renderCorpus } from '../index.ts';
import { Rng } from '../prng.ts';
import { STATE_CODES } from '../names.ts';
import { renderTable, table } from '../table.ts';
import { readManifest, writeCorpus } from '../write.ts';
import { prepareData } from '../../ingest/index.ts';
import { readDataFolder } from '../../ingest/read.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-generate-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function digest(scale: number, seed?: number): string {
  const hash = createHash('sha256');
  for (const f of renderCorpus(generateCorpus({ scale, seed }))) hash.update(f.path).update(f.content);
  return hash.digest('hex');
}

/** Writes a corpus and runs the real ingestion preparation (read, validate, normalise, link) on it. */
function prepare(scale: number) {
  const dir = path.join(tmp, `scale-${scale}`);
  const corpus = generateCorpus({ scale });
  writeCorpus(dir, corpus);
  return { dir, corpus, prepared: prepareData({ dataDir: dir }) };
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

describe('the pseudo-random generator', () => {
  it('repeats its sequence for a seed and forks independent streams', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Rng(7).fork('x').next()).not.toBe(new Rng(7).fork('y').next());
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect(new Set(new Rng(2).sample([1, 2, 3, 4, 5], 5))).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});

describe('generateCorpus', () => {
  it('is deterministic: same scale and seed give the same bytes, another seed does not', () => {
    expect(digest(0.01)).toBe(digest(0.01));
    expect(digest(0.01, 1)).not.toBe(digest(0.01));
  });

  let small: ReturnType<typeof prepare>;
  beforeAll(() => {
    small = prepare(0.01);
  });

  it('passes ingestion validation with zero errors', () => {
    expect(small.prepared.errors).toEqual([]);
    expect(small.prepared.nodes.length).toBeGreaterThan(1000);
  });

  it('loads as the relationships its manifest promises (plus MENTIONS from linking)', () => {
    const m = small.corpus.manifest;
    const byType = countBy(small.prepared.rels, (r) => r.type);
    for (const [type, n] of Object.entries(m.counts.relations)) expect(byType[type], type).toBe(n);
    expect(byType.AUTHORED).toBe(m.counts.authorships);
    expect(byType.ISSUED).toBe(m.counts.issued);
    // Titles and abstracts name entities: linking must find them (about two per paper).
    expect(byType.MENTIONS).toBeGreaterThan(m.plan.papers);
    expect(small.prepared.rels.length).toBe(expectedRelationshipsBeforeLinking(m) + byType.MENTIONS!);
    const byKind = countBy(small.prepared.nodes, (n) => n.kind);
    for (const kind of ['State', 'Organisation', 'Instrument', 'Duty', 'Case', 'Index', 'Event', 'Paper'])
      expect(byKind[kind], kind).toBe(m.counts.nodes[kind]);
  });

  it('has every shape the explorer needs: dated memberships and treaty status, stances, documents', () => {
    const rels = small.prepared.rels;
    const of = (type: string) => rels.filter((r) => r.type === type);
    expect(of('MEMBER_OF').some((r) => r.props.since && r.props.until)).toBe(true);
    expect(of('PARTY_TO').every((r) => typeof r.props.consented === 'string')).toBe(true);
    expect(new Set(of('HOLDS_POSITION').map((r) => r.props.stance))).toEqual(new Set(['binding', 'voluntary', 'unsettled', 'contested']));
    expect(of('HOLDS_POSITION').every((r) => String(r.props.document).startsWith('document:syn-'))).toBe(true);
    expect(new Set(of('CITES').map((r) => r.props.stance))).toEqual(new Set(['supporting', 'contrasting', 'mentioning']));
    expect(new Set(of('DISCUSSES').map((r) => r.props.stance))).toEqual(new Set(['supports', 'contrasts', 'mentions']));
    // The hub: every state is a member of the first organisation.
    expect(of('MEMBER_OF').filter((r) => r.to === 'org:syn-0001').length).toBeGreaterThanOrEqual(small.corpus.manifest.plan.states);
  });

  it('is plainly synthetic: ids cannot collide with curated ones, sources point at synthetic documents', () => {
    const stateCodes = new Set(STATE_CODES);
    for (const n of small.prepared.nodes) {
      if (n.kind === 'State') expect(stateCodes.has(n.id.slice('state:'.length)), n.id).toBe(true);
      else expect(n.id, n.id).toMatch(/^[a-z]+:syn-/);
      for (const s of n.props.ev_sources as string[])
        expect(s).toMatch(/^(document:syn-|paper:syn-|instrument:syn-|case:syn-|index:syn-|https:\/\/example\.org\/synthetic\/)/);
    }
    // ISO 3166 user-assigned ranges only (QM-QZ, XA-XZ without XK): never a country's code.
    expect([...stateCodes].every((c) => /^Q[M-Z][A-Z]$|^X[A-JL-Z][A-Z]$/.test(c))).toBe(true);
    const curated = readDataFolder('data').records.map((r) => String(r.data.id ?? ''));
    const ids = new Set(small.prepared.nodes.map((n) => n.id));
    expect(curated.filter((id) => ids.has(id))).toEqual([]);
  });

  it('writes a manifest and the folder layout of data/', () => {
    const manifest = readManifest(small.dir);
    expect(manifest?.counts.relations.CITES).toBe(small.corpus.manifest.counts.relations.CITES);
    expect(manifest?.scale).toBe(0.01);
    const files = readDataFolder(small.dir).files.map((f) => path.relative(small.dir, f).split(path.sep)[0]);
    expect(new Set(files)).toEqual(
      new Set(['cases', 'documents', 'duties', 'events', 'indexes', 'instruments', 'organisations', 'papers', 'persons', 'relations', 'states']),
    );
    expect(readFileSync(path.join(small.dir, 'README.md'), 'utf8')).toMatch(/Nothing here is real/);
  });
});

describe('sizes', () => {
  it('follows the plan: scholarship grows linearly, the world with the square root', () => {
    const a = corpusPlan(0.25);
    const b = corpusPlan(1);
    expect(b.papers).toBe(100_000);
    expect(b.papers / a.papers).toBe(4);
    expect(b.states / a.states).toBeCloseTo(2, 1);
    expect(b.states + b.organisations).toBeGreaterThanOrEqual(300); // "hundreds of states and organisations"
    expect(() => corpusPlan(0)).toThrow(/scale/);
    expect(() => corpusPlan(100)).toThrow(/scale/);
  });

  it('doubles the relationships when the scale doubles (within the square-root part)', () => {
    const one = prepare(0.01).prepared.rels.length;
    const two = prepare(0.02).prepared.rels.length;
    expect(two / one).toBeGreaterThan(1.8);
    expect(two / one).toBeLessThan(2.05);
  });

  it('gives every paper its own title at scale 0.1 (ingestion refuses a paper written twice; version 1 drew one title twice there)', () => {
    const papers = generateCorpus({ scale: 0.1 }).tables.find((t) => t.name === 'papers/papers')!.rows;
    const titles = new Set(papers.map((p) => String(p.title).toLowerCase()));
    expect(papers.length).toBeGreaterThan(9_000);
    expect(titles.size).toBe(papers.length);
  });

  it('splits large tables into chunks with a header each, under the byte and row limits', () => {
    const t = table('relations/x', ['type', 'from', 'to']);
    for (let i = 0; i < 25; i++) t.rows.push({ type: 'CITES', from: `paper:syn-${i}`, to: 'paper:syn-0, "quoted"' });
    const byRows = renderTable(t, 1e9, 10);
    expect(byRows.map((f) => f.path)).toEqual(['relations/x-001.csv', 'relations/x-002.csv', 'relations/x-003.csv']);
    expect(byRows.map((f) => f.rows)).toEqual([10, 10, 5]);
    for (const f of byRows) expect(f.content.startsWith('type,from,to\n')).toBe(true);
    const byBytes = renderTable(t, 200);
    expect(byBytes.every((f) => Buffer.byteLength(f.content) <= 200)).toBe(true);
    expect(byBytes.reduce((n, f) => n + f.rows, 0)).toBe(25);
    expect(byRows[0]!.content).toContain('"paper:syn-0, ""quoted"""');
  });
});
