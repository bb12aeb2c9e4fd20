// How many distinct entities of each kind surround a set of expanded entities (before caps),
// for a neighbourhood of depth 2 or 3. Same filters as neighbourhood-step.cypher.
// $ids: the expanded entities; $focus: the centre (not counted).
UNWIND $ids AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE m.id <> $focus
  AND ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND ($years IS NULL OR left(toString(coalesce(r.validFrom, '')), 4) IN $years OR left(toString(coalesce(m.validFrom, '')), 4) IN $years)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                     AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo > $asOf)))
WITH DISTINCT m
RETURN m.kind AS kind, count(*) AS count
