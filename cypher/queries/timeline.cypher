// Dated happenings in order: dates on entities (adoption, opening for signature and entry into
// force of instruments, publication of papers and documents, decisions, events, foundings) and on
// relationships (signatures, ratifications, entries into force for a party, denunciations,
// memberships, withdrawals, positions, adoptions). Dates are ISO strings, possibly partial; a
// partial date counts as its first day (cypher/README.md), so '2001' is padded to '2001-01-01'
// before comparing and sorting, while `date` keeps what was stored. A paper's year may be stored
// as a float (2019.0): toInteger first, or it prints as "2019.0" and sorts after "2019-09-09".
// $from, $to: full ISO dates or null ($to is already widened to the last day of a partial date);
// $kinds: kind strings or null (subject or object of that kind); $limit;
// $events: [{type, field, what, sameAs}] (relationship events, from the model).
CALL () {
  MATCH (n:Instrument) WHERE n.adopted IS NOT NULL
  RETURN toString(n.adopted) AS date, 'adoption' AS what, n AS subject, n.adoptedBy AS objectId, null AS rel
  UNION ALL
  MATCH (n:Instrument) WHERE n.openedForSignature IS NOT NULL
  RETURN toString(n.openedForSignature) AS date, 'opened-for-signature' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Instrument) WHERE n.entryIntoForce IS NOT NULL
  RETURN toString(n.entryIntoForce) AS date, 'entry-into-force' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Paper) WHERE n.year IS NOT NULL
  RETURN toString(toInteger(n.year)) AS date, 'publication' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Document) WHERE n.date IS NOT NULL
  RETURN toString(n.date) AS date, 'publication' AS what, n AS subject, n.issuer AS objectId, null AS rel
  UNION ALL
  MATCH (n:Case) WHERE n.decided IS NOT NULL
  RETURN toString(n.decided) AS date, 'decision' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Event) WHERE n.date IS NOT NULL
  RETURN toString(n.date) AS date, 'event' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Organisation) WHERE n.founded IS NOT NULL
  RETURN toString(n.founded) AS date, 'founding' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  // Incidents (issue 14) by their start and, when sources give it, their discovery; attributions,
  // denials and responses on the day they were made.
  MATCH (n:Incident) WHERE n.started IS NOT NULL
  RETURN toString(n.started) AS date, 'incident' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Incident) WHERE n.discovered IS NOT NULL
  RETURN toString(n.discovered) AS date, 'discovery' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Attribution) WHERE n.date IS NOT NULL
  RETURN toString(n.date) AS date, 'attribution' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Response) WHERE n.date IS NOT NULL
  RETURN toString(n.date) AS date, 'response' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  // Relationship events, one row of $events per type and date field (server/src/model/: each
  // type's `events`). An event on the object's own date field of the same name (`sameAs`, e.g. an
  // adoption on the instrument's own adoption date) repeats the entity's event and is left out.
  UNWIND $events AS e
  MATCH (n:Entity)-[r:$(e.type)]->(m:Entity) WHERE r[e.field] IS NOT NULL
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r[e.field]))
  RETURN toString(r[e.field]) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
}
WITH date, what, subject, objectId, rel,
     CASE size(date) WHEN 4 THEN date + '-01-01' WHEN 7 THEN date + '-01' ELSE date END AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
OPTIONAL MATCH (object:Entity {id: objectId})
WITH date, day, what, subject, object, rel
WHERE $kinds IS NULL OR subject.kind IN $kinds OR object.kind IN $kinds
RETURN date, what, subject {.*, text: null, hash: null} AS subject, object {.*, text: null, hash: null} AS object,
       CASE WHEN rel IS NULL THEN null ELSE properties(rel) END AS relProps,
       CASE WHEN rel IS NULL THEN null ELSE type(rel) END AS relType
ORDER BY day, what, subject.name
LIMIT $limit
