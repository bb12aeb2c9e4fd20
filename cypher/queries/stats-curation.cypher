// Facts (entities and relationships) by their best curation status, for `stats`. Derived facts
// carry the status of the rule that made them (inferred). Scans every fact: asked for only when
// a client selects the field.
CALL () {
  MATCH (n:Entity) RETURN 'entity' AS what, n.curation AS curation, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN 'relationship' AS what, r.curation AS curation, count(*) AS count
}
RETURN what, curation, sum(count) AS count
ORDER BY what, curation
