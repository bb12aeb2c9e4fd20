/**
 * The synthetic corpus generator: pure and deterministic (same scale and seed, same bytes).
 * It produces a data folder of the same shape as data/ (same folders, same fields, CSV files),
 * for benchmarks only; it is never loaded into the user's store.
 *
 * @example
 * const corpus = generateCorpus({ scale: 0.01 });
 * const files = renderCorpus(corpus); // [{ path: 'states/states.csv', content, rows }, ...]
 * corpus.manifest.counts.relations[TYPE_FOR.citation]; // how many citations were written
 */
import { corpusPlan, DEFAULT_SEED, type CorpusPlan } from './plan.ts';
import { buildPapers } from './papers.ts';
import { Rng } from './prng.ts';
import { buildRelations } from './relations.ts';
import { DEFAULT_MAX_CHUNK_BYTES, renderTable, type RenderedFile, type Table } from './table.ts';
import { buildWorld } from './world.ts';
import { FOLDER_KIND } from '../model/index.ts';

export { corpusPlan, DEFAULT_SEED, MAX_SCALE, MIN_SCALE, type CorpusPlan } from './plan.ts';

/** Bumped whenever the output changes for the same scale and seed (benchmarks compare like with like). */
export const GENERATOR_VERSION = 2; // 2: paper titles unique (scale 0.1 drew one twice)

export interface CorpusManifest {
  generator: 'cyber-norms-atlas synthetic corpus';
  version: number;
  scale: number;
  seed: number;
  plan: CorpusPlan;
  counts: {
    /** Records written per kind (Person: explicit records only; ingestion derives the other authors). */
    nodes: Record<string, number>;
    /** Relationship records written per type (ingestion adds authorships, issuers and entity links). */
    relations: Record<string, number>;
    /** Author slots on papers: each becomes one authorship relationship. */
    authorships: number;
    /** Documents with an issuer: each becomes one issuer relationship. */
    issued: number;
  };
}

export interface Corpus {
  tables: Table[];
  manifest: CorpusManifest;
}

export function generateCorpus(opts: { scale: number; seed?: number }): Corpus {
  const plan = corpusPlan(opts.scale, opts.seed ?? DEFAULT_SEED);
  const rng = new Rng(plan.seed);
  const world = buildWorld(plan, rng.fork('world'));
  const papers = buildPapers(plan, rng.fork('scholarship'), world);
  const relations = buildRelations(plan, rng.fork('relations'), world, papers.ids);
  const tables = [...world.tables, ...papers.tables, ...relations];

  const nodes: Record<string, number> = {};
  const rels: Record<string, number> = {};
  for (const t of tables) {
    const folder = t.name.split('/')[0]!;
    if (folder === 'relations') for (const row of t.rows) rels[String(row.type)] = (rels[String(row.type)] ?? 0) + 1;
    else nodes[FOLDER_KIND[folder]!] = (nodes[FOLDER_KIND[folder]!] ?? 0) + t.rows.length;
  }
  return {
    tables,
    manifest: {
      generator: 'cyber-norms-atlas synthetic corpus',
      version: GENERATOR_VERSION,
      scale: plan.scale,
      seed: plan.seed,
      plan,
      counts: { nodes, relations: rels, authorships: papers.authorships, issued: world.positionDocs.length },
    },
  };
}

/** The files of a corpus, large tables split into chunks under `maxChunkBytes`. */
export function renderCorpus(corpus: Corpus, maxChunkBytes = DEFAULT_MAX_CHUNK_BYTES): RenderedFile[] {
  return corpus.tables.filter((t) => t.rows.length > 0).flatMap((t) => renderTable(t, maxChunkBytes));
}

/** Relationships the corpus will load as, before entity linking adds its links. */
export function expectedRelationshipsBeforeLinking(m: CorpusManifest): number {
  return Object.values(m.counts.relations).reduce((a, b) => a + b, 0) + m.counts.authorships + m.counts.issued;
}
