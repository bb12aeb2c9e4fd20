// After a bulk import (server/src/ingest/bulk.ts): relationship property values CSV cannot
// carry, set through Bolt. Found from their start entity by type and key (keys are unique per
// import). $rows: [{ key, type, from, to, props }].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.key = row.key
SET r += row.props
