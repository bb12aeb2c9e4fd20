// Just before a sync commits, in its own small transaction: readers that see this marker retry
// (server/src/neo4j/consistent.ts), because Neo4j applies a large commit over a second or more
// and a query running meanwhile could see part of it. A separate node, so the sync's own
// transaction (which holds the AtlasMeta lock) does not block it.
MERGE (p:AtlasPublishing {key: 'data'})
SET p.publishing = $run, p.since = timestamp()
