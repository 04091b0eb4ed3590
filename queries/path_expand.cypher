// path_expand: the actors next to a set of actors, whatever relates them: the fast,
// unfiltered step of kg's path search (a traversal that never reads relationship properties).
// Parameters:
//   $names    the actors to start from (canonical names)
//   $within   keep only neighbours among these names, or null for all
// In Neo4j Browser:
//   :params {names: ['Angela Merkel'], within: null}
UNWIND $names AS name
MATCH (x:Actor {name: name})
WITH x
MATCH (x)--(y:Actor)
WHERE $within IS NULL OR y.name IN $within
RETURN DISTINCT x.name AS source, y.name AS target
