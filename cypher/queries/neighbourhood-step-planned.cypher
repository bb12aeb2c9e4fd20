// One breadth-first step of an UNFILTERED neighbourhood, planned from the degrees ingestion
// stores on each entity (cypher/ingest/degrees.cypher): same rows as neighbourhood-step.cypher
// with every filter null, but a capped hub is not walked whole.
// How: the entity's degree per relationship type, in the order a capped hub shows them ($typeRank,
// then the type's name), gives how many of each type fit under $cap (whole types first, then
// part of one). Only those types are expanded, each with its own ORDER BY name LIMIT $cap, so
// the types after the cut are never touched and the counts (neighbours per kind) come from the
// stored lists. Within a type, neighbours keep the old order (name, then key), so the answer is
// the one neighbourhood-step.cypher gives (ranks are distinct per type: server/src/model/).
// Where the degrees are not stored (a staged first load still writing them, or a graph loaded
// by other means) they are counted here, with the same answers, only slower.
// PROFILE notes at scale 1: neighbourhood-step-planned.plan.md.
// $frontier: ids; $cap: max relationships kept per entity; $typeRank: map type -> rank (lower first).
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})
WITH n,
     CASE WHEN n.degTypes IS NULL
       THEN COLLECT { MATCH (n)-[r]-(:Entity) WITH type(r) AS t, count(*) AS c RETURN {t: t, c: c} }
       ELSE [i IN range(0, size(n.degTypes) - 1) | {t: n.degTypes[i], c: n.degCounts[i]}]
     END AS perType,
     CASE WHEN n.nbrKinds IS NULL
       THEN COLLECT { MATCH (n)--(m:Entity) WITH DISTINCT m WITH m.kind AS k, count(*) AS c RETURN {kind: k, count: c} }
       ELSE [i IN range(0, size(n.nbrKinds) - 1) | {kind: n.nbrKinds[i], count: n.nbrCounts[i]}]
     END AS countsByKind
WITH n, countsByKind, COLLECT { UNWIND perType AS x RETURN x ORDER BY coalesce($typeRank[x.t], 99), x.t } AS ranked
// How many of each type to show: the relationships of the types before it, then what is left.
WITH n, countsByKind, ranked,
     [i IN range(0, size(ranked) - 1) | {t: ranked[i].t, c: ranked[i].c, before: reduce(s = 0, x IN ranked[0..i] | s + x.c)}] AS acc
WITH n, countsByKind, reduce(s = 0, x IN ranked | s + x.c) AS total,
     [x IN acc WHERE x.before < $cap | {t: x.t, take: CASE WHEN x.c < $cap - x.before THEN x.c ELSE $cap - x.before END}] AS plan
CALL (n, plan) {
  UNWIND range(0, size(plan) - 1) AS pi
  CALL (n, plan, pi) {
    MATCH (n)-[r:$(plan[pi].t)]-(m:Entity)
    WITH r, m
    ORDER BY m.name, r.key
    LIMIT $cap
    RETURN collect({r: r, m: m}) AS rows
  }
  UNWIND range(0, size(rows[0..plan[pi].take]) - 1) AS j
  WITH pi, j, rows[j].r AS r, rows[j].m AS m
  ORDER BY pi, j
  RETURN collect({type: type(r), start: startNode(r).id, props: properties(r), other: m {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}, otherDegree: COUNT { (m)--() }}) AS edges
}
RETURN n.id AS id, n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node, COUNT { (n)--() } AS degree, total,
       reduce(s = 0, x IN countsByKind | s + x.count) AS neighbourCount, edges, countsByKind
