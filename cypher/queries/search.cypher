// Full-text search over the `entity_text` index (name, searchText, summary, abstract).
// $query is a Lucene query built by server/src/graphql/search/lucene.ts from escaped user text:
// the user's characters can never form Lucene syntax. $kinds (list or null) filters after
// scoring, so the index is asked for $candidates (> $limit) hits.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*, text: null, hash: null} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit
