import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { traceRequest } from '../memo.ts';

const spec = { from: 'state:FRA', to: 'duty:due-diligence', first: 3, maxLength: 4 };

// The memo itself is the server's (tests/integration/api and the e2e trace tests read it); the
// client only copies the request that reproduces a trace.
describe('trace request', () => {
  it('copies a runnable request: the operation and its variables', () => {
    const text = traceRequest(spec, null);
    const [op, vars] = text.split('# variables');
    expect(() => parse(op!)).not.toThrow();
    expect(JSON.parse(vars!)).toEqual({ from: 'state:FRA', to: 'duty:due-diligence', maxLength: 4, first: 3, asOf: null });
  });
});
