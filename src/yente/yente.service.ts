import { refusedTextField } from '../common/control-characters';
import { nameLengthReason } from '../common/name-length';
import { Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service';
import { RelationshipDirection } from '../graph/graph.enums';
import { countryInputReason, countryOfInput } from '../matching/country-input';
import type { ScreeningMatch } from '../screening/models/screening-result.model';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { MAX_LIMIT, prepareScreening, ScreeningService } from '../screening/screening.service';
import { WatchlistsService } from '../watchlists/watchlists.service';
import { type EntityExample, type FtmEntity, normaliseExample, toFtmEntity, toScreeningInput } from './ftm-mapping';
import { DatasetNotFoundError, YenteQueryError } from './yente.errors';
import { YenteRepository } from './yente.repository';

/** The scope yente calls "all datasets". */
export const DEFAULT_DATASET = 'default';
export const MATCHER_NAME = 'partner-graph';
/** yente's algorithm names: all answered by partner-graph's one matcher (see README). */
export const YENTE_ALGORITHMS = [
  'best',
  'logic-v2',
  'logic-v1',
  'regression-v1',
  'name-based',
  'name-qualified',
  'ofac-249',
  MATCHER_NAME,
];
export const MAX_QUERIES = 100;
export const DEFAULT_MATCH_LIMIT = 5;
export const DEFAULT_SEARCH_LIMIT = 10;

export interface ScoredEntity extends FtmEntity {
  score: number;
  match: boolean;
  features: Record<string, number>;
  explanations: Record<string, { score: number; detail: string }>;
  /** Since rules 1.210.0: true for a fictional demo body of the seed (found only by one of its own names whole). */
  demo: boolean;
}

export interface EntityMatches {
  status: number;
  results: ScoredEntity[];
  total: { value: number; relation: string };
  query: EntityExample;
}

export interface MatchResponse {
  responses: Record<string, EntityMatches>;
  matcher: { name: string; algorithm: string; threshold: number; description: string };
  limit: number;
}

export interface SearchResponse {
  results: FtmEntity[];
  facets: Record<string, { label: string; values: Array<{ name: string; label: string; count: number }> }>;
  total: { value: number; relation: string };
  limit: number;
  offset: number;
}

export interface CatalogDataset {
  name: string;
  title: string;
  type: 'source' | 'collection';
  summary: string | null;
  url: string | null;
  license: string | null;
  updated_at: string | null;
  last_export: string | null;
  version: string | null;
  index_version: string | null;
  index_current: boolean;
  load: boolean;
  entity_count: number | null;
  children: string[];
}

export interface Catalog {
  datasets: CatalogDataset[];
  current: string[];
  outdated: string[];
  index_stale: boolean;
}

export interface MatchOptions {
  limit: number;
  threshold: number;
  algorithm: string;
}

/** Relationship types as FollowTheMoney link schemas, and the property that holds the link on each side. */
const LINKS: Record<string, { schema: string; outgoing: string; incoming: string; self: string; other: string }> = {
  OWNED_BY: {
    schema: 'Ownership',
    outgoing: 'ownershipAsset',
    incoming: 'ownershipOwner',
    self: 'asset',
    other: 'owner',
  },
  SUBSIDIARY_OF: {
    schema: 'Ownership',
    outgoing: 'ownershipAsset',
    incoming: 'ownershipOwner',
    self: 'asset',
    other: 'owner',
  },
  CONTROLLED_BY: {
    schema: 'Ownership',
    outgoing: 'ownershipAsset',
    incoming: 'ownershipOwner',
    self: 'asset',
    other: 'owner',
  },
  DIRECTOR_OF: {
    schema: 'Directorship',
    outgoing: 'directorshipDirector',
    incoming: 'directorshipOrganization',
    self: 'director',
    other: 'organization',
  },
  EMPLOYED_BY: {
    schema: 'Employment',
    outgoing: 'employers',
    incoming: 'employees',
    self: 'employee',
    other: 'employer',
  },
  MEMBER_OF: {
    schema: 'Membership',
    outgoing: 'membershipMember',
    incoming: 'membershipOrganization',
    self: 'member',
    other: 'organization',
  },
  FUNDED_BY: {
    schema: 'Payment',
    outgoing: 'paymentBeneficiary',
    incoming: 'paymentPayer',
    self: 'beneficiary',
    other: 'payer',
  },
};
const UNKNOWN_LINK = {
  schema: 'UnknownLink',
  outgoing: 'unknownLinkSubject',
  incoming: 'unknownLinkObject',
  self: 'subject',
  other: 'object',
};

/**
 * yente's API over partner-graph: query entities become screening inputs, matches become scored
 * FollowTheMoney entities, and list ids are yente's datasets.
 */
@Injectable()
export class YenteService {
  constructor(
    private readonly screening: ScreeningService,
    private readonly index: ScreeningIndexService,
    private readonly graph: GraphService,
    private readonly watchlists: WatchlistsService,
    private readonly repository: YenteRepository,
  ) {}

  async match(dataset: string, body: unknown, options: MatchOptions): Promise<MatchResponse> {
    const lists = await this.scope(dataset);
    checkAlgorithm(options.algorithm);
    checkLimit(options.limit, 'limit');
    if (!Number.isFinite(options.threshold) || options.threshold < 0 || options.threshold > 1) {
      throw new YenteQueryError('threshold', 'must be a number from 0 to 1');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new YenteQueryError('body', 'must be {"queries": {"<your id>": {"schema": …, "properties": {…}}}}');
    }
    const { queries, ...rest } = body as Record<string, unknown>;
    for (const key of Object.keys(rest)) {
      // yente's scoring weights and algorithm config tune its own algorithms; partner-graph has one matcher.
      if (key !== 'weights' && key !== 'config') {
        throw new YenteQueryError(key, 'unknown field; the body has queries (and optionally weights, config)');
      }
    }
    if (queries === null || typeof queries !== 'object' || Array.isArray(queries)) {
      throw new YenteQueryError('queries', 'must be an object of your query ids to query entities');
    }
    const entries = Object.entries(queries as Record<string, unknown>).filter(([, example]) => example !== null);
    if (entries.length === 0) {
      throw new YenteQueryError('queries', 'No queries provided.');
    }
    if (entries.length > MAX_QUERIES) {
      throw new YenteQueryError('queries', `Too many queries in one batch (limit: ${MAX_QUERIES})`);
    }
    const prepared = entries.map(([key, raw]) => {
      const field = `queries.${key}`;
      const example = normaliseExample(raw, field);
      return {
        key,
        example,
        input: toScreeningInput(example, field, { limit: options.limit, threshold: options.threshold, lists }),
      };
    });
    // Checked one by one first, so a bad value is reported under the caller's query id.
    prepared.forEach((one) => prepareScreening(one.input, `queries.${one.key}.`));
    const results = await this.screening.screenBatch(prepared.map((one) => one.input));
    const entityRows = await this.repository.findEntities([
      ...new Set(results.flatMap((result) => result.matches.map((match) => match.entityId))),
    ]);
    const responses: Record<string, EntityMatches> = {};
    prepared.forEach((one, position) => {
      const scored = results[position].matches.flatMap((match) => {
        const row = entityRows.get(match.entityId);
        return row ? [toScored(toFtmEntity(row), match)] : [];
      });
      responses[one.key] = {
        status: 200,
        results: scored,
        total: { value: scored.length, relation: 'eq' },
        query: { id: one.example.id ?? null, schema: one.example.schema, properties: one.example.properties },
      };
    });
    return {
      responses,
      matcher: {
        name: MATCHER_NAME,
        algorithm: options.algorithm,
        threshold: options.threshold,
        description:
          'partner-graph name matching (token alignment, transliteration, acronyms, legal forms) with country, birth date, identifier and schema features',
      },
      limit: options.limit,
    };
  }

  /**
   * Text search: the name index (as matching uses it) ranks first, then the graph's full-text
   * search adds what a partial name finds (a surname alone); both are filtered by dataset, schema
   * and countries.
   */
  async search(
    dataset: string,
    options: { q: string; limit: number; offset: number; schema: string | null; countries: string[] },
  ): Promise<SearchResponse> {
    const lists = await this.scope(dataset);
    checkLimit(options.limit, 'limit');
    if (!Number.isInteger(options.offset) || options.offset < 0 || options.offset + options.limit > MAX_LIMIT) {
      throw new YenteQueryError('offset', `offset + limit must be at most ${MAX_LIMIT}`);
    }
    // Read as every route reads a country (a code, name or demonym): one the tables do not know is refused, not
    // dropped, since a filter that silently loses a value widens the answer.
    // Since rules 1.226.0 refused as every route refuses such text (`refusedCharacterReason`).
    const refused = refusedTextField({ q: options.q, countries: options.countries, schema: options.schema });
    if (refused !== null) {
      throw new YenteQueryError(refused.field, refused.reason);
    }
    const countries = options.countries.map((country, position) => {
      const code = countryOfInput(country.slice(0, 200));
      if (code === null) {
        throw new YenteQueryError(`countries[${position}]`, countryInputReason(country.slice(0, 40)));
      }
      return code;
    });
    const q = options.q.trim();
    if (q.length === 0) {
      return { results: [], facets: {}, total: { value: 0, relation: 'eq' }, limit: options.limit, offset: 0 };
    }
    // Since rules 1.219.0 the one limit of every route's names, refused as `q` (the screen would name its own field).
    const tooLong = nameLengthReason(q.length);
    if (tooLong !== null) {
      throw new YenteQueryError('q', tooLong);
    }
    const schema = options.schema && !['Thing', 'LegalEntity'].includes(options.schema) ? options.schema : null;
    const named = await this.screening.screen({ name: q, schema, limit: MAX_LIMIT, lists, pathRisks: false });
    const texts = await this.graph.searchEntities(q, MAX_LIMIT);
    const ids = [...new Set([...named.matches.map((match) => match.entityId), ...texts.map((hit) => hit.entity.id)])];
    const rows = await this.repository.findEntities(ids);
    const entities = ids
      .flatMap((id) => {
        const row = rows.get(id);
        return row ? [toFtmEntity(row)] : [];
      })
      .filter((entity) => lists.length === 0 || entity.datasets.some((listId) => lists.includes(listId)))
      .filter((entity) => schema === null || entity.schema === schema)
      .filter(
        (entity) =>
          countries.length === 0 ||
          [...(entity.properties.country ?? []), ...(entity.properties.nationality ?? [])].some(
            (value) => typeof value === 'string' && countries.includes(value.toLowerCase()),
          ),
      );
    return {
      results: entities.slice(options.offset, options.offset + options.limit),
      facets: facetsOf(entities),
      total: { value: entities.length, relation: 'eq' },
      limit: options.limit,
      offset: options.offset,
    };
  }

  /** One entity with its relationships nested as FollowTheMoney link entities (yente's `nested=true`). */
  async entity(id: string, nested: boolean): Promise<FtmEntity> {
    const graphEntity = await this.graph.getEntity(id);
    const relationships = nested
      ? graphEntity.relationships.filter((relationship) => relationship.type !== 'LISTED_ON')
      : [];
    const rows = await this.repository.findEntities([
      id,
      ...new Set(relationships.map((relationship) => relationship.other.id)),
    ]);
    const own = rows.get(id);
    const entity = own ? toFtmEntity(own) : toFtmEntity({ entity: { id, name: graphEntity.name }, listings: [] });
    const referents = new Set<string>();
    for (const relationship of relationships) {
      if (relationship.type === 'SAME_AS') {
        referents.add(relationship.other.id);
        continue;
      }
      const otherRow = rows.get(relationship.other.id);
      if (!otherRow) {
        continue;
      }
      const link = LINKS[relationship.type] ?? UNKNOWN_LINK;
      const outgoing = relationship.direction === RelationshipDirection.OUTGOING;
      const linkProperties: FtmEntity['properties'] = {
        [outgoing ? link.self : link.other]: [id],
        [outgoing ? link.other : link.self]: [toFtmEntity(otherRow)],
      };
      const extra = Object.fromEntries(relationship.properties.map((property) => [property.key, property.value]));
      if (link === UNKNOWN_LINK || extra.role) {
        linkProperties.role = [String(extra.role ?? relationship.type.toLowerCase().replace(/_/g, ' '))];
      }
      if (extra.share) {
        linkProperties.percentage = [String(extra.share)];
      }
      if (relationship.evidence.validFrom) {
        linkProperties.startDate = [relationship.evidence.validFrom];
      }
      if (relationship.evidence.validTo) {
        linkProperties.endDate = [relationship.evidence.validTo];
      }
      const property = outgoing ? link.outgoing : link.incoming;
      const linkEntity: FtmEntity = {
        id: `${id}-${relationship.type.toLowerCase()}-${relationship.other.id}`,
        caption: link.schema,
        schema: link.schema,
        properties: linkProperties,
        datasets: entity.datasets,
        referents: [],
        target: false,
        first_seen: relationship.evidence.recordedAt,
        last_seen: relationship.evidence.recordedAt,
        last_change: relationship.evidence.recordedAt,
      };
      entity.properties[property] = [...(entity.properties[property] ?? []), linkEntity];
    }
    entity.referents = [...referents].sort();
    return entity;
  }

  /** Our lists as yente datasets, and `default` as the collection of all of them. */
  async catalog(): Promise<Catalog> {
    const lists = await this.watchlists.watchlists();
    const snapshot = await this.index.current();
    const indexed = new Map(snapshot.listVersions.map((version) => [version.listId, version.versionId]));
    const sources: CatalogDataset[] = lists
      .filter((list) => list.activeVersion !== null)
      .map((list) => {
        const version = list.activeVersion!;
        return {
          name: list.id,
          title: list.name,
          type: 'source',
          summary: version.sample ? 'A sample copy shipped with partner-graph' : null,
          url: version.sourceUrl,
          license: version.licence,
          updated_at: version.importedAt,
          last_export: version.issuedAt ?? version.importedAt,
          version: version.id,
          index_version: indexed.get(list.id) ?? null,
          index_current: indexed.get(list.id) === version.id,
          load: true,
          entity_count: version.entryCount,
          children: [],
        };
      });
    const collection: CatalogDataset = {
      name: DEFAULT_DATASET,
      title: 'All lists and the curated graph',
      type: 'collection',
      summary: 'Every list partner-graph has imported, and its curated affiliation graph',
      url: null,
      license: null,
      updated_at: snapshot.builtAt,
      last_export: snapshot.builtAt,
      version: snapshot.builtAt,
      index_version: snapshot.builtAt,
      index_current: true,
      load: false,
      entity_count: snapshot.entities,
      children: sources.map((source) => source.name),
    };
    const datasets = [collection, ...sources];
    const outdated = sources.filter((source) => !source.index_current).map((source) => source.name);
    return {
      datasets,
      current: datasets.filter((dataset) => dataset.index_current).map((dataset) => dataset.name),
      outdated,
      index_stale: outdated.length > 0,
    };
  }

  /** The lists a dataset name restricts to: none for `default`, the one list otherwise. */
  private async scope(dataset: string): Promise<string[]> {
    if (dataset === DEFAULT_DATASET) {
      return [];
    }
    const snapshot = await this.index.current();
    if (!snapshot.knownLists.has(dataset)) {
      throw new DatasetNotFoundError(dataset, [DEFAULT_DATASET, ...[...snapshot.knownLists].sort()]);
    }
    return [dataset];
  }
}

function checkAlgorithm(algorithm: string): void {
  if (!YENTE_ALGORITHMS.includes(algorithm.trim().toLowerCase())) {
    throw new YenteQueryError(
      'algorithm',
      `Invalid algorithm: ${algorithm}; algorithms: ${YENTE_ALGORITHMS.join(', ')}`,
    );
  }
}

function checkLimit(limit: number, field: string): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new YenteQueryError(field, `must be a whole number from 1 to ${MAX_LIMIT}`);
  }
}

function toScored(entity: FtmEntity, match: ScreeningMatch): ScoredEntity {
  return {
    ...entity,
    score: match.score,
    match: match.match,
    features: Object.fromEntries(match.features.map((feature) => [feature.name, feature.value])),
    explanations: Object.fromEntries(
      match.features.map((feature) => [feature.name, { score: feature.value, detail: feature.reason }]),
    ),
    demo: match.demo === true,
  };
}

function facetsOf(entities: FtmEntity[]): SearchResponse['facets'] {
  const count = (values: string[]): Array<{ name: string; label: string; count: number }> => {
    const counts = new Map<string, number>();
    values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1));
    return [...counts.entries()]
      .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
      .map(([name, total]) => ({ name, label: name, count: total }));
  };
  const strings = (values: Array<string | FtmEntity> | undefined): string[] =>
    (values ?? []).filter((value): value is string => typeof value === 'string');
  return {
    countries: { label: 'Countries', values: count(entities.flatMap((entity) => strings(entity.properties.country))) },
    datasets: { label: 'Data sources', values: count(entities.flatMap((entity) => entity.datasets)) },
    topics: { label: 'Topics', values: count(entities.flatMap((entity) => strings(entity.properties.topics))) },
  };
}
