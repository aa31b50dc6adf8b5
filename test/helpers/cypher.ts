import type { Neo4jService } from '../../src/neo4j/neo4j.service';

/**
 * Runs one statement in a session of its own on the service's database, outside the service (no gate, no
 * retries), and gives the records as plain objects with the driver's values as they come (integers as Neo4j
 * Integers): how tests set up, inspect and clean the shared test database.
 */
export async function runCypher(
  neo4j: Neo4jService,
  statement: string,
  parameters: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const session = neo4j.driver.session({ database: neo4j.database });
  try {
    const result = await session.run(statement, parameters);
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}
