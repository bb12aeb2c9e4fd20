/**
 * graphql-armor's validation rules: depth, aliases, directives and static cost. Its token limit
 * is switched off on purpose: it has turned plain syntax errors into HTTP 500s (it throws from a
 * parser hook), whereas graphql-js's own `maxTokens` parse option, which Apollo exposes as
 * `parseOptions.maxTokens`, reports an ordinary GRAPHQL_PARSE_FAILED (tests/integration/api
 * check both the limit and a syntax error). Field suggestions are masked so that validation
 * errors do not map out the schema for a fuzzer (introspection is on anyway, but suggestions
 * also leak through when introspection is off in a fork).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { OPERATION_LIMITS } from './caps.ts';

export function armorProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}
