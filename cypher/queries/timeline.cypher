// Dated happenings in order: dates on entities (adoption, opening for signature and entry into
// force of instruments, publication of papers and documents, decisions, events, foundings) and on
// relationships (signatures, ratifications, entries into force for a party, denunciations,
// memberships, withdrawals, positions, adoptions). Dates are ISO strings, possibly partial; a
// partial date counts as its first day (cypher/README.md), so '2001' is padded to '2001-01-01'
// before comparing and sorting, while `date` keeps what was stored. A paper's year may be stored
// as a float (2019.0): toInteger first, or it prints as "2019.0" and sorts after "2019-09-09".
// $from, $to: full ISO dates or null ($to is already widened to the last day of a partial date);
// $kinds: kind strings or null (subject or object of that kind); $limit.
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
  MATCH (n:Entity)-[r:SIGNED]->(m:Entity) WHERE r.date IS NOT NULL
  RETURN toString(r.date) AS date, 'signature' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:PARTY_TO]->(m:Entity) WHERE r.consented IS NOT NULL
  RETURN toString(r.consented) AS date, 'ratification' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:PARTY_TO]->(m:Entity) WHERE r.inForce IS NOT NULL
  RETURN toString(r.inForce) AS date, 'entry-into-force' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:PARTY_TO]->(m:Entity) WHERE r.until IS NOT NULL
  RETURN toString(r.until) AS date, 'denunciation' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:MEMBER_OF]->(m:Entity) WHERE r.since IS NOT NULL
  RETURN toString(r.since) AS date, 'membership' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:MEMBER_OF]->(m:Entity) WHERE r.until IS NOT NULL
  RETURN toString(r.until) AS date, 'withdrawal' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  MATCH (n:Entity)-[r:HOLDS_POSITION]->(m:Entity) WHERE r.date IS NOT NULL
  RETURN toString(r.date) AS date, 'position' AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  // An ADOPTED relationship on the instrument's own adoption date repeats the instrument's event.
  MATCH (n:Entity)-[r:ADOPTED]->(m:Entity) WHERE r.date IS NOT NULL AND NOT (m.adopted IS NOT NULL AND toString(m.adopted) = toString(r.date))
  RETURN toString(r.date) AS date, 'adoption' AS what, n AS subject, m.id AS objectId, r AS rel
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
