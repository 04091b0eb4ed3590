// actors: the type of actors by canonical name, for kg's rankings.
// Parameters:
//   $names   canonical names
// In Neo4j Browser:
//   :params {names: ['Angela Merkel', 'Joe Biden']}
UNWIND $names AS name
MATCH (a:Actor {name: name})
RETURN a.name AS name, a.type AS type
