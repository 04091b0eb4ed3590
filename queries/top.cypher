// top: the most connected actors: degree is how many other actors an actor has relations
// with (that pass the filters), relations how many relations it has. PageRank and
// betweenness are computed by kg with networkx on the graph actor_graph.cypher returns.
// Parameters:
//   $limit                  how many actors to return
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {limit: 10, categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
MATCH (a:Actor)-[r]-(b:Actor)
WHERE ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
RETURN a.name AS name, a.type AS type, count(DISTINCT b) AS degree, count(r) AS relations
ORDER BY degree DESC, relations DESC, name
LIMIT $limit
