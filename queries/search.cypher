// search: actors whose name or alias contains the text, ignoring case and accents.
// Ranked: 0 the exact name, 1 an exact alias, 2 the name folded (lower case, no accents),
// 3 an alias folded, 4 every word of the text inside the name or an alias; then shorter
// names first. search_keys holds the folded name first, then the folded aliases.
// Parameters:
//   $text    the text as typed ("López Obrador")
//   $key     the text folded by kg.store.cypher.fold_name ("lopez obrador")
//   $tokens  the words of $key (["lopez", "obrador"])
//   $limit   how many actors to return
// In Neo4j Browser:
//   :params {text: 'lopez obrador', key: 'lopez obrador', tokens: ['lopez', 'obrador'], limit: 20}
MATCH (a:Actor)
WHERE a.name = $text OR $text IN a.aliases
   OR any(k IN a.search_keys WHERE all(t IN $tokens WHERE k CONTAINS t))
WITH a, CASE
    WHEN a.name = $text THEN 0
    WHEN $text IN a.aliases THEN 1
    WHEN a.search_keys[0] = $key THEN 2
    WHEN $key IN a.search_keys THEN 3
    ELSE 4 END AS rank
ORDER BY rank, size(a.name), a.name
LIMIT $limit
RETURN a.name AS name, a.type AS type, a.aliases AS aliases, rank
