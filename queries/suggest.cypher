// suggest: candidates for "did you mean": actors whose folded name or alias shares the most
// three-letter pieces with the text. kg ranks them by similarity (difflib) when a name is
// not found.
// Parameters:
//   $grams   three-letter pieces of the folded text (["mer", "erk", "rkl", "kle"])
//   $limit   how many candidates to return
// In Neo4j Browser:
//   :params {grams: ['mer', 'erk', 'rkl', 'kle'], limit: 200}
MATCH (a:Actor)
WITH a, size([g IN $grams WHERE any(k IN a.search_keys WHERE k CONTAINS g)]) AS shared
WHERE shared > 0
RETURN a.name AS name, a.type AS type, a.search_keys AS keys, shared
ORDER BY shared DESC, name
LIMIT $limit
