// How many entities the graph holds (a staged load is only for an empty graph).
MATCH (n:Entity)
RETURN count(n) AS entities
