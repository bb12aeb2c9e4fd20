/**
 * The synthetic corpus a benchmark needs, generated on first use into bench/corpus/scale-<N>
 * (git-ignored) and reused while its manifest says it was made by the same generator version
 * and seed. Generation is deterministic, so reusing is the same as regenerating, only faster.
 */
import path from 'node:path';
import { ROOT } from '../../server/src/config.ts';
import { DEFAULT_SEED, GENERATOR_VERSION, generateCorpus, type CorpusManifest } from '../../server/src/generate/index.ts';
import { readManifest, writeCorpus } from '../../server/src/generate/write.ts';

export function corpusDir(scale: number): string {
  return path.join(ROOT, 'bench/corpus', `scale-${scale}`);
}

export function ensureCorpus(scale: number, log: (m: string) => void = () => undefined): { dir: string; manifest: CorpusManifest; generatedMs: number | null } {
  const dir = corpusDir(scale);
  const existing = readManifest(dir);
  if (existing && existing.version === GENERATOR_VERSION && existing.seed === DEFAULT_SEED && existing.scale === scale) {
    return { dir, manifest: existing, generatedMs: null };
  }
  log(`Generating the scale-${scale} corpus into ${path.relative(ROOT, dir)}...`);
  const started = performance.now();
  const corpus = generateCorpus({ scale });
  writeCorpus(dir, corpus);
  return { dir, manifest: corpus.manifest, generatedMs: Math.round(performance.now() - started) };
}
