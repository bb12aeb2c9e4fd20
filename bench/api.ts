/**
 * API benchmark: p50/p95/p99 latency and throughput of GraphQL `search`, `neighbourhood`
 * (depth 1), `paths`, `standing` and `timeline` at 1 and 32 concurrent clients on the loaded synthetic graph (scale 1:
 * about a million relationships), beside the same Cypher run directly through the driver in the
 * same run (bench/lib/workload.ts says exactly what "the same" covers).
 *
 * Loopback only: the API server runs in a child process on 127.0.0.1 (bench/lib/api-process.ts),
 * Neo4j is the benchmark's own embedded instance on a copy of the cached store.
 * Each measurement is bounded: at most --seconds seconds (default 15) and --max-requests requests.
 *
 * `npm run bench -- api` or `tsx bench/api.ts [--scale 1] [--seconds 15]`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../server/src/config.ts';
import { startApiServer } from './lib/api-process.ts';
import { openLoadedGraph } from './lib/graph.ts';
import { graphqlClient } from './lib/http.ts';
import { closedLoop, type LoadResult } from './lib/load.ts';
import type { Cell, Goal } from './lib/report.ts';
import { log, runSection } from './lib/section.ts';
import { ratio } from './lib/stats.ts';
import { directOp, graphqlOp, pickInputs, QUERIES, type OpName } from './lib/workload.ts';

const OPS: OpName[] = ['search', 'neighbourhood', 'paths', 'standing', 'timeline'];
const CONCURRENCY = [1, 32];

interface Pair {
  op: OpName;
  concurrency: number;
  direct: LoadResult;
  graphql: LoadResult | null;
}

await runSection(
  { name: 'api', title: 'GraphQL API', command: 'npm run bench -- api', options: { scale: { type: 'string' }, seconds: { type: 'string' }, 'max-requests': { type: 'string' } } },
  async ({ values }) => {
    const scale = Number(values.scale ?? 1);
    const durationMs = Number(values.seconds ?? 15) * 1000;
    const maxRequests = Number(values['max-requests'] ?? 50_000);
    const notes: string[] = [];
    const appPresent = existsSync(path.join(ROOT, 'server/src/http/app.ts'));
    if (!appPresent) notes.push('server/src/http/app.ts is not there yet: only the direct-driver side was measured; the GraphQL side runs once the API lands.');

    const graph = await openLoadedGraph(scale, log);
    const api = appPresent ? await startApiServer(graph.neo.uri, graph.neo.password) : null;
    const client = api ? graphqlClient(api.url, { timeoutMs: 30_000 }) : null;
    const pairs: Pair[] = [];
    try {
      const inputs = await pickInputs(graph.neo.db);
      // One request of each kind first: a schema mismatch should say so, not show as 100% errors.
      if (client) {
        for (const op of OPS) {
          const first = await graphqlOp(client, op, inputs)(0);
          if (first !== 'ok') notes.push(`The first GraphQL ${op} request answered ${first} (query: ${QUERIES[op]}).`);
        }
      }
      for (const op of OPS) {
        for (const concurrency of CONCURRENCY) {
          const bounds = { concurrency, durationMs, maxRequests, warmupRequests: Math.max(20, concurrency * 4) };
          log(`${op} at ${concurrency} client(s): direct driver...`);
          const direct = await closedLoop({ ...bounds, op: directOp(graph.neo.db, op, inputs) });
          log(`  direct: ${direct.throughput} req/s, p99 ${direct.latencyMs.p99} ms; GraphQL...`);
          const gql = client ? await closedLoop({ ...bounds, op: graphqlOp(client, op, inputs) }) : null;
          if (gql) log(`  GraphQL: ${gql.throughput} req/s, p99 ${gql.latencyMs.p99} ms, errors ${gql.errors}`);
          pairs.push({ op, concurrency, direct, graphql: gql });
        }
      }
    } finally {
      client?.close();
      const died = api?.exited();
      if (died) notes.push(`The API server process ended during the run (${JSON.stringify(died)}): ${api!.stderrTail().slice(-500)}`);
      await api?.stop();
      await graph.neo.stop();
      graph.dispose();
    }

    const rows: Cell[][] = pairs.map((p) => [
      p.op,
      p.concurrency,
      p.graphql?.requests ?? null,
      p.graphql?.throughput ?? null,
      p.graphql?.latencyMs.p50 ?? null,
      p.graphql?.latencyMs.p95 ?? null,
      p.graphql?.latencyMs.p99 ?? null,
      p.graphql?.errors ?? null,
      p.direct.throughput,
      p.direct.latencyMs.p50,
      p.direct.latencyMs.p95,
      p.direct.latencyMs.p99,
      p.direct.errors,
      ratio(p.graphql?.throughput, p.direct.throughput),
      ratio(p.graphql?.latencyMs.p99, p.direct.latencyMs.p99),
    ]);
    const errors = pairs.flatMap((p) => Object.entries(p.graphql?.outcomes ?? {}).filter(([k]) => k !== 'ok').map(([k, n]) => `${p.op}@${p.concurrency} GraphQL: ${n} x ${k}`));
    const directErrors = pairs.flatMap((p) => Object.entries(p.direct.outcomes).filter(([k]) => k !== 'ok').map(([k, n]) => `${p.op}@${p.concurrency} direct: ${n} x ${k}`));
    if (errors.length || directErrors.length) notes.push(`Errors: ${[...errors, ...directErrors].join('; ')}`);

    const withGql = pairs.filter((p) => p.graphql);
    const worst = withGql.reduce<Pair | null>((w, p) => (w === null || (ratio(p.graphql!.throughput, p.direct.throughput) ?? 0) < (ratio(w.graphql!.throughput, w.direct.throughput) ?? 0) ? p : w), null);
    const n32 = pairs.find((p) => p.op === 'neighbourhood' && p.concurrency === 32);
    const goals: Goal[] = [
      {
        goal: 'GraphQL throughput at least 0.6 of direct driver calls (every operation, 1 and 32 clients)',
        met: worst ? withGql.every((p) => (ratio(p.graphql!.throughput, p.direct.throughput) ?? 0) >= 0.6) : null,
        detail: worst ? `lowest ratio ${ratio(worst.graphql!.throughput, worst.direct.throughput)} (${worst.op} at ${worst.concurrency} clients: ${worst.graphql!.throughput} vs ${worst.direct.throughput} req/s)` : 'the API was not measured',
      },
      {
        goal: 'p99 of a depth-1 neighbourhood under 20 ms at 32 clients',
        met: n32?.graphql ? n32.graphql.latencyMs.p99 < 20 : null,
        detail: n32?.graphql ? `p99 ${n32.graphql.latencyMs.p99} ms (direct driver: ${n32.direct.latencyMs.p99} ms)` : 'the API was not measured',
      },
      {
        goal: 'no errors under load',
        met: withGql.length ? errors.length === 0 : null,
        detail: errors.length ? errors.join('; ') : `${withGql.reduce((n, p) => n + p.graphql!.requests, 0).toLocaleString('en')} GraphQL requests, all answered without error`,
      },
    ];
    return {
      status: !appPresent ? 'partial' : 'ok',
      notes: [
        `Graph: the scale-${scale} synthetic corpus (${graph.origin.cached ? 'copied from the cached store' : `loaded now in ${Math.round((graph.origin.loadMs ?? 0) / 1000)} s`}${graph.origin.loadMethod.startsWith('bare') ? ', loaded by the batched baseline loader because runIngest could not load it' : ''}), embedded Neo4j with its own temporary copy of the store. Inputs drawn with a fixed seed: ids of papers, states, persons, duties, instruments and organisations; search texts that are names, typed prefixes, topic words, acronyms and author names; paths from states to duties (70%) and papers to states (30%); standings of states (85%) and organisations toward duties (60%) and instruments; timelines of one to three calendar years between 1990 and 2026.`,
        `Each cell: closed loop, warm-up first, then at most ${durationMs / 1000} s or ${maxRequests.toLocaleString('en')} requests. The API server runs in its own process with the production configuration except the rate limit (lifted).`,
        'Direct driver = the operation\'s main .cypher file with the resolver\'s parameters, through the project\'s Database.read (a READ transaction, the same driver settings). The GraphQL side additionally runs the resolvers\' lookups (entity by id; for paths a second search through hubs when fewer than 3 paths avoid them, and counter-evidence per hop), so the ratio is the whole cost of the API layer.',
        ...notes,
      ],
      goals,
      tables: [
        {
          title: `Latency (ms) and throughput (requests/s): GraphQL vs the same Cypher through the driver, scale ${scale}`,
          columns: ['operation', 'clients', 'GraphQL requests', 'GraphQL req/s', 'GraphQL p50', 'GraphQL p95', 'GraphQL p99', 'GraphQL errors', 'direct req/s', 'direct p50', 'direct p95', 'direct p99', 'direct errors', 'throughput ratio GraphQL/direct', 'p99 ratio GraphQL/direct'],
          rows,
          note: 'Throughput ratio: 1 means no overhead (goal: at least 0.6). p99 ratio: how many times slower the GraphQL tail is.',
        },
      ],
      data: { scale, durationMs, maxRequests, graphOrigin: graph.origin, pairs },
    };
  },
);
