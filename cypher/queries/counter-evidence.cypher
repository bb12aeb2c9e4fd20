// Relationships that cut against a hop of a path: for each target (the entity a stance is about,
// usually a duty), the positions, discussions and citations of the opposite polarity.
// $targets: list of {target: id, negative: bool, exclude: key of the hop's own relationship}.
// A hop with a negative stance (voluntary, unsettled, contested, contrasts, contrasting) is
// countered by positive ones (binding, supports, supporting), and the other way round.
// $types: the types that carry stances, in the order items are listed (positions, papers,
// citations); $positive, $negative: the stances of each polarity (all from server/src/model/).
// $asOf (ISO date or null); $cap: max items per target.
// One typed expansion per stance type (issue 16): a duty is a hub of mentions and citations, and
// `type(r) IN $types` walked every relationship it has; `r:$(type)` reads only those types.
UNWIND $targets AS t
MATCH (d:Entity {id: t.target})
UNWIND range(0, size($types) - 1) AS ti
MATCH (d)<-[r:$($types[ti])]-(h:Entity)
WHERE r.key <> coalesce(t.exclude, '')
  AND (CASE WHEN t.negative THEN r.stance IN $positive ELSE r.stance IN $negative END)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
WITH t, ti, r, h
ORDER BY ti, h.name
WITH t, collect({type: type(r), props: properties(r), holder: h {.*, text: null, hash: null, searchText: null, degTypes: null, degCounts: null, nbrKinds: null, nbrCounts: null}}) AS items
RETURN t.target AS target, t.negative AS negative, t.exclude AS exclude, items[0..$cap] AS items
