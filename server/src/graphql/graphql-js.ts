/**
 * graphql-js, imported from one place and from its CommonJS entry on purpose.
 *
 * The `graphql` package ships both `index.mjs` and `index.js`. Node, and with it Apollo Server,
 * graphql-armor and @graphql-tools, loads `index.js`; Vite's resolver (Vitest) prefers
 * `index.mjs`. Two copies in one process break `instanceof` checks: "Cannot use
 * GraphQLObjectType from another module or realm", and GraphQLErrors thrown here would look
 * foreign to Apollo and lose their codes. Importing `graphql/index.js` gives every caller the
 * same copy, in production and in tests.
 */
export {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  buildSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  valueFromAST,
} from 'graphql/index.js';
export type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationRule,
  ValueNode,
} from 'graphql/index.js';
