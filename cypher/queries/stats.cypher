// Counts per label and relationship type, and the data version, all from Neo4j's count store
// (constant time, even on the generated million-relationship graph). The graph counts list only
// what exists; the resolver fills in every kind and type of server/src/model/ (zero when absent),
// so this query names none of them.
OPTIONAL MATCH (m:AtlasMeta {key: 'data'})
WITH m.dataVersion AS dataVersion, m.loadedAt AS loadedAt
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN dataVersion, loadedAt,
  COUNT { (:Entity) } AS nodeCount,
  COUNT { ()-[]->() } AS relationshipCount,
  [n IN data.nodes WHERE n.label IS NOT NULL | {label: n.label, count: n.count}] AS nodesByLabel,
  [r IN data.relationships WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL
    | {type: r.relationshipType, count: r.count}] AS relationshipsByType
