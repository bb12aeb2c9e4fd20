/**
 * A validation rule that refuses mutations and subscriptions up front. The schema has neither
 * type, but graphql-js only notices that at execution ("Schema is not configured to execute
 * mutation operation"), as an error without a code that would reach clients as
 * INTERNAL_SERVER_ERROR. Here it is a clear GRAPHQL_VALIDATION_FAILED (HTTP 400).
 */
import { GraphQLError, type ValidationRule } from '../graphql-js.ts';

export const ReadOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError(
          `This endpoint is read-only: it serves queries only, and has no ${node.operation} type. Data changes go through ingestion (npm run ingest).`,
          {
            nodes: [node],
          },
        ),
      );
    }
  },
});
