// The current graph's relationships between entities, for planning a sync (see read-nodes).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.key AS key, r.hash AS hash, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, elementId(r) AS eid
