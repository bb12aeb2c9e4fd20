// Removes what an interrupted staged load left behind (never visible to the API). Runs in
// auto-commit mode: CALL { ... } IN TRANSACTIONS keeps each deletion batch small.
MATCH (n:AtlasStaging)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
