// One breadth-first step of a neighbourhood: for every frontier entity, its relationships that pass
// the filters, ordered by importance (the $typeRank of the type, then the neighbour's name) and cut
// at $cap per entity, so a hub such as the UN General Assembly yields $cap neighbours and a count
// of the rest instead of hundreds of rows.
// The frontier entities come back too (`node`), so the first step also finds the centre: an
// unknown id gives no row. $frontier: ids; $cap: max relationships kept per entity; $types, $kinds, $stances (lower-case),
// $years (list of 'YYYY' strings: the relationship or the neighbour must date from one of them),
// $asOf: lists or null; $typeRank: map type -> rank (lower first).
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR m.kind IN $kinds)
    AND ($stances IS NULL OR r.stance IN $stances)
    AND ($years IS NULL OR left(toString(coalesce(r.validFrom, '')), 4) IN $years OR left(toString(coalesce(m.validFrom, '')), 4) IN $years)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                       AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo > $asOf)))
  WITH r, m
  ORDER BY coalesce($typeRank[type(r)], 99), m.name, r.key
  WITH collect({r: r, m: m}) AS found, collect(DISTINCT m) AS neighbours
  RETURN size(found) AS total, found[0..$cap] AS kept, neighbours
}
CALL (kept) {
  UNWIND kept AS k
  WITH k.r AS r, k.m AS m
  RETURN collect({type: type(r), start: startNode(r).id, props: properties(r), other: m {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}, otherDegree: COUNT { (m)--() }}) AS edges
}
CALL (neighbours) {
  UNWIND neighbours AS x
  WITH x.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS countsByKind
}
RETURN n.id AS id, n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node, COUNT { (n)--() } AS degree, total, size(neighbours) AS neighbourCount, edges, countsByKind
