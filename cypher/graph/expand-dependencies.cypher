// One step of the risk walk: from each frontier entity to what it depends on (outgoing types),
// to what depends on it where the type reads the other way (incoming types, e.g. a laboratory's
// host), honouring validity at $asOf and skipping former links unless $includeFormer.
UNWIND $ids AS id
MATCH (node:Entity {id: id})-[relationship]-(other:Entity)
WHERE ((startNode(relationship) = node AND type(relationship) IN $outgoingTypes)
        OR (endNode(relationship) = node AND type(relationship) IN $incomingTypes))
  AND (relationship.validFrom IS NULL OR relationship.validFrom <= $asOf)
  AND (relationship.validTo IS NULL OR relationship.validTo >= $asOf)
  AND ($includeFormer OR coalesce(relationship.status, 'current') <> 'former')
WITH node, relationship, other
LIMIT $limit
RETURN node.id AS viaId,
       type(relationship) AS type,
       startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId,
       properties(relationship) AS relationship,
       other {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(other)} AS other,
       EXISTS { (other)-[listing:LISTED_ON]->(list:Watchlist)
               WHERE listing.firstSeq <= list.activeSeq
                 AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq) } AS listed
