// Full-text search over the `entity_text` index (name, searchText, summary, abstract).
// $query is a Lucene query built by server/src/graphql/search/lucene.ts from escaped user text:
// the user's characters can never form Lucene syntax. $kinds (list or null) filters after
// scoring, so the index is asked for $candidates (> $limit) hits. searchText (names and aliases,
// stored for the index) is left out of the entity's map like every stored-only property, and
// returned beside it: the resolver shows which alias matched.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node, node.searchText AS searchText, score
ORDER BY score DESC, node.id
LIMIT $limit
