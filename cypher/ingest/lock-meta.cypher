// First statement of every import transaction: takes the write lock on the meta node, so two
// imports never interleave, and returns the version the plan was made against.
MERGE (m:AtlasMeta {key: 'data'})
SET m.lockedBy = $run
RETURN m.dataVersion AS dataVersion
