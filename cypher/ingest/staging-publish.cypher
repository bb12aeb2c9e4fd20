// Staged first load, step 3, inside the publishing transaction: every staged entity becomes an
// Entity of its kind at once. Returns how many were published.
MATCH (n:AtlasStaging)
REMOVE n:AtlasStaging
SET n:Entity
SET n:$(n.kind)
RETURN count(n) AS published
