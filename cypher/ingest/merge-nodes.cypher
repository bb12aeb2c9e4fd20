// Creates or replaces entities. $rows: [{ id, kind, props }]. SET n = props replaces every
// property, so a field removed from data/ disappears from the graph too.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.kind)
