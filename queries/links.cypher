// links: how many relations (passing the filters) link each pair of actors, either way, and
// of which categories. kg asks it for the pairs among the outermost actors of an ego network
// and for the pairs each step of its filtered path search finds.
// Parameters:
//   $pairs                  pairs of canonical names ([['Angela Merkel', 'Vladimir Putin']])
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {pairs: [['Angela Merkel', 'Vladimir Putin']], categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
UNWIND $pairs AS pair
MATCH (x:Actor {name: pair[0]}), (y:Actor {name: pair[1]})
WITH x, y
MATCH (x)-[r]-(y)
WHERE ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
RETURN x.name AS source, y.name AS target, count(r) AS relations,
       collect(DISTINCT type(r)) AS categories
