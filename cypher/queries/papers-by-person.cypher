// Papers written by persons, newest first.
// $type: the authorship type (server/src/model/ TYPE_FOR.authorship); $ids: person ids.
UNWIND $ids AS id
MATCH (person:Entity {id: id})-[:$($type)]->(p:Entity)
WITH id, p ORDER BY p.year DESC, p.name
RETURN id, collect(p {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}) AS papers
