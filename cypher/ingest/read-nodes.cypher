// The current graph's entities, for planning a sync.
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.hash AS hash
