MATCH (a:CaseAlert {id: $id})
RETURN a {.*} AS alert
