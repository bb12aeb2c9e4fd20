// Last statement of every import transaction: records what is now loaded.
MATCH (m:AtlasMeta {key: 'data'})
SET m.dataVersion = $dataVersion, m.loadedAt = $loadedAt, m.counts = $counts, m.lockedBy = null
