/**
 * `npm run generate -- --scale N [--out DIR] [--seed S]`
 *
 * Writes a synthetic corpus of the same shape as data/ for benchmarks: scale 1 loads as about
 * 1,000,000 relationships around 100,000 papers; 0.01 and 0.1 are the smaller sizes of the
 * growth measurement. Default folder: bench/corpus/scale-<N> (git-ignored). Deterministic: the
 * same scale and seed always give the same files. It is never loaded into the user's store.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../config.ts';
import { TYPE_FOR } from '../model/vocabulary.ts';
import { DEFAULT_SEED, expectedRelationshipsBeforeLinking, generateCorpus, MAX_SCALE, MIN_SCALE } from '../generate/index.ts';
import { writeCorpus } from '../generate/write.ts';
import { fail } from './fail.ts';

const USAGE = `Usage: npm run generate -- --scale N [--out DIR] [--seed S]
  --scale N   size: 1 = about 1,000,000 relationships (${MIN_SCALE}..${MAX_SCALE}; 0.01 and 0.1 for quick runs)
  --out DIR   folder to write (default bench/corpus/scale-<N>); a folder made by an earlier run is replaced
  --seed S    seed of the pseudo-random generator (default ${DEFAULT_SEED})
`;

function defaultCorpusDir(scale: number): string {
  return path.join(ROOT, 'bench/corpus', `scale-${scale}`);
}

function main(): void {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || values.scale === undefined) {
    process.stdout.write(USAGE);
    if (!values.help) process.exit(2);
    return;
  }
  const scale = Number(values.scale);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) throw new Error(`--scale must be a number between ${MIN_SCALE} and ${MAX_SCALE}, got "${values.scale}"`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`);
  const outDir = path.resolve(values.out ?? defaultCorpusDir(scale));

  const started = performance.now();
  const corpus = generateCorpus({ scale, seed });
  const { files, bytes } = writeCorpus(outDir, corpus);
  const m = corpus.manifest;
  const nodes = Object.values(m.counts.nodes).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Wrote a synthetic corpus (scale ${scale}, seed ${seed}) to ${path.relative(process.cwd(), outDir) || '.'}: ` +
      `${files} files, ${(bytes / 1048576).toFixed(1)} MiB, in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
      `  records: ${nodes.toLocaleString('en')} entities, ${expectedRelationshipsBeforeLinking(m).toLocaleString('en')} relationships before linking (plus ${TYPE_FOR.linking} found at ingest)\n` +
      `  ${Object.entries(m.counts.nodes).map(([k, v]) => `${k} ${v}`).join(', ')}\n` +
      `  ${Object.entries(m.counts.relations).map(([k, v]) => `${k} ${v}`).join(', ')}, ${TYPE_FOR.authorship} ${m.counts.authorships}, ${TYPE_FOR.issuing} ${m.counts.issued}\n`,
  );
}

try {
  main();
} catch (err) {
  fail(err);
}
