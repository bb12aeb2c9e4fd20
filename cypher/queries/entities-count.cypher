// How many entities of one kind (or all) there are, for EntityConnection.totalCount.
// $kind: kind label string or null.
MATCH (n:Entity)
WHERE $kind IS NULL OR n.kind = $kind
RETURN count(n) AS total
