// Sets the given case properties (the service builds $changes from checked input only).
MATCH (c:Case {id: $id})
SET c += $changes
RETURN c.id AS id
