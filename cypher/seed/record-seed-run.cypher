MERGE (run:SeedRun {id: $id})
SET run.checksum = $checksum, run.loadedAt = datetime(), run.entities = $entities, run.relationships = $relationships,
    run.seededBy = $seededBy
