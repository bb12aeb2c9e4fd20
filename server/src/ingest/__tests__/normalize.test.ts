import { describe, expect, it } from 'vitest';
import { contentHash, displayName, normalize, personId, provenance } from '../normalize.ts';
import { prepareData } from '../index.ts';
import { MINI_DATA } from '../../../../tests/support/data-dirs.ts';

describe('normalisation', () => {
  it('makes stable person ids and display names from "Family, Given"', () => {
    expect(personId('Buchan, Russell')).toBe('person:buchan-russell');
    expect(personId('Ziaei, S.Y.')).toBe('person:ziaei-s-y');
    expect(personId('Bannelier-Christakis, Karine')).toBe('person:bannelier-christakis-karine');
    expect(personId('Çelik, Ömer')).toBe('person:celik-omer');
    expect(displayName('Buchan, Russell')).toBe('Russell Buchan');
    expect(displayName('Belfer Center')).toBe('Belfer Center');
  });

  it('stores provenance as three parallel lists', () => {
    expect(provenance([{ source: 'document:seed-004', locator: 'Findings', quote: 'q', curation: 'secondary' }, { source: 'https://x.org', locator: 'p. 2', curation: 'primary' }])).toEqual({
      ev_sources: ['document:seed-004', 'https://x.org'],
      ev_locators: ['Findings', 'p. 2'],
      ev_quotes: ['q', ''],
      ev_curations: ['secondary', 'primary'],
      curation: 'primary',
    });
  });

  it('gives every node and relationship provenance, validity dates and a hash', () => {
    const { nodes, rels } = prepareData({ dataDir: MINI_DATA });
    for (const row of [...nodes.map((n) => n.props), ...rels.map((r) => r.props)]) {
      expect((row.ev_sources as string[]).length).toBeGreaterThan(0);
      expect(row.hash).toMatch(/^[\w-]{16}$/);
    }
    const membership = rels.find((r) => r.key === 'MEMBER_OF|state:FRA|org:eu|1958-01-01')!;
    expect(membership.props.validFrom).toBe('1958-01-01');
    const party = rels.find((r) => r.type === 'PARTY_TO')!;
    expect(party.props.validFrom).toBe('2006-05-01'); // binds from entry into force, not signature
    const paper = nodes.find((n) => n.kind === 'Paper')!;
    expect(paper.props.validFrom).toBe('2024');
    expect(paper.props.name).toBe(paper.props.title);
  });

  it('derives ISSUED from document issuers, and AUTHORED only where authors are confirmed', () => {
    const { nodes, rels } = prepareData({ dataDir: MINI_DATA });
    expect(rels.some((r) => r.type === 'ISSUED' && r.from === 'state:FRA' && r.to === 'document:fra-2019-position')).toBe(true);
    const base = { kind: 'Paper' as const, raw: {} as never };
    const record = (id: string, linkAuthors: boolean) => ({ ...base, record: { id, title: id, authors: ['Doe, Jane'], aliases: [], linkAuthors, sources: [{ source: 'https://x.org', locator: 'p' }] } as never });
    const out = normalize([record('paper:a', true), record('paper:b', false)], []);
    expect(out.rels.filter((r) => r.type === 'AUTHORED').map((r) => r.to)).toEqual(['paper:a']);
    expect(out.nodes.map((n) => n.id)).toContain('person:doe-jane');
    expect(nodes.length).toBeGreaterThan(0);
  });

  it('hashes content deterministically', () => {
    expect(contentHash({ a: 1, b: [2] })).toBe(contentHash({ a: 1, b: [2] }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
