// Right after a sync committed (or failed): the new version is complete. `published` changes
// with every sync, so a reader that started before and ended after it notices (even a repair
// that keeps the data version).
MERGE (p:AtlasPublishing {key: 'data'})
SET p.publishing = null, p.published = $run
