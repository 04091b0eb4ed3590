// resolve: the actor whose id is the slug of a name (kg.model.actor_id), found through the
// unique index on Actor.id; kg tries this before searching names and aliases.
// Parameters:
//   $id   the slug of the name as typed ("Angela Merkel" and "angela merkel": "angela-merkel")
// In Neo4j Browser:
//   :params {id: 'angela-merkel'}
MATCH (a:Actor {id: $id})
RETURN a.name AS name, a.type AS type, a.aliases AS aliases
