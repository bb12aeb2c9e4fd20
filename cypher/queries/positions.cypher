// Who holds what on a duty, optionally one stance, as of a day.
// $types: the position types (server/src/model/: the types with position stances); $duty: id;
// $stance: lower-case stance or null; $asOf: ISO date or null; $limit.
MATCH (h:Entity)-[r]->(d:Entity {id: $duty})
WHERE type(r) IN $types
  AND ($stance IS NULL OR r.stance = $stance)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
RETURN h {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS holder, properties(r) AS props
ORDER BY r.stance, h.name, r.key
LIMIT $limit
