// Every entity's id: the entities whose stored degrees a sync recomputes when it removed entities
// (their relationships went with them, so any neighbour's degree may have changed).
MATCH (n:Entity)
RETURN n.id AS id
