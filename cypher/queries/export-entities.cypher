// Every entity of the graph, for the JSON-LD export (GET /export/atlas.jsonld), in id order.
// The stored-only properties (server/src/model/cypher-regions.ts: the seed documents' full `text`,
// the full-text `searchText`, the ingestion `hash`, the stored degrees) stay in the database: the
// export carries the facts and their sources, not internal or bulky fields.
MATCH (n:Entity)
RETURN n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node
ORDER BY n.id
