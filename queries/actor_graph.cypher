// actor_graph: the actor graph as weighted pairs: how many relations (passing the filters)
// each actor has with each other, by direction. kg ranks actors on it with networkx.
// Parameters:
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
MATCH (a:Actor)-[r]->(b:Actor)
WHERE ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
RETURN a.name AS source, b.name AS target, count(r) AS relations
