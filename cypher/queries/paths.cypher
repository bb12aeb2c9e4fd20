// Up to 30 shortest simple paths (no entity twice) of 1..$maxLength hops between two entities,
// any direction. SHORTEST k runs a bidirectional breadth-first search, so the cost is bounded by
// the graph around both ends, not by the number of paths. Ranking and the top `first` happen in
// server/src/graphql/paths/rank.ts.
// Intermediate entities with more than $hubDegree relationships (the UN General Assembly, treaties
// with a hundred parties) are skipped: "both are UN members" explains nothing. The resolver runs
// the query again with a huge $hubDegree only when too few paths avoid hubs.
// Read as `queries/paths@n` for at most n hops (server/src/neo4j/cypher.ts lowers the {1,5} below:
// a length filter would not stop the search, which goes on to 5 hops while it has fewer than 30).
// $from, $to: ids; $types (list or null); $asOf (ISO date or null); $hubDegree.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 30 (
  (a)
  ((x)-[r WHERE ($types IS NULL OR type(r) IN $types)
             AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))]-
   (y WHERE y = b OR (COUNT { (y)--() } <= $hubDegree
                      AND ($asOf IS NULL OR ((y.validFrom IS NULL OR y.validFrom <= $asOf) AND (y.validTo IS NULL OR y.validTo > $asOf)))))){1,5}
  (b)
  WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..])
)
RETURN [n IN nodes(p) | n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null, degree: COUNT { (n)--() }}] AS nodes,
       [x IN relationships(p) | {type: type(x), start: startNode(x).id, props: properties(x)}] AS rels
