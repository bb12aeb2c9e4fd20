// Removes relationships ingestion never wrote (no key, or a second copy of a key), found by a
// sync's content check. $eids: [elementId].
UNWIND $eids AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r
