/**
 * A loaded graph for the API and soak benchmarks: an embedded Neo4j on a copy of a cached store
 * that holds the synthetic corpus as ingestion loads it.
 *
 * Why a cache: loading the million-relationship corpus takes minutes; the API and soak
 * benchmarks measure reads, so they start from a store loaded once (by bench/ingest.ts, or here
 * on first use) and copied per run (the soak kills Neo4j, so it must never run on the cache).
 * The cache (bench/corpus/stores/, git-ignored) is keyed by the corpus (generator version, seed,
 * scale) and by a fingerprint of the ingestion code and Cypher, so a change to how data is
 * stored rebuilds it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../server/src/config.ts';
import { prepareData, runIngest } from '../../server/src/ingest/index.ts';
import { writeAllDegrees } from '../../server/src/ingest/degrees.ts';
import { applySchema, DEFAULT_BATCH_SIZE } from '../../server/src/ingest/load.ts';
import { bareLoad } from './baseline.ts';
import type { CorpusManifest } from '../../server/src/generate/index.ts';
import { ensureCorpus } from './corpus.ts';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j.ts';

const MARKER = 'atlas-bench-store.json';

export function storeCacheDir(scale: number): string {
  return path.join(ROOT, 'bench/corpus/stores', `scale-${scale}`);
}

/** Hash of everything that decides what the stored graph looks like. */
export function ingestFingerprint(): string {
  const hash = createHash('sha1');
  for (const dir of ['server/src/ingest', 'cypher/ingest']) {
    // Files only: the unit tests beside the code (__tests__/) do not decide what is stored.
    for (const f of readdirSync(path.join(ROOT, dir), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
      hash.update(f).update(readFileSync(path.join(ROOT, dir, f)));
    }
  }
  hash.update(readFileSync(path.join(ROOT, 'cypher/schema.cypher')));
  return hash.digest('hex').slice(0, 16);
}

function cacheKey(m: CorpusManifest): string {
  return `v${m.version}-seed${m.seed}-scale${m.scale}-ingest${ingestFingerprint()}`;
}

export function cachedStore(scale: number, manifest: CorpusManifest): string | null {
  const dir = storeCacheDir(scale);
  const marker = path.join(dir, MARKER);
  if (!existsSync(marker)) return null;
  const saved = JSON.parse(readFileSync(marker, 'utf8')) as { key: string };
  return saved.key === cacheKey(manifest) ? dir : null;
}

/** Saves a stopped Neo4j store as the cache for this corpus. */
export function saveStoreToCache(scale: number, manifest: CorpusManifest, storeDir: string, info: Record<string, unknown>): void {
  const dir = storeCacheDir(scale);
  rmSync(dir, { recursive: true, force: true });
  cpSync(storeDir, dir, { recursive: true, filter: (src) => !src.endsWith('launcher.log') });
  writeFileSync(path.join(dir, MARKER), JSON.stringify({ key: cacheKey(manifest), savedAt: new Date().toISOString(), ...info }, null, 2));
}

export interface LoadedGraph {
  neo: BenchNeo4j;
  manifest: CorpusManifest;
  /** How the graph came to be: copied from the cache, or loaded now (with the time it took). */
  origin: { cached: boolean; loadMs: number | null; copyMs: number; loadMethod: string };
  /** Removes the working copy (after neo.stop()). */
  dispose(): void;
}

export async function openLoadedGraph(scale: number, log: (m: string) => void, opts: { heapMb?: number; pageCacheMb?: number } = {}): Promise<LoadedGraph> {
  const { dir, manifest } = ensureCorpus(scale, log);
  let loadMs: number | null = null;
  let cache = cachedStore(scale, manifest);
  let loadMethod: string = 'cache';
  if (!cache) {
    log(`No cached store for the scale-${scale} corpus: loading it with runIngest (once; later runs reuse it)...`);
    const neo = await startBenchNeo4j({ log });
    const started = performance.now();
    try {
      try {
        await runIngest({ db: neo.db, dataDir: dir });
        loadMethod = 'runIngest';
      } catch (err) {
        // The read benchmarks need the graph, not the import: if the one-transaction import
        // cannot load this size (heap), load the same rows in batches and say so in the report.
        log(`runIngest failed (${String((err as Error).message).split('\n')[0]}); loading the same rows with the batched baseline loader instead...`);
        const prepared = prepareData({ dataDir: dir });
        // runIngest is all-or-nothing: its failed transaction left the database empty.
        await applySchema(neo.db);
        await bareLoad(neo.db, prepared, DEFAULT_BATCH_SIZE);
        // What ingestion also stores (the neighbourhood reads it): without it the reads measured would not be the app's.
        await writeAllDegrees(neo.db);
        loadMethod = 'bare UNWIND CREATE and stored degrees (runIngest failed)';
      }
      loadMs = Math.round(performance.now() - started);
    } catch (err) {
      await neo.stop();
      throw err;
    }
    // A clean shutdown checkpoints the store, so the copy is consistent.
    await neo.stop({ keepStore: true });
    saveStoreToCache(scale, manifest, neo.storeDir, { loadMs, loadMethod });
    rmSync(neo.storeDir, { recursive: true, force: true });
    cache = storeCacheDir(scale);
  } else {
    const marker = JSON.parse(readFileSync(path.join(cache, MARKER), 'utf8')) as { loadMethod?: string };
    if (marker.loadMethod && marker.loadMethod !== 'runIngest') loadMethod = marker.loadMethod;
  }
  const copyStarted = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-graph-'));
  cpSync(cache, work, { recursive: true });
  const copyMs = Math.round(performance.now() - copyStarted);
  log(`Starting Neo4j on a copy of the scale-${scale} store (${copyMs} ms to copy)...`);
  const neo = await startBenchNeo4j({ storeDir: work, log, heapMb: opts.heapMb, pageCacheMb: opts.pageCacheMb });
  return { neo, manifest, origin: { cached: loadMs === null, loadMs, copyMs, loadMethod }, dispose: () => rmSync(work, { recursive: true, force: true }) };
}
