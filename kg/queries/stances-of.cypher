// All stances of an actor: statements with a stance whose subject's name contains
// $name (any case; e.g. {name: "McCain"}), with the relation, target and evidence.
// Runs in Neo4j and LadybugDB on the graph of `kg export --format neo4j`.
MATCH (a:KgNode)-[r]->(b:KgNode)
WHERE toLower(a.label) CONTAINS toLower($name) AND r.stance IS NOT NULL
RETURN a.label AS actor, r.stance AS stance, r.relation AS relation, b.label AS target,
       r.sentence AS sentence
ORDER BY actor, stance, relation, target, sentence;
