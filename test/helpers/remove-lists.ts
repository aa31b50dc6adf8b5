import type { Neo4jService } from '../../src/neo4j/neo4j.service';

/**
 * Removes what a test imported under its own list ids: the entries (ids `<list>:<entry>`), the
 * lists and their versions. Tests share one database, so a full list left behind under another id
 * would become a second listed copy of every body for the files that run after it.
 */
export async function removeLists(neo4j: Neo4jService, listIds: string[]): Promise<void> {
  if (listIds.length === 0) {
    return;
  }
  const session = neo4j.driver.session({ database: neo4j.database });
  try {
    for (const listId of listIds) {
      await session.run(
        `MATCH (entity:Entity) WHERE entity.id STARTS WITH $prefix
         CALL (entity) { DETACH DELETE entity } IN TRANSACTIONS OF 2000 ROWS`,
        { prefix: `${listId}:` },
      );
      await session.run(
        `MATCH (list:Watchlist {id: $listId})
         OPTIONAL MATCH (list)-[:HAS_VERSION]->(version:ListVersion)
         DETACH DELETE list, version`,
        { listId },
      );
    }
  } finally {
    await session.close();
  }
}
