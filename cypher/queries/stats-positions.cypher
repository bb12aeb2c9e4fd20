// Positions per rule and the holders behind them, for `stats`. $types: the relationship types
// that carry a position stance (from server/src/model/, so this file names none).
MATCH (h:Entity)-[r]->(d:Duty)
WHERE type(r) IN $types
WITH d, count(r) AS positions, count(DISTINCT h) AS holders, collect(DISTINCT h.id) AS holderIds
RETURN d.id AS duty, d.name AS name, positions, holders, holderIds
ORDER BY positions DESC, name
