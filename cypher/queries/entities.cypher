// One page of entities of one kind (or all), ordered by name then id (keyset pagination:
// the cursor carries the last name and id, so pages stay stable while reading).
// $kind: kind label string or null; $afterName, $afterId: cursor or null; $limit: page size + 1.
MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
RETURN n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node
ORDER BY n.name, n.id
LIMIT $limit
