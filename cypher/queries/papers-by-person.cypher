// Papers written by persons, newest first.
// $ids: person ids.
UNWIND $ids AS id
MATCH (person:Entity {id: id})-[:AUTHORED]->(p:Entity)
WITH id, p ORDER BY p.year DESC, p.name
RETURN id, collect(p {.*, text: null, hash: null}) AS papers
