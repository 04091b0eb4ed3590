// timeline: the dated events of an actor, oldest first: what it did and what was done to it
// (ROLE relationships are not events and are left out), each with its evidence.
// Parameters:
//   $name                   the actor's canonical name
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
//   $limit                  how many events to return, from the oldest
// In Neo4j Browser:
//   :params {name: 'Angela Merkel', categories: null, since: null, until: null, include_negated: false, include_hypothetical: false, limit: 100}
MATCH (a:Actor {name: $name})-[r]-(:Actor)
WHERE type(r) <> 'ROLE' AND r.date IS NOT NULL
  AND ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
WITH r ORDER BY r.date, r.post, r.start, r.id LIMIT $limit
OPTIONAL MATCH (p:Post {id: r.post})
RETURN r.date AS date, startNode(r).name AS subject, type(r) AS category, r.action AS action,
       endNode(r).name AS object, r.negated AS negated, r.modality AS modality,
       r.sentence AS sentence, r.post AS post, p.title AS title, p.url AS url, r.id AS id
ORDER BY date, post, r.start, id
