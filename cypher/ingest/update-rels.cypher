// Replaces the properties of relationships whose content changed. $rows: [{ key, from, to, props }].
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.key = row.key
SET r = row.props
