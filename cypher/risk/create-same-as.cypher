// An analyst's confirmed identity between a graph entity and a list entity, with the decision as
// its own source. Repeating the decision updates it (one SAME_AS per pair and direction). A link
// made by a case decision (a CONFIRMED list match) names it: case, finding and decision key.
MATCH (entity:Entity {id: $entityId})
MATCH (listEntity:Entity {id: $listEntityId})
MERGE (source:Source {id: $sourceId})
SET source.title = $sourceTitle, source.publisher = $decidedBy, source.retrievedAt = $decidedAt,
    source.url = null, source.licence = null
MERGE (entity)-[link:SAME_AS]->(listEntity)
ON CREATE SET link.recordedAt = datetime()
SET link.score = 1.0,
    link.decision = 'confirmed',
    link.decidedBy = $decidedBy,
    link.decidedAt = $decidedAt,
    link.caseId = $caseId,
    link.findingId = $findingId,
    link.decisionKey = $decisionKey,
    link.note = $note,
    link.sourceIds = [$sourceId],
    link.method = 'analyst',
    link.status = 'current',
    link.confidence = 1.0,
    link.validFrom = null,
    link.validTo = null
RETURN properties(link) AS link
