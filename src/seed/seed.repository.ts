import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  type EntityRecord,
  RELATIONSHIP_TYPES,
  type RelationshipRecord,
  type RelationshipType,
  type SourceRecord,
} from '../common/graph-model';
import { groupBy } from '../common/collections';
import { int } from '../neo4j/neo4j-values';
import { Neo4jService } from '../neo4j/neo4j.service';

const BATCH_SIZE = 2_000;

/** Writes facts in batched, idempotent MERGEs: the same batch twice leaves the graph as it was. */
@Injectable()
export class SeedRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async upsertSources(sources: SourceRecord[]): Promise<void> {
    for (const rows of batches(sources)) {
      await this.neo4j.write('seed/upsert-sources', { rows });
    }
  }

  async upsertEntities(entities: EntityRecord[]): Promise<void> {
    for (const entity of entities) {
      if (!(ENTITY_LABELS as readonly string[]).includes(entity.label)) {
        throw new Error(`Entity ${entity.id} has label "${entity.label}", which is not an entity label`);
      }
    }
    for (const rows of batches(entities)) {
      await this.neo4j.write('seed/upsert-entities', { rows });
    }
  }

  async upsertRelationships(relationships: RelationshipRecord[]): Promise<void> {
    for (const relationship of relationships) {
      if (!(RELATIONSHIP_TYPES as readonly string[]).includes(relationship.type)) {
        throw new Error(
          `Relationship ${relationship.fromId} -> ${relationship.toId} has unknown type "${relationship.type}"`,
        );
      }
    }
    for (const [type, ofType] of groupBy(relationships, (relationship) => relationship.type)) {
      for (const rows of batches(ofType)) {
        await this.neo4j.writeForRelationshipType('seed/upsert-relationships', type as RelationshipType, { rows });
      }
    }
  }

  async findSeedRun(id: string): Promise<{ checksum: string; seededBy: string | null } | null> {
    const rows = await this.neo4j.read('seed/find-seed-run', { id });
    if (rows.length === 0) {
      return null;
    }
    const seededBy = rows[0].seededBy;
    return { checksum: String(rows[0].checksum), seededBy: typeof seededBy === 'string' ? seededBy : null };
  }

  async recordSeedRun(
    id: string,
    checksum: string,
    entities: number,
    relationships: number,
    seededBy: string,
  ): Promise<void> {
    await this.neo4j.write('seed/record-seed-run', {
      id,
      seededBy,
      checksum,
      entities: int(entities),
      relationships: int(relationships),
    });
  }

  /**
   * The given entities, the relationships between them and the given sources as one sorted text:
   * used to show that a second seed changes nothing.
   */
  async fingerprint(ids: { entityIds: string[]; sourceIds: string[] }): Promise<string> {
    const rows = await this.neo4j.read('seed/fingerprint-graph', ids);
    // Property maps come back in no fixed key order, so keys are sorted before comparing.
    return JSON.stringify(rows[0] ?? {}, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).sort(([left], [right]) => left.localeCompare(right)),
          )
        : value,
    );
  }

  async countGraph(): Promise<{ entities: number; relationships: number }> {
    const rows = await this.neo4j.read('seed/count-graph');
    return { entities: Number(rows[0]?.entities ?? 0), relationships: Number(rows[0]?.relationships ?? 0) };
  }
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    yield items.slice(start, start + BATCH_SIZE);
  }
}
