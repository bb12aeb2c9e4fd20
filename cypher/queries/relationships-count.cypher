// How many relationships relationships.cypher would page through (same filters, no cursor).
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  AND ($types IS NULL OR type(r) IN $types)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                     AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo > $asOf)))
RETURN count(r) AS total
