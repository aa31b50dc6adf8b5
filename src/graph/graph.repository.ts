import { Injectable } from '@nestjs/common';
import { firstColumn, int } from '../neo4j/neo4j-values';
import { Neo4jService, type Row } from '../neo4j/neo4j.service';
import { readActiveListSequences, readSources } from './list-visibility';

/** A node as the graph queries return it: its properties plus `labels`. */
export type NodeRow = Record<string, unknown> & { id: string; name: string; labels: string[] };

export interface RelationshipRow {
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
}

/** allShortestPaths can take long on hubs; the path query gets a shorter timeout than the default. */
const SHORTEST_PATHS_TIMEOUT_MS = 30_000;

/** The only place the graph feature talks to Neo4j. */
@Injectable()
export class GraphRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findEntity(id: string): Promise<NodeRow | null> {
    return firstColumn<NodeRow>(await this.neo4j.read('graph/find-entity', { id }), 'entity');
  }

  async findEntityRelationships(
    id: string,
    limit: number,
  ): Promise<Array<{ type: string; outgoing: boolean; relationship: Record<string, unknown>; other: NodeRow }>> {
    const rows = await this.neo4j.readTransaction(async (transaction) =>
      transaction.run('graph/find-entity-relationships', {
        id,
        limit: int(limit),
        activeSeqs: await readActiveListSequences(transaction),
      }),
    );
    return rows as Array<{ type: string; outgoing: boolean; relationship: Record<string, unknown>; other: NodeRow }>;
  }

  async findSources(ids: string[]): Promise<Row[]> {
    return ids.length === 0 ? [] : this.neo4j.readTransaction((transaction) => readSources(transaction, ids));
  }

  /** Full-text search over names and aliases; `luceneQuery` must already be escaped. */
  async searchEntities(luceneQuery: string, limit: number): Promise<Array<{ entity: NodeRow; score: number }>> {
    const rows = await this.neo4j.read('graph/search-entities', { query: luceneQuery, limit: int(limit) });
    return rows as Array<{ entity: NodeRow; score: number }>;
  }

  async expandNeighbours(
    ids: string[],
    types: string[] | null,
    limit: number,
  ): Promise<Array<RelationshipRow & { other: NodeRow }>> {
    const rows = await this.neo4j.readTransaction(async (transaction) =>
      transaction.run('graph/expand-neighbours', {
        ids,
        types,
        limit: int(limit),
        activeSeqs: await readActiveListSequences(transaction),
      }),
    );
    return rows.map((row) => ({
      type: String(row.type),
      fromId: String(row.fromId),
      toId: String(row.toId),
      properties: row.relationship as Record<string, unknown>,
      other: row.other as NodeRow,
    }));
  }

  async shortestPaths(parameters: {
    fromId: string;
    toId: string;
    maxHops: number;
    types: string[] | null;
    asOf: string;
    limit: number;
  }): Promise<Array<{ nodes: NodeRow[]; relationships: RelationshipRow[] }>> {
    const rows = await this.neo4j.readTransaction(
      async (transaction) =>
        transaction.run(
          'graph/shortest-paths',
          {
            fromId: parameters.fromId,
            toId: parameters.toId,
            types: parameters.types,
            asOf: parameters.asOf,
            limit: int(parameters.limit),
            activeSeqs: await readActiveListSequences(transaction),
          },
          // Cypher needs the bound of a variable-length pattern as a literal: a checked integer.
          { __MAX_HOPS__: parameters.maxHops },
        ),
      { timeoutMs: SHORTEST_PATHS_TIMEOUT_MS },
    );
    return rows as Array<{ nodes: NodeRow[]; relationships: RelationshipRow[] }>;
  }

  async findExistingIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.neo4j.read('graph/count-existing-entities', { ids });
    return new Set((rows[0]?.found as string[] | undefined) ?? []);
  }
}
