// Authors of papers, in the order of the paper's author list (AUTHORED.position).
// $ids: paper ids.
UNWIND $ids AS id
MATCH (p:Entity {id: id})<-[a:AUTHORED]-(person:Entity)
WITH id, a, person ORDER BY a.position
RETURN id, collect(person {.*, text: null, hash: null}) AS authors
