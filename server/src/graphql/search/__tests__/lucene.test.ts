import { GraphQLError } from '../../graphql-js.ts';
import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, highlight } from '../lucene.ts';

/** Every character Lucene's classic parser gives a meaning to. */
const SPECIALS = ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

/** True when `query` contains `char` not preceded by an escaping backslash. */
function hasUnescaped(query: string, char: string): boolean {
  for (let i = 0; i < query.length; i++) {
    if (query[i] === '\\') {
      i++; // skip the escaped character
      continue;
    }
    if (query[i] === char) return true;
  }
  return false;
}

describe('escapeLucene', () => {
  it.each(SPECIALS)('escapes %s', (c) => {
    expect(escapeLucene(`a${c}b`)).toBe(`a\\${c}b`);
  });
  it('leaves letters, digits and other Unicode alone', () => {
    expect(escapeLucene('Côte d’Ivoire 2015 ضرورت')).toBe('Côte d’Ivoire 2015 ضرورت');
  });
});

describe('buildLuceneQuery', () => {
  it('escapes every special character of hostile input outside the parts it adds itself', () => {
    const q = buildLuceneQuery('x:[* TO *] AND (a || b) NOT "c" ~2 ^3 \\ /re/ {d} ?e! +f -g');
    // The only unescaped syntax left is what the builder adds: phrase quotes (a quoted phrase is
    // required: +), the boost, fuzzy tildes on letter-only words and the prefix star.
    const withoutPhrase = q.query
      .replace(/\+?"(?:[^"\\]|\\.)*"(\^3)?/g, '')
      .replace(/(^| )\p{L}+~[12](?= |$)/gu, '$1')
      .replace(/(^| )[\p{L}\p{N}]+\*(?= |$)/gu, '$1');
    for (const c of SPECIALS) expect(hasUnescaped(withoutPhrase, c), `unescaped ${c} in ${withoutPhrase}`).toBe(false);
  });

  it('lower-cases the operator words so they are searched as words', () => {
    const q = buildLuceneQuery('due AND diligence OR NOT TO');
    expect(q.query).not.toMatch(/\b(AND|OR|NOT|TO)\b/);
    expect(q.query).toContain(' and ');
  });

  it('adds the last plain word as a lower-case prefix for autocomplete', () => {
    expect(buildLuceneQuery('Budap')).toMatchObject({ query: 'Budap budap~1 budap*', prefix: 'budap' });
    expect(buildLuceneQuery('tallinn man').query).toBe('"tallinn man"^3 tallinn man tallinn~1 man*');
  });

  it('tolerates typos in words of letters (one from 4 letters, two from 8)', () => {
    expect(buildLuceneQuery('Kenia').query).toContain('kenia~1');
    expect(buildLuceneQuery('diligense').query).toContain('diligense~2');
    expect(buildLuceneQuery('UK 2015').query).not.toContain('~');
  });

  it('makes quoted text a required phrase; a lone quote stays a character', () => {
    expect(buildLuceneQuery('"due diligence" Kenya').query).toBe('+"due diligence" Kenya kenya~1 kenya*');
    expect(buildLuceneQuery('“due diligence”').query).toBe('+"due diligence"');
    expect(buildLuceneQuery('"due diligence').query).toContain('\\"due');
  });

  it('never builds a prefix from a short or punctuated last word', () => {
    expect(buildLuceneQuery('a').prefix).toBeNull();
    expect(buildLuceneQuery('x*').prefix).toBeNull();
    expect(buildLuceneQuery('c++').query).toBe('c\\+\\+');
  });

  it.each(['', '   ', '\t\n'])('rejects blank text %j with BAD_USER_INPUT', (text) => {
    try {
      buildLuceneQuery(text);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects overlong text and too many words', () => {
    expect(() => buildLuceneQuery('x'.repeat(201))).toThrow(/at most 200 characters/);
    expect(() => buildLuceneQuery(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '))).toThrow(/at most 32 words/);
  });
});

describe('highlight', () => {
  it('marks whole words and the prefix in the first field that matches', () => {
    const q = buildLuceneQuery('budap');
    const h = highlight(
      [
        { field: 'name', text: 'Convention on Cybercrime' },
        { field: 'aliases', text: 'Budapest Convention | ETS 185' },
      ],
      q,
    );
    expect(h).toEqual({ field: 'aliases', highlight: '«Budapest» Convention | ETS 185' });
  });

  it('does not mark a word inside another word', () => {
    const h = highlight([{ field: 'summary', text: 'due diligence and undue harm' }], buildLuceneQuery('due'));
    expect(h.highlight).toBe('«due» diligence and undue harm');
  });

  it('cuts long fields to a window around the match', () => {
    const text = `${'word '.repeat(100)}Corfu Channel ${'tail '.repeat(100)}`;
    const h = highlight([{ field: 'abstract', text }], buildLuceneQuery('corfu'));
    expect(h.highlight.startsWith('…')).toBe(true);
    expect(h.highlight).toContain('«Corfu»');
    expect(h.highlight.length).toBeLessThan(220);
  });

  it('treats regex characters in the input literally', () => {
    const h = highlight([{ field: 'name', text: 'Article 2(4) and (b)' }], buildLuceneQuery('(b)'));
    expect(h.highlight).toBe('Article 2(4) and («b»)');
  });
});
