/**
 * `search(text, kinds, first)`: full-text search, ranked by Lucene, with the field that matched
 * and a highlighted excerpt; exact name, acronym or alias matches first. The text is validated and escaped by search/lucene.ts; here we only
 * run the query and shape the hits.
 */
import type { Context } from '../context.ts';
import { checkList, checkRange } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { toEntity } from '../model.ts';
import { buildLuceneQuery, exactness, highlight } from '../search/lucene.ts';

export async function search(_: unknown, args: { text: string; kinds?: string[] | null; first?: number | null }, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.searchFirst, 10);
  const kinds = checkList('kinds', args.kinds);
  const q = buildLuceneQuery(args.text);
  // Text made only of punctuation has no word the index could hold: no hits, no query.
  if (!q.terms.some((t) => /[\p{L}\p{N}]/u.test(t))) return [];
  // A kind filter applies after scoring, so ask the index for more candidates than we keep; and
  // a pool larger than `first`, so that an exact name or acronym Lucene ranks low can move up.
  const pool = Math.max(first * 3, 30);
  const candidates = kinds ? Math.min(pool * 20, 1000) : pool;
  const rows = await ctx.read('queries/search', { query: q.query, kinds, limit: pool, candidates });
  const ranked = rows
    .map((row, i) => ({ row, i, tier: exactness(args.text, row.node as Record<string, unknown>) }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .slice(0, first)
    .map((x) => x.row);
  return ranked.flatMap((row) => {
    const entity = ctx.loaders.prime(toEntity(row.node));
    if (!entity) return [];
    const { field, highlight: text } = highlight(
      [
        { field: 'name', text: entity.name },
        { field: 'aliases', text: typeof row.searchText === 'string' ? row.searchText : entity.aliases.join(' | ') },
        { field: 'summary', text: entity.summary ?? null },
        { field: 'abstract', text: typeof entity.abstract === 'string' ? entity.abstract : null },
      ],
      q,
    );
    return [{ entity, score: Number(row.score ?? 0), field, highlight: text }];
  });
}
