// Who opposes what: every statement with a negative stance (REJECT, DISAPPROVE,
// ASSAULT, ...) that is not negated, as actor, stance and target (an entity or an issue).
// Runs in Neo4j and LadybugDB on the graph of `kg export --format neo4j`.
MATCH (a:KgNode)-[r]->(b:KgNode)
WHERE r.polarity < 0 AND NOT r.negated AND r.stance IS NOT NULL
RETURN a.label AS actor, r.stance AS stance, b.label AS target
ORDER BY actor, stance, target;
