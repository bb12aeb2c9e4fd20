// Where a norm's signature and party rows come from (its primary sources, most used first): the
// chart a "not bound" verdict names. Once per norm, not once per actor. $norm: id; $types: the
// signature and consent types (from server/src/model/).
MATCH (:Entity)-[t]->(:Entity {id: $norm})
WHERE type(t) IN $types
UNWIND range(0, size(t.ev_sources) - 1) AS i
WITH t.ev_sources[i] AS sourceRef, t.ev_locators[i] AS locator, t.ev_curations[i] AS curation
WHERE curation = 'primary'
WITH sourceRef, head(collect(locator)) AS locator, count(*) AS count
ORDER BY count DESC
RETURN sourceRef, locator, count
LIMIT 3
