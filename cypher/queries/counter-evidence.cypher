// Relationships that cut against a hop of a path: for each target (the entity a stance is about,
// usually a duty), the positions, discussions and citations of the opposite polarity.
// $targets: list of {target: id, negative: bool, exclude: key of the hop's own relationship}.
// A hop with a negative stance (voluntary, unsettled, contested, contrasts, contrasting) is
// countered by positive ones (binding, supports, supporting), and the other way round.
// $asOf (ISO date or null); $cap: max items per target.
UNWIND $targets AS t
MATCH (d:Entity {id: t.target})<-[r:HOLDS_POSITION|DISCUSSES|CITES]-(h:Entity)
WHERE r.key <> coalesce(t.exclude, '')
  AND (CASE WHEN t.negative THEN r.stance IN ['binding', 'supports', 'supporting']
            ELSE r.stance IN ['voluntary', 'unsettled', 'contested', 'contrasts', 'contrasting'] END)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
WITH t, r, h
ORDER BY CASE type(r) WHEN 'HOLDS_POSITION' THEN 0 WHEN 'DISCUSSES' THEN 1 ELSE 2 END, h.name
WITH t, collect({type: type(r), props: properties(r), holder: h {.*, text: null, hash: null}}) AS items
RETURN t.target AS target, t.negative AS negative, t.exclude AS exclude, items[0..$cap] AS items
