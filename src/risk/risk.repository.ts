import { Injectable } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../graph/graph-model';
import { int, toPlain } from '../neo4j/neo4j-values';
import { Neo4jService, type Row } from '../neo4j/neo4j.service';
import type { ListingFact, WalkNode } from './risk-scoring';

export interface ExpandRow {
  viaId: string;
  type: string;
  forward: boolean;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
  other: WalkNode;
}

export interface StartRow {
  node: WalkNode;
  topics: string[];
}

export interface RoleRow {
  personId: string;
  type: string;
  properties: Record<string, unknown>;
  body: WalkNode;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function toListings(value: unknown): ListingFact[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return (value as Row[])
    .map((listing) => ({
      listId: String(listing.listId),
      listName: String(listing.listName),
      programmes: strings(listing.programmes),
      sourceIds: strings(listing.sourceIds),
    }))
    .sort((left, right) => left.listId.localeCompare(right.listId));
}

export function toWalkNode(row: Row, listings: unknown = []): WalkNode {
  return {
    id: String(row.id),
    name: typeof row.name === 'string' ? row.name : String(row.id),
    labels: strings(row.labels),
    kind: typeof row.kind === 'string' ? row.kind : null,
    country: strings(row.country),
    aliases: strings(row.aliases),
    riskCategories: strings(row.riskCategories),
    riskCategorySourceIds: strings(row.riskCategorySourceIds),
    demo: row.demo === true,
    listings: toListings(listings),
  };
}

function typePattern(types: RelationshipType[]): string {
  for (const type of types) {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new Error(`"${type}" is not a relationship type`);
    }
  }
  return types.join('|');
}

/** The only place the risk feature talks to Neo4j. */
@Injectable()
export class RiskRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Runs `work` in one read transaction (one snapshot, no BEGIN/COMMIT per query): a whole walk
   * reads its hops through it. Managed and retried, so `work` must start from scratch each time.
   */
  async inReadTransaction<T>(work: (reads: RiskReads) => Promise<T>): Promise<T> {
    return this.inRiskReadTransaction(work);
  }

  private async inRiskReadTransaction<T>(work: (reads: RiskReadTransaction) => Promise<T>): Promise<T> {
    return this.neo4j.readTransaction((transaction) => work(new RiskReadTransaction(transaction, this.neo4j)));
  }

  expandStep(parameters: ExpandParameters): Promise<ExpandRow[]> {
    return this.inReadTransaction((reads) => reads.expandStep(parameters));
  }

  findEntities(ids: string[]): Promise<Map<string, StartRow>> {
    return this.inReadTransaction((reads) => reads.findEntities(ids));
  }

  findSources(ids: string[]): Promise<Row[]> {
    return this.inReadTransaction((reads) => reads.findSources(ids));
  }

  async findPersonRoles(parameters: {
    ids: string[];
    types: string[];
    asOf: string;
    includeFormer: boolean;
  }): Promise<RoleRow[]> {
    if (parameters.ids.length === 0) {
      return [];
    }
    const rows = await this.inRiskReadTransaction((reads) => reads.findPersonRoles(parameters));
    return rows.map((row) => ({
      personId: String(row.personId),
      type: String(row.type),
      properties: (row.relationship ?? {}) as Record<string, unknown>,
      body: toWalkNode(row.body as Row),
    }));
  }

  async createSameAs(parameters: {
    entityId: string;
    listEntityId: string;
    note: string;
    decidedBy: string;
    decidedAt: string;
    sourceId: string;
    sourceTitle: string;
  }): Promise<Record<string, unknown> | null> {
    const rows = await this.neo4j.write('risk/create-same-as', parameters);
    return rows.length > 0 ? (rows[0].link as Record<string, unknown>) : null;
  }

  async findIdentifiedEntities(): Promise<Array<{ id: string; identifiers: string[] }>> {
    const rows = await this.neo4j.read('risk/find-identified-entities');
    return rows.map((row) => ({ id: String(row.id), identifiers: strings(row.identifiers) }));
  }

  async findListEntriesByIdentifiers(
    listId: string,
    values: string[],
  ): Promise<Array<{ id: string; identifierValues: string[] }>> {
    if (values.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('risk/find-list-entries-by-identifiers', { listId, values });
    return rows.map((row) => ({ id: String(row.id), identifierValues: strings(row.identifierValues) }));
  }

  async createAutomaticSameAs(
    rows: Array<{ entityId: string; listEntityId: string; identifier: string; note: string; sourceIds: string[] }>,
    decidedAt: string,
  ): Promise<number> {
    if (rows.length === 0) {
      return 0;
    }
    const result = await this.neo4j.write('risk/create-automatic-same-as', { rows, decidedAt });
    return Number(result[0]?.linked ?? 0);
  }
}

export interface ExpandParameters {
  ids: string[];
  forwardTypes: RelationshipType[];
  backwardTypes: RelationshipType[];
  asOf: string;
  includeFormer: boolean;
  perNodeLimit: number;
}

/** The reads a walk makes; the repository answers them, each in its own transaction or in one. */
export interface RiskReads {
  expandStep(parameters: ExpandParameters): Promise<ExpandRow[]>;
  findEntities(ids: string[]): Promise<Map<string, StartRow>>;
  findSources(ids: string[]): Promise<Row[]>;
}

/** The walk's reads inside one managed read transaction. */
class RiskReadTransaction implements RiskReads {
  /** Every list's active sequence number, read once per transaction: which list-borne relationships are visible. */
  private activeSeqs: Promise<Record<string, number>> | null = null;

  constructor(
    private readonly transaction: ManagedTransaction,
    private readonly neo4j: Neo4jService,
  ) {}

  /**
   * One hop of the walk from every frontier id: relationships of the forward types along their
   * arrow, of the backward types against it, valid at `asOf`, at most `perNodeLimit` per node.
   */
  async expandStep(parameters: ExpandParameters): Promise<ExpandRow[]> {
    const walkBackward = parameters.backwardTypes.length > 0;
    const rows = await this.run(
      'risk/expand-step',
      {
        ids: parameters.ids,
        asOf: parameters.asOf,
        includeFormer: parameters.includeFormer,
        walkBackward,
        perNodeLimit: int(parameters.perNodeLimit),
        activeSeqs: await this.findActiveListSequences(),
      },
      {
        __FORWARD_TYPES__: typePattern(parameters.forwardTypes),
        // With nothing to walk backwards the branch is switched off by $walkBackward; the pattern
        // still needs a type to parse.
        __BACKWARD_TYPES__: typePattern(walkBackward ? parameters.backwardTypes : parameters.forwardTypes),
      },
    );
    return rows.map((row) => ({
      viaId: String(row.viaId),
      type: String(row.type),
      forward: row.forward === true,
      fromId: String(row.fromId),
      toId: String(row.toId),
      properties: (row.relationship ?? {}) as Record<string, unknown>,
      other: toWalkNode(row.other as Row, row.listings),
    }));
  }

  async findEntities(ids: string[]): Promise<Map<string, StartRow>> {
    const rows = await this.run('risk/find-entities', { ids });
    return new Map(
      rows.map((row) => {
        const entity = row.entity as Row;
        return [String(entity.id), { node: toWalkNode(entity, row.listings), topics: strings(entity.topics) }];
      }),
    );
  }

  async findSources(ids: string[]): Promise<Row[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.run('risk/find-sources', { ids });
    return rows.map((row) => row.source as Row);
  }

  async findPersonRoles(parameters: {
    ids: string[];
    types: string[];
    asOf: string;
    includeFormer: boolean;
  }): Promise<Row[]> {
    return this.run('risk/find-person-roles', { ...parameters, activeSeqs: await this.findActiveListSequences() });
  }

  private findActiveListSequences(): Promise<Record<string, number>> {
    this.activeSeqs ??= this.run('risk/find-active-list-sequences', {}).then((rows) =>
      Object.fromEntries(rows.map((row) => [String(row.listId), Number(row.activeSeq ?? 0)])),
    );
    return this.activeSeqs;
  }

  /**
   * Runs a named statement. A placeholder for relationship types is replaced by a |-joined list of
   * allow-listed types (checked in typePattern), never by user text; values stay parameters.
   */
  private async run(
    queryName: string,
    parameters: Record<string, unknown>,
    substitutions: Record<string, string> = {},
  ): Promise<Row[]> {
    let statement = this.neo4j.cypher.get(queryName);
    for (const [placeholder, text] of Object.entries(substitutions)) {
      statement = statement.replaceAll(placeholder, text);
    }
    const result = await this.transaction.run(statement, parameters);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
