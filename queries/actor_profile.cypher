// actor_profile: who an actor is: canonical name, type, aliases, titles and roles, first and
// last seen, how many posts mention it, and its top partners out (whom it acted on) and in
// (who acted on it), counted in relations that pass the filters, ROLE aside.
// Parameters:
//   $name                   the actor's canonical name (kg resolves aliases and parts first)
//   $top                    how many partners to list each way
//   $categories             event categories to keep (["CONSULT", "AGREE"]), or null for all
//   $since, $until          dates (2019, 2019-05 or 2019-05-17) bounding r.date, or null
//   $include_negated        keep relations that are denied ("did not meet")
//   $include_hypothetical   keep relations whose modality is not asserted or reported
// In Neo4j Browser:
//   :params {name: 'Angela Merkel', top: 5, categories: null, since: null, until: null, include_negated: false, include_hypothetical: false}
MATCH (a:Actor {name: $name})
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(a)
WITH a, count(p) AS posts
OPTIONAL MATCH (a)-[role:ROLE]->(org:Actor)
WITH a, posts, collect(DISTINCT [role.title, org.name]) AS roles
OPTIONAL MATCH (a)-[r]->(b:Actor)
WHERE type(r) <> 'ROLE'
  AND ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
WITH a, posts, roles, b, count(r) AS n
ORDER BY n DESC, b.name
WITH a, posts, roles,
     collect(CASE WHEN b IS NULL THEN null ELSE [b.name, b.type, n] END)[0..$top] AS partners_out
OPTIONAL MATCH (a)<-[r]-(b:Actor)
WHERE type(r) <> 'ROLE'
  AND ($categories IS NULL OR type(r) IN $categories)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR substring(r.date, 0, size($until)) <= $until)
  AND ($include_negated OR NOT r.negated)
  AND ($include_hypothetical OR r.modality IN ['asserted', 'reported'])
WITH a, posts, roles, partners_out, b, count(r) AS n
ORDER BY n DESC, b.name
WITH a, posts, roles, partners_out,
     collect(CASE WHEN b IS NULL THEN null ELSE [b.name, b.type, n] END)[0..$top] AS partners_in
RETURN a.name AS name, a.type AS type, a.aliases AS aliases, a.titles AS titles,
       a.affiliation AS affiliation, a.first_seen AS first_seen, a.last_seen AS last_seen,
       posts, [x IN roles WHERE x[0] IS NOT NULL] AS roles, partners_out, partners_in
