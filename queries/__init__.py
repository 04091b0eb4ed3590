"""Named relationship questions as Cypher files (installed as ``kg.queries``)."""
