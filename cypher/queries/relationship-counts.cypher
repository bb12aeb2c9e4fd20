// How many relationships an entity has of each type and direction, for expanding a hub by type
// (the explorer's expand menu). Same date rule as relationships-count.cypher: with $asOf, only
// what held that day, at both ends. No row at all when the entity does not exist; one row with
// a null type when it exists with no relationships.
// $id: entity id; $asOf: a day (start of) or null.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                    AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo > $asOf))
RETURN type(r) AS type, startNode(r) = n AS outgoing, count(r) AS count
ORDER BY count DESC, type, outgoing DESC
