/**
 * A trace as text: the GraphQL request that reproduces it (to copy). The memo itself is the
 * server's (`memo` in the API); the client no longer writes one of its own.
 * Pure functions, unit-tested.
 */
import { PATHS } from '../api/queries.ts';
import type { TraceSpec } from '../state/url.ts';

export function traceVariables(spec: TraceSpec, asOf: string | null): Record<string, unknown> {
  return { from: spec.from, to: spec.to, maxLength: spec.maxLength, first: spec.first, asOf };
}

/** The exact operation the explorer ran, with its variables, ready to paste into GraphiQL or curl. */
export function traceRequest(spec: TraceSpec, asOf: string | null): string {
  return `${PATHS}\n\n# variables\n${JSON.stringify(traceVariables(spec, asOf), null, 2)}\n`;
}
