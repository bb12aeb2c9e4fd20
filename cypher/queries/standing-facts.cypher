// Everything the legal rules (server/src/law/) need to decide where each actor stands toward one
// norm: treaty rows, own positions with their documents, recorded silence, treaties the actor is
// party to that express the duty, positions of organisations it belongs to, attribution
// statements of its own that invoke the duty (where the norm's treaty rows come from is read once
// per norm, by standing-status-sources.cypher).
// Dates are not filtered here: the rules compare them to the day asked about with their precision.
// Entities come whole (but for the seed documents' `text` and the ingestion `hash`, as in
// entities-by-id.cypher): the API puts them in the request's entity loader, so answering a
// standing with its actor, norm and each basis's instrument, organisation or document costs no
// further read (issue 16: those lookups were three more round trips per standing).
// $actors: ids; $norm: id. One row per actor.
MATCH (norm:Entity {id: $norm})
UNWIND $actors AS actorId
MATCH (a:Entity {id: actorId})
RETURN a {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS actor,
  norm {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS norm,
  [(a)-[r:SIGNED]->(norm) | properties(r)] AS signatures,
  [(a)-[r:PARTY_TO]->(norm) | properties(r)] AS parties,
  [(a)-[r:HOLDS_POSITION]->(norm) | {props: properties(r),
     document: head(COLLECT { MATCH (d:Document {id: r.document}) RETURN d {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} })}] AS positions,
  [(a)-[r:NO_PUBLIC_POSITION]->(d:Duty) WHERE d = norm OR (norm)-[:PART_OF*1..3]->(d) | {props: properties(r), duty: d {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}}] AS silences,
  [(a)-[p:PARTY_TO]->(i:Instrument)-[e:EXPRESSES]->(norm) | {instrument: i {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}, party: properties(p), expresses: properties(e)}] AS treaties,
  [(a)-[m:MEMBER_OF]->(o:Organisation)-[h:HOLDS_POSITION]->(norm) | {organisation: o {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}, membership: properties(m), position: properties(h)}] AS organisations,
  [(a)<-[:ATTRIBUTED_BY]-(x:Attribution)-[v:INVOKES]->(norm) | {attribution: x {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}, date: x.date, invokes: properties(v),
     statement: head([(x)-[:STATED_IN]->(s:Document) | s {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}])}] AS practice
