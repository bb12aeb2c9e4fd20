// Removes relationships that are no longer in data/. $rows: [{ key, from, to }].
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.key = row.key
DELETE r
