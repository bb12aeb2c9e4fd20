/**
 * Person ids work for names in any script: Latin names keep their readable slug, names in
 * other scripts are transliterated and keep a short hash of the name as written, so distinct
 * people never merge (before, every Cyrillic, Chinese or Arabic author became `person:unknown`).
 * The names are real authors of international law scholarship, written in their own scripts.
 */
import { describe, expect, it } from 'vitest';
import { normalize, personId } from '../normalize.ts';
import { validateRecords } from '../validate.ts';
import type { RawRecord } from '../read.ts';

const AUTHORS = [
  'Крутских, Андрей', // Andrey Krutskikh (Russian)
  'Стрельцов, Анатолий', // Anatoly Streltsov (Russian)
  '黄志雄', // Huang Zhixiong (Chinese)
  '朱文奇', // Zhu Wenqi (Chinese)
  'الأشعل, عبد الله', // Abdullah Al-Ashaal (Arabic)
  'Schmitt, Michael N.',
  'Kamiński, Łukasz',
];

describe('person ids', () => {
  it('keeps the readable slug of Latin names, accents and ß folded', () => {
    expect(personId('Buchan, Russell')).toBe('person:buchan-russell');
    expect(personId('Kamiński, Łukasz')).toBe('person:kaminski-lukasz');
    expect(personId('Groß, Jürgen')).toBe('person:gross-jurgen');
  });

  it('transliterates other scripts, with a hash that keeps distinct names apart', () => {
    expect(personId('Крутских, Андрей')).toMatch(/^person:krutskikh-andrey-[0-9a-f]{8}$/);
    expect(personId('黄志雄')).toMatch(/^person:huangzhixiong-[0-9a-f]{8}$/);
    expect(personId('الأشعل, عبد الله')).toMatch(/^person:[a-z-]+-[0-9a-f]{8}$/);
    // Two different people with one romanisation (Li Ming).
    expect(personId('李明')).not.toBe(personId('黎明'));
    const ids = AUTHORS.map(personId);
    expect(new Set(ids).size).toBe(AUTHORS.length);
    expect(ids.every((id) => /^person:[a-z0-9][a-z0-9._-]*$/.test(id))).toBe(true);
  });

  it('is stable: the same name, however it is composed, gives the same id', () => {
    expect(AUTHORS.map(personId)).toEqual(AUTHORS.map(personId));
    expect(personId('Kamin\u0301ski, Łukasz')).toBe(personId('Kamiński, Łukasz')); // decomposed accent
    expect(personId(' 黄志雄 ')).toBe(personId('黄志雄'));
  });

  it('makes one Person per author of a paper, whatever the script', () => {
    const raw: RawRecord = {
      file: 'papers/x.yaml',
      kind: 'Paper',
      line: 1,
      data: { id: 'paper:test-scripts', title: 'Cyber due diligence', authors: AUTHORS, sources: [{ source: 'https://example.org/x', locator: 'p. 1', curation: 'secondary' }] },
      locate: () => ({ line: 1 }),
    };
    const valid = validateRecords([raw]);
    expect(valid.errors).toEqual([]);
    const { nodes, rels } = normalize(valid.nodes, valid.relations);
    const persons = nodes.filter((n) => n.kind === 'Person');
    expect(persons).toHaveLength(AUTHORS.length);
    expect(persons.some((p) => p.id === 'person:unknown')).toBe(false);
    expect(rels.filter((r) => r.type === 'AUTHORED')).toHaveLength(AUTHORS.length);
  });
});
