/**
 * A limit on the size of a response, estimated before anything runs.
 *
 * graphql-armor's cost limit counts fields, not list sizes, so it accepts
 * `entities(first: 100) { edges { node { relationships(first: 100) { edges { node { other {
 * relationships(first: 100) ... }}}}}}}`: a million objects and ten thousand Cypher queries
 * in a few lines. Here every object field's cost is the product of the list sizes above it: `first` or
 * `limit` as given (variables included, defaults from the schema), and a fixed estimate for
 * lists without one. Over OPERATION_LIMITS.maxResultSize the request is refused with
 * QUERY_TOO_LARGE (HTTP 400) before execution.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLNamedType,
} from '../graphql-js.ts';
import type { ApolloServerPlugin } from '@apollo/server';
import { KINDS, RELATIONSHIP_TYPES } from '../../model/vocabulary.ts';
import { apiError } from '../errors.ts';
import { CAPS, OPERATION_LIMITS } from './caps.ts';

/** Lists without a size argument: how many items to expect, at most, in practice. */
const LIST_ESTIMATES: Record<string, number> = {
  // 0 = the size argument of the field above (a connection's `first`, a subgraph's `limit`).
  'EntityConnection.edges': 0,
  'RelationshipConnection.edges': 0,
  'AttributionConnection.edges': 0,
  'Subgraph.nodes': 0,
  'Subgraph.edges': 0,
  'Subgraph.capped': 50,
  'Subgraph.countsByKind': KINDS.length,
  'Path.hops': 5,
  'Path.nodes': 6,
  'PathHop.counterEvidence': 10,
  'Comparison.cells': 500,
  'Comparison.actors': 50,
  'Comparison.duties': 50,
  'Memo.paths': 10,
  'Paper.authors': 10,
  'Person.papers': 20,
  'Stats.nodesByKind': KINDS.length,
  'Stats.relationshipsByType': RELATIONSHIP_TYPES.length,
  'Query.relationshipCounts': RELATIONSHIP_TYPES.length * 2,
};
const DEFAULT_LIST = 10;
const EVIDENCE_LIST = 5;

/**
 * Size arguments above their cap are refused by the resolver with a precise BAD_USER_INPUT
 * ("`first` must be between 1 and 100"); the estimate counts them at the cap so that this
 * clearer error is the one the client sees.
 */
const SIZE_CAPS: Record<string, number> = {
  'Query.entities': CAPS.entitiesFirst.max,
  'Query.search': CAPS.searchFirst.max,
  'Query.neighbourhood': CAPS.neighbourhoodLimit.max,
  'Query.paths': CAPS.pathsFirst.max,
  'Query.memo': CAPS.pathsFirst.max,
  'Query.positions': CAPS.positionsFirst.max,
  'Query.timeline': CAPS.timelineFirst.max,
  'Query.attributions': CAPS.attributionsFirst.max,
};

function sizeArgument(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  for (const name of ['first', 'limit']) {
    const def = field.args.find((a) => a.name === name);
    if (!def) continue;
    const value = args[name] ?? def.defaultValue;
    const cap = SIZE_CAPS[`${parent}.${field.name}`] ?? (field.name === 'relationships' ? CAPS.relationshipsFirst.max : Number.MAX_SAFE_INTEGER);
    if (typeof value === 'number' && Number.isFinite(value)) return Math.min(Math.max(0, value), cap);
  }
  return null;
}

export function estimateResultSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const visit = (set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, parentSize: number, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue; // cycles are rejected by validation anyway
        const type = schema.getType(frag.typeCondition.name.value) ?? parent;
        total += visit(frag.selectionSet, type, multiplier, parentSize, new Set([...seen, frag.name.value]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        total += visit(sel.selectionSet, type, multiplier, parentSize, seen);
        continue;
      }
      if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[sel.name.value];
      if (!field) continue;
      const args: Record<string, unknown> = {};
      for (const arg of sel.arguments ?? []) {
        const def = field.args.find((a) => a.name === arg.name.value);
        if (def) args[arg.name.value] = valueFromAST(arg.value, def.type, variables);
      }
      const ownSize = sizeArgument(parent.name, field, args);
      let size = 1;
      if (isListType(getNullableType(field.type))) {
        const estimate = LIST_ESTIMATES[`${parent.name}.${field.name}`];
        size = ownSize ?? (estimate === 0 ? parentSize : (estimate ?? (getNamedType(field.type).name === 'Evidence' ? EVIDENCE_LIST : DEFAULT_LIST)));
      }
      // Objects are what costs: each one is resolved, often loaded; their scalar fields come with them.
      if (sel.selectionSet) {
        const cost = multiplier * size;
        total += cost + visit(sel.selectionSet, getNamedType(field.type), cost, ownSize ?? parentSize, seen);
      }
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : null;
  return root ? visit(operation.selectionSet, root, 1, 1, new Set()) : 0;
}

export function resultSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const size = estimateResultSize(schema, document, operation, (request.variables ?? {}) as Record<string, unknown>);
          if (size > OPERATION_LIMITS.maxResultSize) {
            throw apiError(
              'QUERY_TOO_LARGE',
              `This query could return about ${Math.round(size).toLocaleString('en')} objects; the limit is ${OPERATION_LIMITS.maxResultSize.toLocaleString('en')}. Ask for smaller pages (first/limit) or fewer nested lists.`,
              { limit: OPERATION_LIMITS.maxResultSize },
            );
          }
        },
      };
    },
  };
}
