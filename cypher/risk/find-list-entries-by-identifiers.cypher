// Entries of one list whose normalised identifier values include any of $values.
MATCH (entry:Entity)-[:LISTED_ON]->(:Watchlist {id: $listId})
WHERE any(value IN coalesce(entry.identifierValues, []) WHERE value IN $values)
RETURN entry.id AS id, entry.identifierValues AS identifierValues
ORDER BY id
