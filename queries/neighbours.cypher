// neighbours: the actors one hop from a set of actors, with how many relations (passing the
// filters) link each pair. kg runs it once per hop to build an ego network.
// Parameters:
//   $names                  the actors to start from (canonical names)
//   $within                 keep only neighbours among these names, or null for all
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {names: ['Angela Merkel'], within: null, categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
UNWIND $names AS name
MATCH (x:Actor {name: name})
WITH x
MATCH (x)-[r]-(y:Actor)
WHERE ($within IS NULL OR y.name IN $within)
  AND ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
RETURN x.name AS source, y.name AS target, y.type AS type, count(r) AS relations,
       collect(DISTINCT type(r)) AS categories
