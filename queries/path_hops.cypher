// path_hops: the evidence of each hop of a path: how many relations between the two actors
// pass the filters, and the latest ones with their sentences and posts.
// Parameters:
//   $hops                   pairs of canonical names ([['Angela Merkel', 'Vladimir Putin']])
//   $per_hop                how many relations to return per hop, latest first
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {hops: [['Angela Merkel', 'Vladimir Putin']], per_hop: 3, categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
UNWIND $hops AS hop
MATCH (x:Actor {name: hop[0]}), (y:Actor {name: hop[1]})
WITH hop, x, y
MATCH (x)-[r]-(y)
WHERE ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
WITH hop, r ORDER BY r.date DESC, r.id
WITH hop, count(r) AS relations, collect(r)[0..$per_hop] AS latest
UNWIND latest AS r
OPTIONAL MATCH (p:Post {id: r.post})
RETURN hop[0] AS source, hop[1] AS target, relations, startNode(r).name AS subject,
       type(r) AS category, r.action AS action, endNode(r).name AS object,
       r.negated AS negated, r.modality AS modality, r.date AS date, r.sentence AS sentence,
       r.post AS post, p.title AS title, p.url AS url, r.id AS id
