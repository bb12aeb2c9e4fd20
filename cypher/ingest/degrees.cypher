// Stores on each entity its degree per relationship type and its neighbours per kind, so that a
// capped neighbourhood of a hub can be planned without walking the hub's relationships
// (cypher/queries/neighbourhood-step.cypher reads them; nothing else does).
// Parallel lists because a node property cannot be a map: degTypes[i] has degCounts[i]
// relationships (both directions); nbrKinds[i] has nbrCounts[i] distinct neighbours.
// Counted exactly as the neighbourhood counts: relationships to other entities (m:Entity).
// Written by every load and sync in the same transaction as the change (server/src/ingest/degrees.ts)
// and left out of the sync's tamper fingerprint (read-nodes.cypher): they are derived, not data.
// $ids: the entities whose relationships may have changed.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(:Entity)
  WITH type(r) AS t, count(r) AS c
  ORDER BY t
  RETURN [x IN collect({t: t, c: c}) WHERE x.t IS NOT NULL | x.t] AS degTypes,
         [x IN collect({t: t, c: c}) WHERE x.t IS NOT NULL | x.c] AS degCounts
}
CALL (n) {
  OPTIONAL MATCH (n)--(m:Entity)
  WITH DISTINCT m
  WITH m.kind AS k, count(m) AS c
  ORDER BY k
  RETURN [x IN collect({k: k, c: c}) WHERE x.k IS NOT NULL | x.k] AS nbrKinds,
         [x IN collect({k: k, c: c}) WHERE x.k IS NOT NULL | x.c] AS nbrCounts
}
SET n.degTypes = degTypes, n.degCounts = degCounts, n.nbrKinds = nbrKinds, n.nbrCounts = nbrCounts
