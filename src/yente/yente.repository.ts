import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../neo4j/neo4j.service';
import type { EntityRow } from './ftm-mapping';

/** The only place the yente-compatible API talks to Neo4j. */
@Injectable()
export class YenteRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Entities by id, with their listings; ids not in the graph are left out. */
  async findEntities(ids: string[]): Promise<Map<string, EntityRow>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.neo4j.read('yente/find-entities', { ids });
    return new Map(
      rows.map((row) => {
        const entity = row.entity as Record<string, unknown>;
        return [String(entity.id), { entity, listings: (row.listings ?? []) as EntityRow['listings'] }];
      }),
    );
  }
}
