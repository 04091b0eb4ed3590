// posts: the title, date and url of posts by id, to show where evidence comes from.
// Parameters:
//   $ids   Post ids (the post property of a relationship)
// In Neo4j Browser:
//   :params {ids: ['0123456789abcdef']}
UNWIND $ids AS id
MATCH (p:Post {id: id})
RETURN p.id AS id, p.title AS title, p.date AS date, p.url AS url
