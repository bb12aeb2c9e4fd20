/**
 * `search(text, kinds, first)`: full-text search, ranked by Lucene, with the field that matched
 * and a highlighted excerpt. The text is validated and escaped by search/lucene.ts; here we only
 * run the query and shape the hits.
 */
import type { Context } from '../context.ts';
import { checkList, checkRange } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { toEntity } from '../model.ts';
import { buildLuceneQuery, highlight } from '../search/lucene.ts';

export async function search(_: unknown, args: { text: string; kinds?: string[] | null; first?: number | null }, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.searchFirst, 10);
  const kinds = checkList('kinds', args.kinds);
  const q = buildLuceneQuery(args.text);
  // Text made only of punctuation has no word the index could hold: no hits, no query.
  if (!q.terms.some((t) => /[\p{L}\p{N}]/u.test(t))) return [];
  // A kind filter applies after scoring, so ask the index for more candidates than we keep.
  const candidates = kinds ? Math.min(first * 20, 1000) : first;
  const rows = await ctx.read('queries/search', { query: q.query, kinds, limit: first, candidates });
  return rows.flatMap((row) => {
    const entity = ctx.loaders.prime(toEntity(row.node));
    if (!entity) return [];
    const { field, highlight: text } = highlight(
      [
        { field: 'name', text: entity.name },
        { field: 'aliases', text: typeof entity.searchText === 'string' ? entity.searchText : entity.aliases.join(' | ') },
        { field: 'summary', text: entity.summary ?? null },
        { field: 'abstract', text: typeof entity.abstract === 'string' ? entity.abstract : null },
      ],
      q,
    );
    return [{ entity, score: Number(row.score ?? 0), field, highlight: text }];
  });
}
