// Which of a batch's entities exist already, with the hash of their list-borne content.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity.id AS id, entity.contentHash AS contentHash
