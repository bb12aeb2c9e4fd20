/**
 * Evidence: where a fact comes from. `source` is the entity when the reference is an id of the
 * graph (loaded in one batch per request); `url` is the reference itself when it is a URL, else
 * the source entity's url, else its DOI as a doi.org link.
 */
import type { Context } from '../context.ts';
import { isEntityRef, type EvidenceRecord } from '../model.ts';

export const evidenceResolvers = {
  Evidence: {
    source: (ev: EvidenceRecord, _args: unknown, ctx: Context) => (isEntityRef(ev.sourceRef) ? ctx.loaders.entity.load(ev.sourceRef) : null),
    url: async (ev: EvidenceRecord, _args: unknown, ctx: Context) => {
      if (/^https?:\/\//i.test(ev.sourceRef)) return ev.sourceRef;
      if (!isEntityRef(ev.sourceRef)) return null;
      const source = await ctx.loaders.entity.load(ev.sourceRef);
      if (!source) return null;
      if (typeof source.url === 'string' && source.url) return source.url;
      if (typeof source.doi === 'string' && source.doi) return `https://doi.org/${source.doi}`;
      return null;
    },
  },
};
