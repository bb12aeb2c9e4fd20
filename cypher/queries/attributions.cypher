// Attributions of incidents (and denials), filtered and paged, oldest first (date, then id):
// the API's `attributions` query. Keyset pagination: the cursor carries the last date and id.
// $incident, $by, $to: entity ids or null; $asOf: a full ISO date (the first day of a partial
// one) or null: attributions made on or before it; $afterDate, $afterId: cursor or null;
// $limit: page size + 1. $incidentType, $byType, $toType: the types ingestion derives from the
// attribution's `incident`, `by` and `to`; $linkedTypes: those an item links to (server/src/model/).
// All matches are collected once so that every row can carry the total: a page after the last
// one still needs it, hence the single row with a null attribution when the page is empty.
MATCH (a:Attribution)-[:$($incidentType)]->(i:Incident)
WHERE ($incident IS NULL OR i.id = $incident)
  AND ($by IS NULL OR EXISTS { (a)-[:$($byType)]->(:Entity {id: $by}) })
  AND ($to IS NULL OR EXISTS { (a)-[:$($toType)]->(:Entity {id: $to}) })
  AND ($asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo > $asOf)))
WITH a, i, coalesce(a.date, '') AS date
ORDER BY date, a.id
WITH collect({a: a, i: i, date: date}) AS matches
WITH size(matches) AS total,
  [m IN matches WHERE $afterId IS NULL OR m.date > $afterDate OR (m.date = $afterDate AND m.a.id > $afterId)][0..$limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS m
WITH total, m.a AS a, m.i AS i
RETURN total,
  a {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS attribution,
  i {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS incident,
  [(a)-[r]->(e:Entity) WHERE type(r) IN $linkedTypes | e {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}] AS linked
