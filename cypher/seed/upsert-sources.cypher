UNWIND $rows AS row
MERGE (source:Source {id: row.id})
SET source.title = row.title,
    source.url = row.url,
    source.publisher = row.publisher,
    source.retrievedAt = row.retrievedAt,
    source.licence = row.licence
