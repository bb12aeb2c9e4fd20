/**
 * Per-request DataLoaders: every `entity(...)`, `degree`, `authors`, `papers` and evidence
 * `source` asked for while resolving one request is fetched in one query per kind of lookup,
 * however many places ask (no N+1). Created per request so nothing is cached across requests:
 * after a re-ingest the next request sees the new graph.
 */
import DataLoader from 'dataloader';
import { TYPE_FOR } from '../model/vocabulary.ts';
import type { Row } from '../neo4j/database.ts';
import { toEntity, type EntityRecord } from './model.ts';

export type Read = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  degree: DataLoader<string, number>;
  authors: DataLoader<string, EntityRecord[]>;
  papers: DataLoader<string, EntityRecord[]>;
  /** Puts entities a query already returned into the cache (and their degree when known). */
  prime(entity: EntityRecord | null | undefined): EntityRecord | null;
}

// Batches stay well below Neo4j's parameter and planning comfort zone.
const MAX_BATCH = 500;

export function createLoaders(read: Read): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(
    async (ids) => {
      const rows = await read('queries/entities-by-id', { ids: [...ids] });
      const byId = new Map<string, EntityRecord>();
      for (const row of rows) {
        const e = toEntity(row.node);
        if (e) byId.set(e.id, e);
      }
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
  const degree = new DataLoader<string, number>(
    async (ids) => {
      const rows = await read('queries/degrees', { ids: [...ids] });
      const byId = new Map(rows.map((r) => [String(r.id), Number(r.degree ?? 0)]));
      return ids.map((id) => byId.get(id) ?? 0);
    },
    { maxBatchSize: MAX_BATCH },
  );
  const listLoader = (query: string, field: string, params: Record<string, unknown>) =>
    new DataLoader<string, EntityRecord[]>(
      async (ids) => {
        const rows = await read(query, { ...params, ids: [...ids] });
        const byId = new Map<string, EntityRecord[]>();
        for (const row of rows) {
          const list = (Array.isArray(row[field]) ? (row[field] as unknown[]) : []).map(toEntity).filter((e): e is EntityRecord => e !== null);
          list.forEach((e) => entity.prime(e.id, e));
          byId.set(String(row.id), list);
        }
        return ids.map((id) => byId.get(id) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    );
  return {
    entity,
    degree,
    authors: listLoader('queries/authors', 'authors', { type: TYPE_FOR.authorship }),
    papers: listLoader('queries/papers-by-person', 'papers', { type: TYPE_FOR.authorship }),
    prime(e) {
      if (!e) return null;
      entity.prime(e.id, e);
      if (typeof e.degree === 'number') degree.prime(e.id, e.degree);
      return e;
    },
  };
}
