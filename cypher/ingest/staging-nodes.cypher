// Staged first load, step 1: entities under the AtlasStaging label only (no Entity or kind
// label yet, so no API query can see them). $rows: [{ id, kind, props }].
UNWIND $rows AS row
CREATE (n:AtlasStaging)
SET n = row.props
