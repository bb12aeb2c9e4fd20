/**
 * `memo(from, to, maxLength, first, asOf)`: the ranked paths rendered as a citable Markdown memo,
 * with the query and variables that reproduce them.
 */
import type { Context } from '../context.ts';
import { MEMO_QUERY, renderMemo } from '../explain/memo.ts';
import { isEntityRef, type EntityRecord, type EvidenceRecord } from '../model.ts';
import { findPaths, type PathsArgs } from '../paths/find.ts';
import { standingForTrace } from './standing.ts';

export async function memo(_: unknown, args: PathsArgs, ctx: Context) {
  const paths = await findPaths(args, ctx);
  const [from, to] = (await ctx.loaders.entity.loadMany([args.from, args.to])) as EntityRecord[];
  const standing = await standingForTrace(ctx, from!, to!, args.asOf);
  const evidence: EvidenceRecord[] = [
    ...paths.flatMap((p) => p.hops.flatMap((h) => [...h.evidence, ...h.counterEvidence.flatMap((c) => c.evidence)])),
    ...(standing ? [...standing.bases, ...standing.counterEvidence].flatMap((b) => b.evidence) : []),
  ];
  const refs = [...new Set(evidence.map((e) => e.sourceRef).filter(isEntityRef))];
  const loaded = await ctx.loaders.entity.loadMany(refs);
  const sources = new Map<string, EntityRecord>();
  loaded.forEach((e) => {
    if (e && !(e instanceof Error)) sources.set(e.id, e);
  });
  const [meta] = await ctx.read('queries/meta', {});
  const variables = {
    from: args.from,
    to: args.to,
    maxLength: args.maxLength ?? 4,
    first: args.first ?? 3,
    asOf: args.asOf ?? null,
  };
  const markdown = renderMemo({
    from: from!,
    to: to!,
    paths,
    standing,
    variables,
    maxLength: variables.maxLength,
    asOf: variables.asOf,
    dataVersion: meta?.dataVersion == null ? null : String(meta.dataVersion),
    generatedAt: new Date(ctx.requestStart).toISOString(),
    sources,
    urlOf: (ev) => {
      if (/^https?:\/\//i.test(ev.sourceRef)) return ev.sourceRef;
      const s = sources.get(ev.sourceRef);
      if (typeof s?.url === 'string' && s.url) return s.url;
      if (typeof s?.doi === 'string' && s.doi) return `https://doi.org/${s.doi}`;
      return null;
    },
  });
  return { markdown, query: MEMO_QUERY, variables, paths };
}
