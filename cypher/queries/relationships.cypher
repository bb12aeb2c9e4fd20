// One page of an entity's relationships, ordered by their stable `key` (keyset pagination).
// Direction is a parameter, not spliced text: OUT keeps relationships that start at the entity,
// IN those that end at it. "As of" follows cypher/README.md on both the relationship and the
// entity at the other end.
// $id, $direction ('OUT'|'IN'|'BOTH'), $types (list or null), $stances (lower-case list or null),
// $asOf (ISO date or null), $after (key or null), $limit (page size + 1).
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  AND ($types IS NULL OR type(r) IN $types)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                     AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo > $asOf)))
  AND ($after IS NULL OR r.key > $after)
RETURN type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS props, m {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS other
ORDER BY r.key
LIMIT $limit
