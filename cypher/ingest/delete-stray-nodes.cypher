// Removes entities ingestion never wrote (no id), found by a sync's content check. $eids: [elementId].
UNWIND $eids AS eid
MATCH (n)
WHERE elementId(n) = eid
DETACH DELETE n
