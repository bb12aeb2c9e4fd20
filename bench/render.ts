/**
 * `npm run bench -- render` (or `npx tsx bench/render.ts [--sizes 500,2000] [--quick]`):
 * the explorer's rendering in headless Chromium, canvas renderer (baseline) and Cytoscape's
 * WebGL renderer in the same run, for 500, 2,000, 5,000 and 10,000 elements.
 *
 * The graph is a connected piece of the generated corpus (bench/corpus/scale-0.01, generated on
 * first use): breadth-first from the best-connected duty, nodes added with their relationships
 * to nodes already taken, until the element count (nodes + edges) is reached. It is served with
 * the built client, which in `?bench=N` mode (client/src/bench.ts) draws it with the production
 * stylesheet and layout code and measures:
 *   - first render: creating the instance to the first painted frame (grid positions),
 *   - settled layout: fCoSE, not animated, from the request until its positions are drawn (views
 *     over 150 nodes lay out in the explorer's layout worker), and the longest main-thread task
 *     meanwhile (Long Tasks API, tasks of 50 ms and more): whether the layout blocks input; also
 *     the longest while the worker computed (what is left is applying, framing and redrawing),
 *   - frame time while panning: 120 animation frames, each panning the viewport.
 *
 * Caveat: headless Chromium on a machine without a GPU runs WebGL on SwiftShader (a CPU
 * rasteriser), so WebGL figures here are a lower bound on what a real GPU gives.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ElementDefinition } from 'cytoscape';
import { prepareData } from '../server/src/ingest/index.ts';
import { buildClientOnce } from '../tests/support/build-client.ts';
import { launchChromium, requireChromium } from '../tests/support/chromium.ts';
import { ensureCorpus } from './lib/corpus.ts';
import { log, runSection } from './lib/section.ts';
import { sampleGraph, type CorpusGraph } from '../client/src/bench-sample.ts';
import { emptyBenchResult, type BenchResult } from '../client/src/bench-result.ts';

const RENDERERS = ['canvas', 'webgl'] as const;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Static client/dist plus the sampled graphs at /__bench/graph.json?n=N. */
function serve(dist: string, graphs: Map<number, ElementDefinition[]>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/__bench/graph.json') {
      const g = graphs.get(Number(url.searchParams.get('n')));
      res.writeHead(g ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(g ?? { error: 'unknown size' }));
      return;
    }
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function corpusGraph(scale: number): CorpusGraph {
  const { dir } = ensureCorpus(scale, log);
  log(`Reading the scale-${scale} corpus...`);
  const prepared = prepareData({ dataDir: dir });
  if (prepared.errors.length) throw new Error(`the corpus does not validate: ${prepared.errors[0]?.message}`);
  return {
    nodes: prepared.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: String(n.props.name ?? n.props.title ?? n.id),
      validFrom: (n.props.validFrom as string | null) ?? null,
    })),
    rels: prepared.rels.map((r) => ({
      id: r.key,
      type: r.type,
      from: r.from,
      to: r.to,
      stance: typeof r.props.stance === 'string' ? r.props.stance.toUpperCase() : null,
    })),
  };
}

const f1 = (v: number): number => Math.round(v * 10) / 10;
/** A worker figure: '-' when no worker ran. */
const f1OrDash = (v: number | null): number | '-' => (v === null ? '-' : f1(v));

await runSection(
  {
    name: 'render',
    title: 'Explorer rendering (Chromium)',
    command: 'npm run bench -- render',
    options: { scale: { type: 'string' }, quick: { type: 'boolean' }, sizes: { type: 'string' }, renderers: { type: 'string' } },
  },
  async ({ values }) => {
    const sizes = String(values.sizes ?? (values.quick ? '500,2000' : '500,2000,5000,10000'))
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    const renderers = RENDERERS.filter((r) =>
      String(values.renderers ?? RENDERERS.join(','))
        .split(',')
        .includes(r),
    );
    requireChromium();
    const dist = await buildClientOnce();
    // A small corpus is enough: at most 10,000 elements are drawn, and it reads in seconds.
    const graph = corpusGraph(0.01);
    const graphs = new Map(sizes.map((n) => [n, sampleGraph(graph, n)]));
    for (const [n, els] of graphs)
      log(`sample ${n}: ${els.filter((e) => e.group === 'nodes').length} nodes, ${els.filter((e) => e.group === 'edges').length} edges`);
    const server = await serve(dist, graphs);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    const results: BenchResult[] = [];
    try {
      for (const n of sizes) {
        for (const renderer of renderers) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
          page.on('pageerror', (e) => log(`  page error: ${e.message}`));
          page.on('console', (m) => m.type() === 'error' && log(`  console: ${m.text()}`));
          log(`${n} elements, ${renderer}...`);
          await page.goto(`${base}/?bench=${n}&renderer=${renderer}`);
          const done = await page
            .waitForFunction(() => !!window.__benchResult, undefined, { timeout: 240_000, polling: 500 })
            .then(
              () => true,
              () => false,
            );
          const r = done
            ? ((await page.evaluate(() => window.__benchResult)) as BenchResult)
            : { ...emptyBenchResult(n, renderer), error: `no result within 240 s (stage: ${await page.title()})` };
          log(
            `  first render ${f1(r.firstRenderMs)} ms, layout ${f1(r.layoutMs)} ms (${r.layoutInWorker ? 'worker' : 'page'}, longest task ${f1(r.layoutLongestTaskMs)} ms, ${f1OrDash(r.layoutWorkerLongestTaskMs)} ms while the worker ran; worker round trip ${f1OrDash(r.layoutWorkerRoundTripMs)} ms, of which computing ${f1OrDash(r.layoutWorkerComputeMs)} ms), frame ${f1(r.frameMeanMs)} ms (p95 ${f1(r.frameP95Ms)})${r.error ? `, error: ${r.error}` : ''}`,
          );
          results.push(r);
          await page.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
    const at = (n: number, renderer: string): BenchResult | undefined => results.find((r) => r.n === n && r.renderer === renderer && !r.error);
    const c5 = at(5000, 'canvas');
    const best5 = [at(5000, 'canvas'), at(5000, 'webgl')].filter((x): x is BenchResult => !!x).sort((a, b) => a.frameMeanMs - b.frameMeanMs)[0];
    const failed = results.filter((r) => r.error);
    return {
      status: failed.length ? 'partial' : 'ok',
      notes: [
        'Headless Chromium 1280×720 on this machine; WebGL runs on SwiftShader (CPU) without a GPU, so its figures are a lower bound.',
        `Graphs sampled breadth-first from the generated corpus (bench/corpus/scale-0.01: at most 10,000 elements are needed, so --scale ${String(values.scale ?? '-')} is not used); production stylesheet, lean drawing above 2,500 elements and fCoSE settings, as in the explorer.`,
        ...failed.map((r) => `${r.n} elements (${r.renderer}) failed: ${r.error}`),
      ],
      goals: [
        {
          goal: '5,000 elements laid out in under 2 s without blocking input (no main-thread task of 50 ms or more meanwhile)',
          met: c5 ? c5.layoutMs < 2000 && c5.layoutLongestTaskMs < 50 : null,
          detail: c5
            ? `${f1(c5.layoutMs / 1000)} s, ${c5.layoutInWorker ? 'in the worker' : 'on the page'}, longest task ${f1(c5.layoutLongestTaskMs)} ms (${f1OrDash(c5.layoutWorkerLongestTaskMs)} ms while the worker ran) (canvas)`
            : 'not measured',
        },
        {
          goal: '5,000 elements panned at a frame p95 under 33 ms',
          met: best5 ? best5.frameP95Ms < 33 : null,
          detail: best5 ? `p95 ${f1(best5.frameP95Ms)} ms, mean ${f1(best5.frameMeanMs)} ms (${best5.renderer})` : 'not measured',
        },
      ],
      tables: [
        {
          title: 'Time to first render, settled layout and frame time while panning',
          columns: [
            'elements',
            'nodes',
            'edges',
            'renderer',
            'first render (ms)',
            'layout (ms)',
            'layout in',
            'longest task in layout (ms)',
            'of which while the worker ran (ms)',
            'worker round trip (ms)',
            'of which computing (ms)',
            'frame mean (ms)',
            'frame p95 (ms)',
          ],
          rows: results.map((r) => [
            r.n,
            r.nodes,
            r.edges,
            r.renderer,
            f1(r.firstRenderMs),
            f1(r.layoutMs),
            r.layoutInWorker ? 'worker' : 'page',
            f1(r.layoutLongestTaskMs),
            f1OrDash(r.layoutWorkerLongestTaskMs),
            f1OrDash(r.layoutWorkerRoundTripMs),
            f1OrDash(r.layoutWorkerComputeMs),
            f1(r.frameMeanMs),
            f1(r.frameP95Ms),
          ]),
          note: 'Canvas is the baseline; the layout does not depend on the renderer (both rows run it).',
        },
      ],
      data: results,
    };
  },
);
