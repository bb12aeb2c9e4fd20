// Every entity of the graph, for the JSON-LD export (GET /export/atlas.jsonld), in id order.
// The seed documents' full `text`, the full-text `searchText` and the ingestion `hash` stay in the
// database: the export carries the facts and their sources, not internal or bulky fields.
MATCH (n:Entity)
RETURN n {.*, text: null, searchText: null, hash: null} AS node
ORDER BY n.id
