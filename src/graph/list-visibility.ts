import type { QueryRunner, Row } from '../neo4j/neo4j.service';

/**
 * Every list's active sequence number. A list-borne relationship (one with a `listId`) is visible
 * only while its list's active version holds it; the graph and risk queries compare against this
 * map ($activeSeqs), read in the same transaction as the query so both see one snapshot.
 */
export async function readActiveListSequences(transaction: QueryRunner): Promise<Record<string, number>> {
  const rows = await transaction.run('graph/find-active-list-sequences');
  return Object.fromEntries(rows.map((row) => [String(row.listId), Number(row.activeSeq ?? 0)]));
}

/** The `:Source` nodes with these ids, as property maps. */
export async function readSources(transaction: QueryRunner, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await transaction.run('graph/find-sources', { ids });
  return rows.map((row) => row.source as Row);
}
