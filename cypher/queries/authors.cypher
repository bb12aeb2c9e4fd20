// Authors of papers, in the order of the paper's author list (the authorship's `position`).
// $type: the authorship type (server/src/model/ TYPE_FOR.authorship); $ids: paper ids.
UNWIND $ids AS id
MATCH (p:Entity {id: id})<-[a:$($type)]-(person:Entity)
WITH id, a, person ORDER BY a.position
RETURN id, collect(person {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}) AS authors
