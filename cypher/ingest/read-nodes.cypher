// The current graph's entities, for planning a sync: the stored hash (has data/ changed?) and
// the labels and properties as stored (has the graph been changed behind data/'s back?), minus
// the degrees ingestion derives (degrees.cypher): null drops them from the fingerprint.
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.hash AS hash, labels(n) AS labels,
       n {.*, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS props, elementId(n) AS eid
