// The data version and load time of the graph (the AtlasMeta node written by ingestion).
OPTIONAL MATCH (m:AtlasMeta {key: 'data'})
RETURN m.dataVersion AS dataVersion, m.loadedAt AS loadedAt
