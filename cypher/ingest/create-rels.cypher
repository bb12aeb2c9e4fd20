// Creates relationships the plan found missing. $rows: [{ key, type, from, to, props }].
// CREATE, not MERGE: the plan already knows they are new, and MERGE would scan every
// relationship of a hub (the General Assembly has 193) for each row.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
