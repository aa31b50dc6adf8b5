// Sets the given party properties: its current resolution, or an analyst's override.
MATCH (p:CaseParty {id: $id})
SET p += $changes
RETURN p.id AS id
