// Every actor a standing can be asked for (states and organisations), in name order: the rows of
// the positions matrix and of "how many parties on that day".
MATCH (a:Entity) WHERE a:State OR a:Organisation
RETURN a.id AS id
ORDER BY a.name, a.id
