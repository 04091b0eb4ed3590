// path: the shortest connections between two actors, up to 4 hops, through relations that
// pass the filters; one row per sequence of actors. For Neo4j Browser: kg itself finds paths
// with a two-sided breadth-first search (path_expand.cypher, neighbours.cypher) and reads
// each hop's evidence with path_hops.cypher, because FalkorDB's allShortestPaths lists every
// parallel relationship and applies WHERE only after the search. Change the 4 in *..4 for
// longer paths (Cypher takes no parameter there).
// Parameters:
//   $name, $other           the two actors' canonical names
//   $limit                  how many paths to return
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {name: 'Angela Merkel', other: 'Joe Biden', limit: 10, categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
MATCH (a:Actor {name: $name}), (b:Actor {name: $other})
WITH a, b
MATCH p = allShortestPaths((a)-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|OTHER|ROLE*..4]-(b))
WHERE all(r IN relationships(p) WHERE
      ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported']))
WITH DISTINCT [n IN nodes(p) | n.name] AS actors
RETURN actors
ORDER BY actors
LIMIT $limit
