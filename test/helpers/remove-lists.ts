import { randomUUID } from 'node:crypto';
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

/** Fresh list ids for one test file, removed with all that was imported under them when the file is done. */
export class TestListIds {
  private readonly created: string[] = [];

  next(): string {
    const listId = `test-${randomUUID().slice(0, 8)}`;
    this.created.push(listId);
    return listId;
  }

  async removeAll(neo4j: Neo4jService): Promise<void> {
    await removeLists(neo4j, this.created.splice(0));
  }
}
