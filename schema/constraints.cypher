// Uniqueness constraints and indexes of kg's graph, in Neo4j 5 syntax, one statement per line.
// kg.store creates them on first use, translated for FalkorDB (see kg/store/dialect.py).
// A line holding {TYPE} is repeated for every relationship type in categories.tsv.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX rel_{TYPE}_id IF NOT EXISTS FOR ()-[r:{TYPE}]-() ON (r.id);
