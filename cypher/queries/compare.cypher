// Positions of several actors on duties (all the duties they hold positions on, or $duties).
// $types: the position types (server/src/model/); $ids: actor ids; $duties: duty ids or null;
// $asOf: ISO date or null.
MATCH (h:Entity)-[r]->(d:Entity)
WHERE h.id IN $ids
  AND type(r) IN $types
  AND ($duties IS NULL OR d.id IN $duties)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
RETURN h.id AS holder, d {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS duty, properties(r) AS props
ORDER BY d.name, h.id, r.key
