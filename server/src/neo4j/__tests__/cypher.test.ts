import { describe, expect, it } from 'vitest';
import { cypher } from '../cypher.ts';

describe('cypher(name@n)', () => {
  it('lowers the one quantifier of the file to n hops, and only that', () => {
    const full = cypher('queries/paths');
    expect(full).toMatch(/\{1,5\}/);
    const three = cypher('queries/paths@3');
    expect(three).toMatch(/\{1,3\}/);
    expect(three).not.toMatch(/\{1,5\}/);
    expect(three.replace('{1,3}', '{1,5}')).toBe(full);
    expect(cypher('queries/paths@5')).toBe(full);
  });

  it('refuses a bound above the file’s, a bound that is not a digit, and a file without one quantifier', () => {
    expect(() => cypher('queries/paths@6')).toThrow(/digit from 1 to 5/);
    expect(() => cypher('queries/paths@0')).toThrow(/digit from 1 to 5/);
    expect(() => cypher('queries/paths@x')).toThrow(/digit from 1 to 5/);
    expect(() => cypher('queries/search@2')).toThrow(/exactly one quantifier/);
  });
});
