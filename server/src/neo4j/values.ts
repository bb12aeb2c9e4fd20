/**
 * Converts values coming out of neo4j-driver into plain JSON-friendly values.
 *
 * Neo4j integers are 64-bit; JavaScript numbers are exact only up to 2^53. Counts, ranks and
 * years always fit, so they become numbers; anything outside the safe range becomes a decimal
 * string instead of silently losing precision. Temporal values become ISO strings.
 *
 * @example
 * toPlain(neo4j.int(42)); // 42
 * toPlain(neo4j.int('9007199254740993')); // '9007199254740993'
 */
import neo4j, { isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    const int = value as ReturnType<typeof neo4j.int>;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return value.toString();
  if (isNode(value as never)) {
    const node = value as Node;
    return { ...plainObject(node.properties), _labels: node.labels, _elementId: node.elementId };
  }
  if (isRelationship(value as never)) {
    const rel = value as Relationship;
    return { ...plainObject(rel.properties), _type: rel.type, _elementId: rel.elementId, _start: rel.startNodeElementId, _end: rel.endNodeElementId };
  }
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
