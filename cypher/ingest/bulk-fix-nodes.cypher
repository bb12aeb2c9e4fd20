// After a bulk import (server/src/ingest/bulk.ts): the property values CSV cannot carry (empty
// lists, strings the importer would trim), set through Bolt. $rows: [{ id, props }].
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
