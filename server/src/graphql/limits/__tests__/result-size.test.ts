import { parse, type OperationDefinitionNode } from '../../graphql-js.ts';
import { describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../caps.ts';
import { estimateResultSize } from '../result-size.ts';
import { buildSchema } from '../../server.ts';
import { IDE_EXAMPLES } from '../../../http/ide/examples.ts';

const schema = buildSchema();
function size(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return estimateResultSize(schema, doc, op, variables);
}

describe('result size estimate', () => {
  // Objects count, scalars come with them: entities 1, edges 10, node 10.
  it('multiplies list sizes down the tree', () => {
    expect(size('{ entities(first: 10) { edges { node { id } } } }')).toBe(1 + 10 + 10);
    expect(size('{ entities(first: 10) { edges { node { relationships(first: 5) { edges { node { type } } } } } } }')).toBe(1 + 10 + 10 + 10 + 50 + 50);
  });

  it('reads sizes from variables and schema defaults', () => {
    const q = 'query($n: Int) { entities(first: $n) { edges { node { id } } } }';
    expect(size(q, { n: 50 })).toBe(1 + 50 + 50);
    expect(size(q, {})).toBe(1 + 20 + 20);
  });

  it('follows fragments and inline fragments (a list without a size argument counts 10)', () => {
    const q = 'query { entities(first: 10) { ...E } } fragment E on EntityConnection { edges { node { ... on Paper { authors { id } } } } }';
    expect(size(q)).toBe(1 + 10 + 10 + 100);
  });

  it('flags a nested pagination bomb over the limit', () => {
    const bomb =
      '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { other { relationships(first: 100) { edges { node { type } } } } } } } } } } }';
    expect(size(bomb)).toBeGreaterThan(OPERATION_LIMITS.maxResultSize);
  });

  it('accepts every IDE example and a full neighbourhood for the explorer', () => {
    for (const ex of IDE_EXAMPLES) expect(size(ex.query, ex.variables), ex.title).toBeLessThan(OPERATION_LIMITS.maxResultSize / 2);
    const explorer = `{ neighbourhood(id: "org:unga", depth: 2, limit: 500) {
      nodes { id kind label degree entity { id name summary ... on Paper { year authorNames } } }
      edges { id source target type stance validFrom validTo properties evidence { sourceRef url locator quote } }
      truncated countsByKind { kind count } capped { id hidden } } }`;
    expect(size(explorer)).toBeLessThan(OPERATION_LIMITS.maxResultSize);
  });
});
