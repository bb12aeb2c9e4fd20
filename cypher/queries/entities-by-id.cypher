// Entities by id, for the per-request DataLoader (one round trip per batch).
// The seed documents' full `text` and the ingestion `hash` never leave the database.
// $ids: list of entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS node
