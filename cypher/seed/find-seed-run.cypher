MATCH (run:SeedRun {id: $id})
RETURN run.checksum AS checksum, run.loadedAt AS loadedAt, run.seededBy AS seededBy
