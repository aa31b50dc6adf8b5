import { Injectable } from '@nestjs/common';
import { int } from '../neo4j/neo4j-values';
import { Neo4jService, type Row } from '../neo4j/neo4j.service';

/** A node as the graph queries return it: its properties plus `labels`. */
export type NodeRow = Record<string, unknown> & { id: string; name: string; labels: string[] };

export interface RelationshipRow {
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
}

/** The only place the graph feature talks to Neo4j. */
@Injectable()
export class GraphRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findEntity(id: string): Promise<NodeRow | null> {
    const rows = await this.neo4j.read('graph/find-entity', { id });
    return rows.length > 0 ? (rows[0].entity as NodeRow) : null;
  }

  async findEntityRelationships(
    id: string,
    limit: number,
  ): Promise<Array<{ type: string; outgoing: boolean; relationship: Record<string, unknown>; other: NodeRow }>> {
    const rows = await this.neo4j.read('graph/find-entity-relationships', {
      id,
      limit: int(limit),
      activeSeqs: await this.findActiveListSequences(),
    });
    return rows as Array<{ type: string; outgoing: boolean; relationship: Record<string, unknown>; other: NodeRow }>;
  }

  async findSources(ids: string[]): Promise<Row[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('graph/find-sources', { ids });
    return rows.map((row) => row.source as Row);
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
    const rows = await this.neo4j.read('graph/expand-neighbours', {
      ids,
      types,
      limit: int(limit),
      activeSeqs: await this.findActiveListSequences(),
    });
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
    const rows = await this.neo4j.read('graph/shortest-paths', {
      ...parameters,
      maxHops: int(parameters.maxHops),
      limit: int(parameters.limit),
      activeSeqs: await this.findActiveListSequences(),
    });
    return rows as Array<{ nodes: NodeRow[]; relationships: RelationshipRow[] }>;
  }

  /**
   * Every list's active sequence number. A list-borne relationship (one with a `listId`) is visible
   * only while its list's active version holds it; the queries compare against this map.
   */
  private async findActiveListSequences(): Promise<Record<string, number>> {
    const rows = await this.neo4j.read('graph/find-active-list-sequences');
    return Object.fromEntries(rows.map((row) => [String(row.listId), Number(row.activeSeq ?? 0)]));
  }

  async findExistingIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.neo4j.read('graph/count-existing-entities', { ids });
    return new Set((rows[0]?.found as string[] | undefined) ?? []);
  }
}
