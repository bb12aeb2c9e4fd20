/**
 * The Entity interface and its concrete types. Typed fields (iso3, symbol, doi...) resolve
 * straight from the stored properties by name; here are only the fields that need work: the
 * concrete type, degree, provenance, and fields that hold another entity's id (parent,
 * adoptedBy, issuer) or a relationship (a paper's authors, a person's papers).
 */
import type { Context } from '../context.ts';
import { evidenceOf, KINDS, type EntityRecord, type Kind } from '../model.ts';
import { relationshipsResolver } from './relationships.ts';

function linked(field: string) {
  return (e: EntityRecord, _args: unknown, ctx: Context) => {
    const id = e[field];
    return typeof id === 'string' && id ? ctx.loaders.entity.load(id) : null;
  };
}

const list = (field: string) => (e: EntityRecord) => (Array.isArray(e[field]) ? (e[field] as unknown[]).map(String) : []);

const common = {
  degree: (e: EntityRecord, _args: unknown, ctx: Context) => (typeof e.degree === 'number' ? e.degree : ctx.loaders.degree.load(e.id)),
  aliases: list('aliases'),
  sources: (e: EntityRecord) => evidenceOf(e),
  relationships: relationshipsResolver,
};

/** One entry per kind (a kind added to the model without one does not compile). */
const byKind = {
  State: { ...common, demonyms: list('demonyms') },
  Organisation: { ...common, parent: linked('parent') },
  Instrument: { ...common, adoptedBy: linked('adoptedBy') },
  Duty: common,
  Document: { ...common, issuer: linked('issuer') },
  Case: common,
  Paper: {
    ...common,
    title: (e: EntityRecord) => String(e.title ?? e.name),
    authorNames: list('authorNames'),
    authors: (e: EntityRecord, _args: unknown, ctx: Context) => ctx.loaders.authors.load(e.id),
  },
  Person: { ...common, papers: (e: EntityRecord, _args: unknown, ctx: Context) => ctx.loaders.papers.load(e.id) },
  Index: common,
  Incident: { ...common, sectors: list('sectors') },
  Attribution: common,
  Response: common,
  Event: common,
} satisfies Record<Kind, object>;

export const entityResolvers = {
  Entity: {
    // The stored `kind` is the GraphQL type name; an unknown kind is a data error, reported as such.
    __resolveType: (e: EntityRecord) => (KINDS.includes(e.kind) ? e.kind : null),
  },
  ...byKind,
};
