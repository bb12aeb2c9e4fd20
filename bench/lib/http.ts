/**
 * A minimal GraphQL-over-HTTP client for benchmarks: POST JSON over keep-alive loopback
 * connections (node:http, no fetch: less client overhead per request, so the figures are the
 * server's), with a hard per-request timeout so that a hanging server shows up as "timeout"
 * instead of stalling the benchmark.
 *
 * @example
 * const gql = graphqlClient('http://127.0.0.1:4000', { timeoutMs: 15_000 });
 * const r = await gql.post('{ stats { dataVersion } }');
 * r.outcome; // 'ok' | 'SERVICE_UNAVAILABLE' | 'http-500' | 'timeout' | 'connection-refused' ...
 */
import http from 'node:http';

export interface GraphQLResponse {
  status: number;
  outcome: string;
  body: unknown;
}

export interface GraphQLClient {
  post(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  get(path: string): Promise<{ status: number; body: string; outcome: string }>;
  close(): void;
}

export function graphqlClient(baseUrl: string, opts: { timeoutMs?: number; maxSockets?: number } = {}): GraphQLClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 64 });
  const url = new URL(baseUrl);
  const timeoutMs = opts.timeoutMs ?? 15_000;

  const request = (method: string, path: string, payload?: string) =>
    new Promise<{ status: number; body: string; outcome?: string }>((resolve) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method,
          agent,
          headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', () => resolve({ status: 0, body: '', outcome: 'response-error' }));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
      req.on('error', (err: NodeJS.ErrnoException) => {
        const outcome = err.message === 'timeout' ? 'timeout' : err.code === 'ECONNREFUSED' ? 'connection-refused' : err.code === 'ECONNRESET' ? 'connection-reset' : `network-${err.code ?? 'error'}`;
        resolve({ status: 0, body: '', outcome });
      });
      if (payload) req.write(payload);
      req.end();
    });

  return {
    async post(query, variables = {}) {
      const res = await request('POST', '/graphql', JSON.stringify({ query, variables }));
      if (res.outcome) return { status: 0, outcome: res.outcome, body: null };
      let body: unknown = null;
      try {
        body = JSON.parse(res.body);
      } catch {
        return { status: res.status, outcome: `http-${res.status}-not-json`, body: res.body.slice(0, 200) };
      }
      const errors = (body as { errors?: { extensions?: { code?: string } }[] }).errors;
      if (res.status >= 500 && !errors?.length) return { status: res.status, outcome: `http-${res.status}`, body };
      if (errors?.length) {
        const code = errors[0]?.extensions?.code ?? 'UNKNOWN';
        // A 500 is a 500 whatever the body says: the goal is "no 500s", not "no INTERNAL codes".
        return { status: res.status, outcome: res.status >= 500 && code !== 'SERVICE_UNAVAILABLE' ? `http-${res.status}-${code}` : code, body };
      }
      return { status: res.status, outcome: res.status === 200 ? 'ok' : `http-${res.status}`, body };
    },
    async get(path) {
      const res = await request('GET', path);
      return { status: res.status, body: res.body, outcome: res.outcome ?? (res.status === 200 ? 'ok' : `http-${res.status}`) };
    },
    close: () => agent.destroy(),
  };
}
