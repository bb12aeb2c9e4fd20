// Creates or replaces entities. $rows: [{ id, kind, props }]. SET n = props replaces every
// property, so a field removed from data/ disappears from the graph too; labels other than
// Entity and the kind (added in the graph behind data/'s back) are removed.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.kind)
WITH n, [l IN labels(n) WHERE l <> 'Entity' AND l <> row.kind] AS extra
REMOVE n:$(extra)
