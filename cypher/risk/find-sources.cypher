MATCH (source:Source)
WHERE source.id IN $ids
RETURN source {.*} AS source
