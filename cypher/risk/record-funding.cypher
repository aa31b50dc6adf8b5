// Funding an analyst records with a partnership assessment: funder -[:FUNDS]-> partner, with the
// amount, currency, programme and period where known and the analyst's input as the source. The key
// (a hash of all of it) makes the same funding recorded twice one relationship.
UNWIND $rows AS row
MATCH (funder:Entity {id: row.funderId})
MATCH (funded:Entity {id: row.fundedId})
MERGE (source:Source {id: $sourceId})
ON CREATE SET source.title = $sourceTitle,
              source.publisher = 'partner-graph analyst input',
              source.retrievedAt = $recordedAt
MERGE (funder)-[funds:FUNDS {fundingKey: row.key}]->(funded)
ON CREATE SET funds.recordedAt = datetime(),
              funds.amount = row.amount,
              funds.currency = row.currency,
              funds.programme = row.programme,
              funds.validFrom = row.validFrom,
              funds.validTo = row.validTo,
              funds.sourceIds = [$sourceId],
              funds.method = 'analyst',
              funds.confidence = 1.0,
              funds.status = 'current'
RETURN count(funds) AS recorded
