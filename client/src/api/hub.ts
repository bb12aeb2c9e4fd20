/**
 * What the expand menu of a hub asks the API (issue 15, Hubs): the entity's relationships counted
 * by type and direction (`relationshipCounts`), and all relationships of one type with the degree
 * of each other end, so the client can rank them by importance before drawing any. The operations
 * are checked against server/src/graphql/schema.graphql by client/src/api/__tests__/queries.test.ts.
 */
import { gql, type RequestOptions } from './client.ts';
import type { RelationshipCountsQuery, RelationshipCountsQueryVariables, RelationshipsOfTypeQuery, RelationshipsOfTypeQueryVariables } from './generated.ts';
import { asRelationshipTypes, type DrawableRelationship } from './queries.ts';

type WireCount = NonNullable<RelationshipCountsQuery['relationshipCounts']>[number];
/** One type and direction of the hub's relationships, counted. OUT: the hub is their start; IN: their end. */
export type TypeCount = WireCount & { direction: 'OUT' | 'IN' };

export const RELATIONSHIP_COUNTS = `query RelationshipCounts($id: ID!, $asOf: Date) {
  relationshipCounts(id: $id, asOf: $asOf) { type direction count }
}`;

export async function fetchTypeCounts(id: string, asOf: string | null, opts?: RequestOptions): Promise<TypeCount[]> {
  const data = await gql<RelationshipCountsQuery, RelationshipCountsQueryVariables>(RELATIONSHIP_COUNTS, { id, asOf }, opts);
  // The field is typed Direction, but a count is of one direction (the server never sends BOTH,
  // which would count relationships twice); the menu offers OUT and IN only.
  return (data.relationshipCounts ?? []).filter((c): c is TypeCount => c.direction !== 'BOTH');
}

export const RELATIONSHIPS_OF_TYPE = `query RelationshipsOfType($id: ID!, $types: [RelationshipType!], $direction: Direction, $asOf: Date, $first: Int, $after: String) {
  entity(id: $id) {
    id
    relationships(types: $types, direction: $direction, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { key type direction stance validFrom validTo properties other { id kind name degree ... on Paper { year } } evidence { sourceRef url locator quote source { id kind name } } } }
    }
  }
}`;

/**
 * Every relationship of the hub of these types (null = all) in this direction (null = both), up
 * to `max`, in pages of 100: all of them, because ranking needs the whole list.
 */
export async function fetchAllOfType(
  id: string,
  sel: { types: string[] | null; direction: 'OUT' | 'IN' | null; asOf: string | null },
  max: number,
  opts?: RequestOptions,
): Promise<{ rels: DrawableRelationship[]; total: number }> {
  const rels: DrawableRelationship[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const data: RelationshipsOfTypeQuery = await gql<RelationshipsOfTypeQuery, RelationshipsOfTypeQueryVariables>(
      RELATIONSHIPS_OF_TYPE,
      { id, types: asRelationshipTypes(sel.types), direction: sel.direction ?? 'BOTH', asOf: sel.asOf, first: 100, after },
      opts,
    );
    const page = data.entity?.relationships;
    if (!page) break;
    total = page.totalCount;
    rels.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || rels.length >= max) break;
    after = page.pageInfo.endCursor;
  }
  return { rels, total };
}

/** For client/src/api/__tests__/queries.test.ts, which checks every operation against the SDL. */
export const HUB_OPERATIONS = { RELATIONSHIP_COUNTS, RELATIONSHIPS_OF_TYPE };
