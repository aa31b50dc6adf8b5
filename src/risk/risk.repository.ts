import { Injectable } from '@nestjs/common';
import type { RelationshipType } from '../common/graph-model';
import { readActiveListSequences, readSources } from '../graph/list-visibility';
import { firstColumn, int } from '../neo4j/neo4j-values';
import { Neo4jService, type QueryRunner, type Row } from '../neo4j/neo4j.service';
import type { PartyRecord } from './resolution-rule';
import type { FundingRow } from './funding-record';
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
    return this.neo4j.readTransaction((transaction) => work(new RiskReadTransaction(transaction)));
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
    caseId: string | null;
    findingId: string | null;
    decisionKey: string | null;
    sourceId: string;
    sourceTitle: string;
  }): Promise<Record<string, unknown> | null> {
    return firstColumn<Record<string, unknown>>(await this.neo4j.write('risk/create-same-as', parameters), 'link');
  }

  /** SAME_AS links (current) between any two of `ids`, as [from, to] id pairs. */
  async findSameAsLinks(ids: string[]): Promise<Array<[string, string]>> {
    if (ids.length < 2) {
      return [];
    }
    const rows = await this.neo4j.read('risk/find-same-as-links', { ids });
    return rows.map((row) => [String(row.leftId), String(row.rightId)]);
  }

  /**
   * Since rules 1.144.0: every name of the entities `ids` and of the bodies they are PART_OF (names and aliases,
   * aliases split at ";"): whether the body or its parent writes an acronym of the query's own.
   */
  async findBodyNames(ids: string[]): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('risk/find-body-names', { ids });
    return [
      ...new Set(
        rows.flatMap((row) =>
          [
            ...strings(row.name === null || row.name === undefined ? [] : [row.name]),
            ...strings(row.parentNames),
            ...[...strings(row.aliases), ...strings(row.parentAliases)].flatMap((alias) => alias.split(';')),
          ]
            .map((name) => name.trim())
            .filter((name) => name.length > 0),
        ),
      ),
    ];
  }

  /** The records the resolver compares to tell whether two list entries are one listed party. */
  async findResolutionRecords(ids: string[]): Promise<PartyRecord[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('risk/find-resolution-records', { ids });
    return rows.map((row) => {
      const labels = strings(row.labels);
      const name = typeof row.name === 'string' ? row.name : String(row.id);
      return {
        entityId: String(row.id),
        schema: typeof row.schema === 'string' ? row.schema : labels.includes('Person') ? 'Person' : 'Organization',
        names: [name, ...strings(row.aliases).flatMap((alias) => alias.split(';').map((part) => part.trim()))].filter(
          (value, index, all) => value.length > 0 && all.indexOf(value) === index,
        ),
        countries: [...new Set(strings(row.countries).map((country) => country.toLowerCase()))],
        birthDates: strings(row.birthDates),
        identifiers: strings(row.identifierValues),
        listIds: [...new Set(strings(row.listIds))].sort(),
        related: [...new Set(strings(row.related))].sort(),
      };
    });
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

  /** Writes FUNDS relationships an analyst gave with an assessment (see cypher/risk/record-funding). */
  async recordFunding(rows: FundingRow[], recordedAt: string): Promise<number> {
    if (rows.length === 0) {
      return 0;
    }
    const result = await this.neo4j.write('risk/record-funding', {
      rows,
      recordedAt,
      sourceId: 'src:analyst-funding',
      sourceTitle: 'Funding recorded by analysts with partnership assessments',
    });
    return Number(result[0]?.recorded ?? 0);
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

  constructor(private readonly transaction: QueryRunner) {}

  /**
   * One hop of the walk from every frontier id: relationships of the forward types along their
   * arrow, of the backward types against it, valid at `asOf`, at most `perNodeLimit` per node.
   */
  async expandStep(parameters: ExpandParameters): Promise<ExpandRow[]> {
    const walkBackward = parameters.backwardTypes.length > 0;
    const rows = await this.transaction.run(
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
        __FORWARD_TYPES__: parameters.forwardTypes,
        // With nothing to walk backwards the branch is switched off by $walkBackward; the pattern
        // still needs a type to parse.
        __BACKWARD_TYPES__: walkBackward ? parameters.backwardTypes : parameters.forwardTypes,
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
    const rows = await this.transaction.run('risk/find-entities', { ids });
    return new Map(
      rows.map((row) => {
        const entity = row.entity as Row;
        return [String(entity.id), { node: toWalkNode(entity, row.listings), topics: strings(entity.topics) }];
      }),
    );
  }

  findSources(ids: string[]): Promise<Row[]> {
    return readSources(this.transaction, ids);
  }

  async findPersonRoles(parameters: {
    ids: string[];
    types: string[];
    asOf: string;
    includeFormer: boolean;
  }): Promise<Row[]> {
    return this.transaction.run('risk/find-person-roles', {
      ...parameters,
      activeSeqs: await this.findActiveListSequences(),
    });
  }

  private findActiveListSequences(): Promise<Record<string, number>> {
    this.activeSeqs ??= readActiveListSequences(this.transaction);
    return this.activeSeqs;
  }
}
