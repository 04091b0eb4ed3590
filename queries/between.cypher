// between: every relation between two actors, in both directions, oldest first, each with
// its evidence: the sentence and the post it comes from.
// Parameters:
//   $name, $other           the two actors' canonical names
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {name: 'Angela Merkel', other: 'Vladimir Putin', categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
MATCH (a:Actor {name: $name}), (b:Actor {name: $other})
WITH a, b
MATCH (a)-[r]-(b)
WHERE ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
OPTIONAL MATCH (p:Post {id: r.post})
RETURN startNode(r).name AS subject, type(r) AS category, r.action AS action,
       endNode(r).name AS object, r.negated AS negated, r.modality AS modality,
       r.confidence AS confidence, r.date AS date, r.sentence AS sentence, r.post AS post,
       p.title AS title, p.url AS url, r.id AS id
ORDER BY date, post, r.start, id
