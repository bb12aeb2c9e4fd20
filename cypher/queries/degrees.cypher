// Degree (all relationship types, both directions) of each entity, for the DataLoader.
// COUNT { (n)--() } is answered from the node's degree store, not by walking its relationships.
// $ids: list of entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)--() } AS degree
