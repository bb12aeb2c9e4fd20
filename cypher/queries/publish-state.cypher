// Read before and after every API query in the same transaction: is a sync committing (a fresh
// marker; one older than $staleMs is left by a killed sync and ignored), and which sync was
// published last. $staleMs: milliseconds.
OPTIONAL MATCH (p:AtlasPublishing {key: 'data'})
RETURN coalesce(p.publishing IS NOT NULL AND timestamp() - p.since < $staleMs, false) AS publishing, p.published AS published
