// The :Source a registry release is: every entity and relationship the import writes cites it.
MERGE (source:Source {id: $source.id})
SET source.title = $source.title,
    source.url = $source.url,
    source.publisher = $source.publisher,
    source.retrievedAt = $source.retrievedAt,
    source.licence = $source.licence
