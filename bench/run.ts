/**
 * `npm run bench [-- ingest api render soak] [--quick] [--scales 0.01,0.1,1] [--scale 1]`
 *
 * Runs every benchmark of the project (or the named subset), each in its own Node process
 * (a fresh heap per benchmark, and a crash in one cannot lose the others' figures), collects
 * their sections and writes bench/results/latest.json and bench/results/latest.md. Benchmarks
 * not run this time keep their previous figures (with their own date) in the report.
 *
 * Order: ingest first (it leaves the loaded scale-1 store the API and soak benchmarks start
 * from), then api, render, soak (the soak kills Neo4j, so it runs last on its own copy).
 *
 * Not part of `npm test`: these take minutes and need quiet cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './lib/machine.ts';
import { mergeReport, readReport, renderMarkdown, writeAtomically, type Section } from './lib/report.ts';
import { issueTargets } from './lib/targets.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(HERE, 'results');
const ALL = ['ingest', 'api', 'render', 'start', 'soak'] as const;
type Name = (typeof ALL)[number];

const { values, positionals } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    scale: { type: 'string' },
    'soak-seconds': { type: 'string' },
    'api-seconds': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

if (values.help) {
  process.stdout.write(`Usage: npm run bench [-- ${ALL.join(' ')}] [--quick] [--scales 0.01,0.1,1] [--scale 1] [--api-seconds 15] [--soak-seconds 180]
  names        run only these benchmarks (default: all, in the order above)
  --quick      small and short: ingest at 0.01 and 0.1, API and soak on the 0.1 graph for a few seconds
  --scales     corpus sizes of the ingest benchmark (default 0.01,0.1,1)
  --scale      corpus size of the graph the API, render and soak benchmarks query (default 1)
See bench/README.md.
`);
  process.exit(0);
}

const unknown = positionals.filter((p) => !(ALL as readonly string[]).includes(p));
if (unknown.length) {
  process.stderr.write(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${ALL.join(', ')}.\n`);
  process.exit(2);
}
const selected: Name[] = positionals.length ? ALL.filter((n) => positionals.includes(n)) : [...ALL];
const quick = values.quick;
const graphScale = values.scale ?? (quick ? '0.1' : '1');

function argsFor(name: Name): string[] {
  switch (name) {
    case 'ingest':
      return ['--scales', values.scales ?? (quick ? '0.01,0.1' : '0.01,0.1,1'), '--api-scale', graphScale];
    case 'api':
      return ['--scale', graphScale, '--seconds', values['api-seconds'] ?? (quick ? '4' : '15')];
    case 'render':
      return ['--scale', graphScale, ...(quick ? ['--quick'] : [])];
    case 'start':
      return [];
    case 'soak':
      return ['--scale', graphScale, '--seconds', values['soak-seconds'] ?? (quick ? '30' : '180'), ...(quick ? ['--fault-seconds', '45'] : [])];
  }
}

function missingSection(name: Name, why: string): Section {
  return {
    name,
    title: name === 'render' ? 'Explorer rendering (Chromium)' : name,
    status: 'skipped',
    notes: [why],
    measuredAt: new Date().toISOString(),
    durationS: 0,
    command: `npm run bench -- ${name}`,
    machine: machineInfo(),
    goals: [],
    tables: [],
    data: null,
  };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-run-'));
const sections: Section[] = [];
for (const name of selected) {
  const script = path.join(HERE, `${name}.ts`);
  if (!existsSync(script)) {
    // The hook for benchmarks other engineers own (bench/render.ts: the client's Chromium benchmark).
    process.stdout.write(`\n=== ${name}: bench/${name}.ts does not exist yet; recorded as skipped.\n`);
    sections.push(
      missingSection(
        name,
        `bench/${name}.ts is not written yet. Contract: a script that calls runSection() from bench/lib/section.ts and writes one Section to the file given by --out; bench/run.ts passes ${argsFor(name).join(' ')}.`,
      ),
    );
    continue;
  }
  const out = path.join(tmp, `${name}.json`);
  process.stdout.write(`\n=== ${name}: node bench/${name}.ts ${argsFor(name).join(' ')}\n`);
  // A big heap for the ingest benchmark: prepareData holds the whole million-row corpus.
  const r = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', script, '--out', out, ...argsFor(name)], {
    stdio: 'inherit',
    cwd: path.join(HERE, '..'),
  });
  if (existsSync(out)) sections.push(JSON.parse(readFileSync(out, 'utf8')) as Section);
  else sections.push({ ...missingSection(name, `bench/${name}.ts ended (${r.status ?? r.signal}) without writing its section.`), status: 'failed' });
}
rmSync(tmp, { recursive: true, force: true });

mkdirSync(RESULTS, { recursive: true });
const jsonFile = path.join(RESULTS, 'latest.json');
const report = mergeReport(readReport(jsonFile), sections, machineInfo());
// Issue 16's goals, every one of them, from whatever the sections (this run's and earlier) hold.
report.targets = issueTargets(report, new Set(sections.map((s) => s.name)));
writeAtomically(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
writeAtomically(path.join(RESULTS, 'latest.md'), renderMarkdown(report));
process.stdout.write(`\nWrote bench/results/latest.json and bench/results/latest.md (${sections.map((s) => `${s.name}: ${s.status}`).join(', ')}).\n`);
process.exit(sections.some((s) => s.status === 'failed') ? 1 : 0);
