// Staged first load, step 2: relationships between staged entities. $rows: [{ type, from, to, props }].
UNWIND $rows AS row
MATCH (a:AtlasStaging {id: row.from})
MATCH (b:AtlasStaging {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
