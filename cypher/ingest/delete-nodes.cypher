// Removes entities (and their relationships) that are no longer in data/. $ids: [id].
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
