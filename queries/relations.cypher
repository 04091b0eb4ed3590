// relations: what an actor did to whom and who did what to it, one row per partner, direction,
// category, action and negation, with how many relations and their first and last dates.
// Parameters:
//   $name                   the actor's canonical name
//   $direction              'out' (the actor acted), 'in' (it was acted on) or 'both'
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
//                           (future, possible, conditional, intended, question, alleged, denied)
//   $evidence               true to collect each row's sentences (with their post ids)
//   $limit                  how many rows to return, most frequent first
// In Neo4j Browser:
//   :params {name: 'Angela Merkel', direction: 'both', categories: null, since: null, until: null, include_negated: false, include_hypothetical: false, evidence: false, limit: 100}
MATCH (a:Actor {name: $name})-[r]-(b:Actor)
WITH a, r, b, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
WHERE ($direction = 'both' OR direction = $direction)
  AND ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
RETURN direction, b.name AS partner, b.type AS partner_type, type(r) AS category,
       r.action AS action, r.negated AS negated, count(r) AS relations,
       min(r.date) AS first, max(r.date) AS last, collect(DISTINCT r.modality) AS modalities,
       collect(CASE WHEN $evidence THEN [r.date, r.post, r.sentence, r.modality] END) AS evidence
ORDER BY relations DESC, last DESC, partner, action, direction
LIMIT $limit
