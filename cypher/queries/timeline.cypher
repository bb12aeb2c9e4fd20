// Dated happenings in order: dates on entities (adoption, opening for signature and entry into
// force of instruments, publication of papers and documents, decisions, events, foundings,
// incidents, attributions, responses) and on relationships (signatures, ratifications, entries
// into force for a party, denunciations, memberships, withdrawals, positions, adoptions).
// Dates are ISO strings, possibly partial; a partial date counts as its first day
// (cypher/README.md), so '2001' is padded to '2001-01-01' before comparing and sorting, while
// `date` keeps what was stored. A paper's year is a number (2019 or 2019.0): toInteger first.
//
// Indexed (issue 16): each branch reads one date property through its range index
// (cypher/schema.cypher: timeline_* indexes, on nodes and on relationships), so a call reads the
// dates in [$from, $to] instead of every dated node and relationship. The index range is a
// superset: from the first of $from's year (a stored '2001' or '2001-11' may pad to a day on or
// after $from: '2001' < '2001-01-01' as strings) to $to ('2001' <= '2001-01-01' <= $to); the exact
// padded comparison follows. One branch per relationship event of the model (server/src/model/:
// RELATIONSHIP[t].events, passed in as $events: a branch whose event the model dropped yields
// nothing); an event without a branch is scanned by the last one. Each branch is written
// ()-[r:T]->() with the ends' labels checked after: the planner then has one relationship and
// its index to consider (with both ends labelled, planning the union took twice as long).
// The papers' branch is also cut at $limit in the final order (a paper's day is its year's 1
// January, and `what` is the same for all of them, so year then name is that order): at scale 1
// a two-year page read 4,696 papers to keep 200. Other branches grow with the world, not with
// the scholarship, and are not cut. Every paper has a name (ingestion copies the title).
// PROFILE notes: timeline.plan.md.
// $from, $to: full ISO dates or null ($to is already widened to the last day of a partial date);
// $kinds: kind strings or null (subject or object of that kind); $limit;
// $events: [{type, field, what, sameAs}] (relationship events, from the model).
CALL () {
  MATCH (n:Instrument) WHERE n.adopted >= coalesce(left($from, 4), '') AND n.adopted <= coalesce($to, '9999-12-31')
  RETURN toString(n.adopted) AS date, 'adoption' AS what, n AS subject, n.adoptedBy AS objectId, null AS rel
  UNION ALL
  MATCH (n:Instrument) WHERE n.openedForSignature >= coalesce(left($from, 4), '') AND n.openedForSignature <= coalesce($to, '9999-12-31')
  RETURN toString(n.openedForSignature) AS date, 'opened-for-signature' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Instrument) WHERE n.entryIntoForce >= coalesce(left($from, 4), '') AND n.entryIntoForce <= coalesce($to, '9999-12-31')
  RETURN toString(n.entryIntoForce) AS date, 'entry-into-force' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  // Papers: read in (year, name) order from timeline_paper_year_name and cut at $limit here, so
  // a page reads about $limit papers instead of every paper of the range (see the header). The
  // exact day and the kinds are checked before the cut, or the cut could keep papers dropped later.
  // No index hint: `n.name IS NOT NULL` lets the planner pick the composite index by itself, and
  // a store without it (an older schema on a server) still answers, only slower.
  MATCH (n:Paper)
  WHERE n.year >= toInteger(coalesce(left($from, 4), '0')) AND n.year <= toInteger(coalesce(left($to, 4), '9999')) AND n.name IS NOT NULL
    AND ($from IS NULL OR toString(toInteger(n.year)) + '-01-01' >= $from) AND ($kinds IS NULL OR 'Paper' IN $kinds)
  WITH n ORDER BY n.year, n.name LIMIT $limit
  RETURN toString(toInteger(n.year)) AS date, 'publication' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Document) WHERE n.date >= coalesce(left($from, 4), '') AND n.date <= coalesce($to, '9999-12-31')
  RETURN toString(n.date) AS date, 'publication' AS what, n AS subject, n.issuer AS objectId, null AS rel
  UNION ALL
  MATCH (n:Case) WHERE n.decided >= coalesce(left($from, 4), '') AND n.decided <= coalesce($to, '9999-12-31')
  RETURN toString(n.decided) AS date, 'decision' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Event) WHERE n.date >= coalesce(left($from, 4), '') AND n.date <= coalesce($to, '9999-12-31')
  RETURN toString(n.date) AS date, 'event' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Organisation) WHERE n.founded >= coalesce(left($from, 4), '') AND n.founded <= coalesce($to, '9999-12-31')
  RETURN toString(n.founded) AS date, 'founding' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Incident) WHERE n.started >= coalesce(left($from, 4), '') AND n.started <= coalesce($to, '9999-12-31')
  RETURN toString(n.started) AS date, 'incident' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Incident) WHERE n.discovered >= coalesce(left($from, 4), '') AND n.discovered <= coalesce($to, '9999-12-31')
  RETURN toString(n.discovered) AS date, 'discovery' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Attribution) WHERE n.date >= coalesce(left($from, 4), '') AND n.date <= coalesce($to, '9999-12-31')
  RETURN toString(n.date) AS date, 'attribution' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
  MATCH (n:Response) WHERE n.date >= coalesce(left($from, 4), '') AND n.date <= coalesce($to, '9999-12-31')
  RETURN toString(n.date) AS date, 'response' AS what, n AS subject, null AS objectId, null AS rel
  UNION ALL
// BEGIN Generated by `npm run schema` from server/src/model/ (timeline events): do not edit
  UNWIND [e IN $events WHERE e.type = 'HOLDS_POSITION' AND e.field = 'date'] AS e
  MATCH ()-[r:HOLDS_POSITION]->() WHERE r.date >= coalesce(left($from, 4), '') AND r.date <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.date))
  RETURN toString(r.date) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'PARTY_TO' AND e.field = 'consented'] AS e
  MATCH ()-[r:PARTY_TO]->() WHERE r.consented >= coalesce(left($from, 4), '') AND r.consented <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.consented))
  RETURN toString(r.consented) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'PARTY_TO' AND e.field = 'inForce'] AS e
  MATCH ()-[r:PARTY_TO]->() WHERE r.inForce >= coalesce(left($from, 4), '') AND r.inForce <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.inForce))
  RETURN toString(r.inForce) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'PARTY_TO' AND e.field = 'until'] AS e
  MATCH ()-[r:PARTY_TO]->() WHERE r.until >= coalesce(left($from, 4), '') AND r.until <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.until))
  RETURN toString(r.until) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'SIGNED' AND e.field = 'date'] AS e
  MATCH ()-[r:SIGNED]->() WHERE r.date >= coalesce(left($from, 4), '') AND r.date <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.date))
  RETURN toString(r.date) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'MEMBER_OF' AND e.field = 'since'] AS e
  MATCH ()-[r:MEMBER_OF]->() WHERE r.since >= coalesce(left($from, 4), '') AND r.since <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.since))
  RETURN toString(r.since) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'MEMBER_OF' AND e.field = 'until'] AS e
  MATCH ()-[r:MEMBER_OF]->() WHERE r.until >= coalesce(left($from, 4), '') AND r.until <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.until))
  RETURN toString(r.until) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'ADOPTED' AND e.field = 'date'] AS e
  MATCH ()-[r:ADOPTED]->() WHERE r.date >= coalesce(left($from, 4), '') AND r.date <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.date))
  RETURN toString(r.date) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'ATTRIBUTED_BY' AND e.field = 'date'] AS e
  MATCH ()-[r:ATTRIBUTED_BY]->() WHERE r.date >= coalesce(left($from, 4), '') AND r.date <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.date))
  RETURN toString(r.date) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE e.type = 'RESPONSE_BY' AND e.field = 'date'] AS e
  MATCH ()-[r:RESPONSE_BY]->() WHERE r.date >= coalesce(left($from, 4), '') AND r.date <= coalesce($to, '9999-12-31')
  WITH e, r, startNode(r) AS n, endNode(r) AS m WHERE n:Entity AND m:Entity
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r.date))
  RETURN toString(r.date) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
  UNION ALL
  UNWIND [e IN $events WHERE NOT e.type + '.' + e.field IN ['HOLDS_POSITION.date', 'PARTY_TO.consented', 'PARTY_TO.inForce', 'PARTY_TO.until', 'SIGNED.date', 'MEMBER_OF.since', 'MEMBER_OF.until', 'ADOPTED.date', 'ATTRIBUTED_BY.date', 'RESPONSE_BY.date']] AS e
  MATCH (n:Entity)-[r:$(e.type)]->(m:Entity) WHERE r[e.field] IS NOT NULL
    AND NOT (e.sameAs IS NOT NULL AND m[e.sameAs] IS NOT NULL AND toString(m[e.sameAs]) = toString(r[e.field]))
  RETURN toString(r[e.field]) AS date, e.what AS what, n AS subject, m.id AS objectId, r AS rel
// END generated
}
WITH date, what, subject, objectId, rel,
     CASE size(date) WHEN 4 THEN date + '-01-01' WHEN 7 THEN date + '-01' ELSE date END AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  AND ($kinds IS NULL OR subject.kind IN $kinds OR EXISTS { MATCH (o:Entity {id: objectId}) WHERE o.kind IN $kinds })
// Order and cut first, then look up objects and project: only $limit rows are projected.
WITH date, day, what, subject, objectId, rel
ORDER BY day, what, subject.name
LIMIT $limit
OPTIONAL MATCH (object:Entity {id: objectId})
RETURN date, what, subject {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS subject, object {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null} AS object,
       CASE WHEN rel IS NULL THEN null ELSE properties(rel) END AS relProps,
       CASE WHEN rel IS NULL THEN null ELSE type(rel) END AS relType
ORDER BY day, what, subject.name
