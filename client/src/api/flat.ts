/**
 * Codegen types an interface field with inline fragments (`entity { ... on Paper { year } ... on
 * Case { decided } }`) as a union, one member per distinct selection. The panels read such answers
 * field by field ("the year, if there is one"), which a union does not allow without narrowing
 * each time. `Flat` turns the union into one object: the fields every member has stay as they are,
 * the others become optional. Every member of the union is assignable to it, so the compiler
 * still checks the wire type against the panel-facing one.
 */
type KeysOfAny<U> = U extends unknown ? keyof U : never;
type ValueIn<U, K extends PropertyKey> = U extends { [P in K]: infer V } ? V : never;

export type Flat<U> = { [K in keyof U]: U[K] } & { [K in Exclude<KeysOfAny<U>, keyof U>]?: ValueIn<U, K> };
