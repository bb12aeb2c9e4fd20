// Every relationship between entities, for the JSON-LD export (GET /export/atlas.jsonld), in
// key order: its type, both ends, and its properties (provenance lists included; `hash` left out).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, r {.*, hash: null} AS props
ORDER BY r.key
