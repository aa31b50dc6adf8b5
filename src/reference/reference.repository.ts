import { Injectable } from '@nestjs/common';
import type { RelationshipType } from '../common/graph-model';
import { firstColumn } from '../neo4j/neo4j-values';
import { Neo4jService, type Row } from '../neo4j/neo4j.service';
import type { FunderEntityRow, RegistryRelationshipRow, RorEntityRow } from './reference-graph';

const BATCH_SIZE = 2_000;

export interface ReferenceSource {
  id: string;
  title: string;
  url: string;
  publisher: string;
  retrievedAt: string | null;
  licence: string;
}

/** A :ReferenceVersion's stored fields (counts are flat numbers so they fit one property map). */
export type ReferenceVersionFields = Record<string, string | number | boolean | null>;

/** What the name linker reads of every body it compares. */
interface NamedBody {
  id: string;
  name: string;
  aliases: string[];
  country: string[];
}

export interface LinkCandidate extends NamedBody {
  fromList: boolean;
}

export interface RegistryBody extends NamedBody {
  acronyms: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function namedBody(row: Row): NamedBody {
  return { id: String(row.id), name: String(row.name), aliases: strings(row.aliases), country: strings(row.country) };
}

/** The only place the reference feature talks to Neo4j. Every write is an idempotent batched MERGE. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findActiveVersion(registry: string): Promise<Row | null> {
    return firstColumn<Row>(await this.neo4j.read('reference/find-active-version', { registry }), 'version');
  }

  async upsertSource(source: ReferenceSource): Promise<void> {
    await this.neo4j.write('reference/upsert-source', { source });
  }

  async upsertRorOrganisations(rows: RorEntityRow[], sourceId: string, versionId: string): Promise<void> {
    for (const batch of batches(rows)) {
      await this.neo4j.write('reference/upsert-ror-organisations', { rows: batch, sourceId, versionId });
    }
  }

  async upsertFunders(rows: FunderEntityRow[], sourceId: string, versionId: string): Promise<void> {
    for (const batch of batches(rows)) {
      await this.neo4j.write('reference/upsert-funders', { rows: batch, sourceId, versionId });
    }
  }

  async upsertPlaceholders(
    rows: Array<{ id: string; ror: string | null; label: string | null }>,
    sourceId: string,
  ): Promise<void> {
    for (const batch of batches(rows)) {
      await this.neo4j.write('reference/upsert-placeholders', { rows: batch, sourceId });
    }
  }

  async upsertRelationships(
    type: RelationshipType,
    rows: RegistryRelationshipRow[],
    context: { registry: string; sourceId: string; versionId: string; issuedAt: string | null; confidence: number },
  ): Promise<void> {
    for (const batch of batches(rows)) {
      await this.neo4j.writeForRelationshipType('reference/upsert-relationships', type, { rows: batch, ...context });
    }
  }

  /** Ends (status former, validTo) the registry's relationships of one type that this version did not state. */
  async endUnseenRelationships(
    type: RelationshipType,
    context: { registry: string; versionId: string; issuedAt: string | null },
  ): Promise<number> {
    const rows = await this.neo4j.writeForRelationshipType('reference/end-unseen-relationships', type, context);
    return Number(rows[0]?.ended ?? 0);
  }

  async countAbsentRecords(registry: string, versionId: string): Promise<number> {
    const rows = await this.neo4j.read('reference/count-absent-records', { registry, versionId });
    return Number(rows[0]?.absent ?? 0);
  }

  async recordVersion(version: ReferenceVersionFields): Promise<void> {
    await this.neo4j.write('reference/record-version', { version });
  }

  /**
   * Funder Registry id → the ROR entity whose record carries it, and each such entity's preferred
   * funder id (ROR lists the preferred one first).
   */
  async findRorFundrefIds(): Promise<{ byFunder: Map<string, string>; preferred: Map<string, string> }> {
    const rows = await this.neo4j.read('reference/find-ror-fundref-ids');
    const byFunder = new Map<string, string>();
    const preferred = new Map<string, string>();
    for (const row of rows) {
      const ids = strings(row.fundref);
      for (const funderId of ids) {
        byFunder.set(funderId, String(row.id));
      }
      if (ids.length > 0) {
        preferred.set(String(row.id), ids[0]);
      }
    }
    return { byFunder, preferred };
  }

  /** The display name and aliases of each entity of `ids` that the graph holds. */
  async findEntityNames(ids: string[]): Promise<Map<string, { name: string; aliases: string[] }>> {
    const names = new Map<string, { name: string; aliases: string[] }>();
    if (ids.length === 0) {
      return names;
    }
    for (const row of await this.neo4j.read('reference/find-entity-names', { ids })) {
      names.set(String(row.id), { name: typeof row.name === 'string' ? row.name : '', aliases: strings(row.aliases) });
    }
    return names;
  }

  async findActiveLists(): Promise<string[]> {
    const rows = await this.neo4j.read('reference/find-active-lists');
    return rows.map((row) => String(row.listId));
  }

  async findLinkCandidates(): Promise<LinkCandidate[]> {
    const rows = await this.neo4j.read('reference/find-link-candidates');
    return rows.map((row) => ({ ...namedBody(row), fromList: row.fromList === true }));
  }

  async findRegistryBodies(): Promise<RegistryBody[]> {
    const rows = await this.neo4j.read('reference/find-registry-bodies');
    return rows.map((row) => ({ ...namedBody(row), acronyms: strings(row.acronyms) }));
  }

  async createRegistrySameAs(
    rows: Array<{
      entityId: string;
      otherId: string;
      score: number;
      note: string;
      matchedName: string | null;
      decidedBy: 'auto-link:registry-name' | 'auto-link:registry-crosswalk';
      sourceIds: string[];
    }>,
    decidedAt: string,
  ): Promise<number> {
    let linked = 0;
    for (const batch of batches(rows)) {
      const result = await this.neo4j.write('reference/create-registry-same-as', { rows: batch, decidedAt });
      linked += Number(result[0]?.linked ?? 0);
    }
    return linked;
  }

  /** The automatic name links in the graph (`auto-link:registry-name`), registry body first. */
  async findRegistryNameLinks(): Promise<Array<{ entityId: string; otherId: string }>> {
    const rows = await this.neo4j.read('reference/find-registry-name-links');
    return rows.map((row) => ({ entityId: String(row.entityId), otherId: String(row.otherId) }));
  }

  /** Removes automatic name links the rules no longer find; returns how many went. */
  async removeRegistryNameLinks(rows: Array<{ entityId: string; otherId: string }>): Promise<number> {
    let removed = 0;
    for (const batch of batches(rows)) {
      const result = await this.neo4j.write('reference/remove-registry-name-links', { rows: batch });
      removed += Number(result[0]?.removed ?? 0);
    }
    return removed;
  }

  /** The rules version the name links were last derived under, or null (never recorded). */
  async findIdentityLinkingVersion(): Promise<string | null> {
    const rows = await this.neo4j.read('reference/find-identity-linking');
    const version = rows[0]?.rulesVersion;
    return typeof version === 'string' ? version : null;
  }

  async recordIdentityLinking(run: {
    rulesVersion: string;
    created: number;
    removed: number;
    reason: string;
  }): Promise<void> {
    await this.neo4j.write('reference/record-identity-linking', run);
  }
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    yield items.slice(start, start + BATCH_SIZE);
  }
}
