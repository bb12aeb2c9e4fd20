// Counts per kind and relationship type, and the data version. Every COUNT here is answered from
// Neo4j's count store (constant time, even on the generated million-relationship graph); the
// lists name the kinds and types of cypher/README.md.
OPTIONAL MATCH (m:AtlasMeta {key: 'data'})
RETURN m.dataVersion AS dataVersion, m.loadedAt AS loadedAt,
  COUNT { (:Entity) } AS nodeCount,
  COUNT { ()-[]->() } AS relationshipCount,
  [
    {kind: 'State', count: COUNT { (:State) }},
    {kind: 'Organisation', count: COUNT { (:Organisation) }},
    {kind: 'Instrument', count: COUNT { (:Instrument) }},
    {kind: 'Duty', count: COUNT { (:Duty) }},
    {kind: 'Document', count: COUNT { (:Document) }},
    {kind: 'Case', count: COUNT { (:Case) }},
    {kind: 'Paper', count: COUNT { (:Paper) }},
    {kind: 'Person', count: COUNT { (:Person) }},
    {kind: 'Index', count: COUNT { (:Index) }},
    {kind: 'Event', count: COUNT { (:Event) }}
  ] AS nodesByKind,
  [
    {type: 'MEMBER_OF', count: COUNT { ()-[:MEMBER_OF]->() }},
    {type: 'SIGNED', count: COUNT { ()-[:SIGNED]->() }},
    {type: 'PARTY_TO', count: COUNT { ()-[:PARTY_TO]->() }},
    {type: 'ADOPTED', count: COUNT { ()-[:ADOPTED]->() }},
    {type: 'EXPRESSES', count: COUNT { ()-[:EXPRESSES]->() }},
    {type: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }},
    {type: 'DERIVES_FROM', count: COUNT { ()-[:DERIVES_FROM]->() }},
    {type: 'HOLDS_POSITION', count: COUNT { ()-[:HOLDS_POSITION]->() }},
    {type: 'DISCUSSES', count: COUNT { ()-[:DISCUSSES]->() }},
    {type: 'CITES', count: COUNT { ()-[:CITES]->() }},
    {type: 'RANKS', count: COUNT { ()-[:RANKS]->() }},
    {type: 'RIVAL_OF', count: COUNT { ()-[:RIVAL_OF]->() }},
    {type: 'LITIGANT_IN', count: COUNT { ()-[:LITIGANT_IN]->() }},
    {type: 'INVOLVES', count: COUNT { ()-[:INVOLVES]->() }},
    {type: 'AUTHORED', count: COUNT { ()-[:AUTHORED]->() }},
    {type: 'ISSUED', count: COUNT { ()-[:ISSUED]->() }},
    {type: 'MENTIONS', count: COUNT { ()-[:MENTIONS]->() }}
  ] AS relationshipsByType
