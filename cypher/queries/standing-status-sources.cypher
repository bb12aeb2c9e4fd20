// Where a norm's signature and party rows come from (its primary sources, most used first): the
// chart a "not bound" verdict names. Once per norm, not once per actor. $norm: id; $types: the
// signature and consent types (from server/src/model/).
// One typed expansion per type (issue 16): `type(t) IN $types` walked every relationship into the
// norm, and a duty has thousands (mentions, citations) and no signatures at all.
MATCH (n:Entity {id: $norm})
UNWIND $types AS type
MATCH (:Entity)-[t:$(type)]->(n)
UNWIND range(0, size(t.ev_sources) - 1) AS i
WITH t.ev_sources[i] AS sourceRef, t.ev_locators[i] AS locator, t.ev_curations[i] AS curation
WHERE curation = 'primary'
WITH sourceRef, head(collect(locator)) AS locator, count(*) AS count
ORDER BY count DESC
RETURN sourceRef, locator, count
LIMIT 3
