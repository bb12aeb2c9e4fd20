// What is loaded: the data version (content hash of data/), when, and counts (JSON).
OPTIONAL MATCH (m:AtlasMeta {key: 'data'})
RETURN m.dataVersion AS dataVersion, m.loadedAt AS loadedAt, m.counts AS counts
