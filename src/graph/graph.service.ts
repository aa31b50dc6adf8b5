import { NO_NAME_CHARACTER_REASON, refusedCharacterReason } from '../common/control-characters';
import { nameLengthReason } from '../common/name-length';
import { EMPTY_TEXT_REASON } from '../common/text-input';
import { Injectable } from '@nestjs/common';
import { distance } from 'fastest-levenshtein';
import { stringList } from '../common/collections';
import { readDetails } from '../watchlists/watchlist-entity';
import {
  checkAsOf,
  checkId,
  checkRange,
  checkRelationshipTypes,
  MAX_HOPS,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_SEARCH_LIMIT,
} from './graph-arguments';
import { sourceIdsOf, toEntitySummary, toEvidence, toGraphRelationship, toProperties, toSource } from './graph-mapping';
import { EntityNotFoundError, InvalidGraphArgumentError } from './graph.errors';
import { GraphRepository, type NodeRow, type RelationshipRow } from './graph.repository';
import { type Entity } from './models/entity.model';
import { RelationshipDirection } from './graph.enums';
import type { Source } from './models/source.model';
import type { EntitySearchHit, Path, Subgraph } from './models/subgraph.model';

const ENTITY_RELATIONSHIP_LIMIT = 500;
const NEIGHBOURHOOD_NODE_LIMIT = 500;
const PATH_LIMIT = 25;

@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  async getEntity(id: string): Promise<Entity> {
    checkId('id', id);
    const row = await this.repository.findEntity(id);
    if (!row) {
      throw new EntityNotFoundError(id);
    }
    const relationshipRows = await this.repository.findEntityRelationships(id, ENTITY_RELATIONSHIP_LIMIT + 1);
    const truncated = relationshipRows.length > ENTITY_RELATIONSHIP_LIMIT;
    const relationships = relationshipRows.slice(0, ENTITY_RELATIONSHIP_LIMIT);
    const riskCategories = stringList(row.riskCategories);
    const riskSourceIds = stringList(row.riskCategorySourceIds);
    const ownSourceIds = stringList(row.sourceIds);
    const sourcesById = await this.sourcesById([
      ...ownSourceIds,
      ...riskSourceIds,
      ...sourceIdsOf(relationships.map((relationship) => ({ properties: relationship.relationship }))),
    ]);
    const summaryKeys = new Set([
      'id',
      'name',
      'aliases',
      'kind',
      'country',
      'riskCategories',
      'riskCategorySourceIds',
      'sourceIds',
      'demo',
      'labels',
    ]);
    return {
      ...toEntitySummary(row),
      aliases: stringList(row.aliases),
      properties: toProperties(expandDetails(row), summaryKeys),
      riskEvidence: riskCategories.map((category, index) => ({
        category,
        source: sourcesById.get(riskSourceIds[index]) ?? null,
      })),
      sources: ownSourceIds.flatMap((sourceId) => sourcesById.get(sourceId) ?? []),
      relationships: relationships.map((relationship) => ({
        type: relationship.type,
        direction: relationship.outgoing ? RelationshipDirection.OUTGOING : RelationshipDirection.INCOMING,
        other: toEntitySummary(relationship.other),
        evidence: toEvidence(relationship.relationship, sourcesById),
        properties: toProperties(relationship.relationship),
      })),
      relationshipsTruncated: truncated,
    };
  }

  /**
   * Full-text candidates from Neo4j (every script, fuzzy per word, prefixes for short forms),
   * then re-ranked by how closely the best of each candidate's names matches the whole query.
   */
  async searchEntities(query: string, limit: number): Promise<EntitySearchHit[]> {
    checkRange('limit', limit, 1, MAX_SEARCH_LIMIT);
    // Since rules 1.226.0 refused in the sentences of every route's names (`refusedCharacterReason`,
    // `nameLengthReason`), a control character, a bidirectional override or an unpaired surrogate included.
    const refused = refusedCharacterReason(query);
    if (refused !== null) {
      throw new InvalidGraphArgumentError('query', refused);
    }
    const trimmed = query.normalize('NFKC').trim();
    if (trimmed.length === 0) {
      throw new InvalidGraphArgumentError('query', EMPTY_TEXT_REASON);
    }
    const tooLong = nameLengthReason(trimmed.length);
    if (tooLong !== null) {
      throw new InvalidGraphArgumentError('query', tooLong);
    }
    const luceneQuery = buildLuceneQuery(trimmed);
    if (luceneQuery === null) {
      // Since rules 1.232.0 the sentence every route says of a name with no letter or digit.
      throw new InvalidGraphArgumentError('query', NO_NAME_CHARACTER_REASON);
    }
    const candidates = await this.repository.searchEntities(luceneQuery, Math.max(limit * 4, 40));
    if (candidates.length === 0) {
      return [];
    }
    const topLuceneScore = Math.max(...candidates.map((candidate) => candidate.score));
    const hits = candidates.map(({ entity, score }) => {
      const best = [entity.name, ...stringList(entity.aliases)]
        .map((name) => ({ name, similarity: nameSimilarity(trimmed, name) }))
        .reduce((left, right) => (right.similarity > left.similarity ? right : left));
      return {
        entity: toEntitySummary(entity),
        score: round(0.3 * (score / topLuceneScore) + 0.7 * best.similarity),
        matchedName: best.name,
      };
    });
    hits.sort((left, right) => right.score - left.score || left.entity.name.localeCompare(right.entity.name));
    return hits.slice(0, limit);
  }

  async neighbourhood(id: string, depth: number, relationshipTypes: string[] | null): Promise<Subgraph> {
    checkId('id', id);
    checkRange('depth', depth, 1, MAX_NEIGHBOURHOOD_DEPTH);
    const types = checkRelationshipTypes(relationshipTypes);
    const start = await this.repository.findEntity(id);
    if (!start) {
      throw new EntityNotFoundError(id);
    }
    const nodes = new Map<string, NodeRow>([[id, start]]);
    const relationships = new Map<string, RelationshipRow>();
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const budget = NEIGHBOURHOOD_NODE_LIMIT - nodes.size;
      const rows = await this.repository.expandNeighbours(frontier, types, budget * 4 + 1);
      const next: string[] = [];
      for (const row of rows) {
        if (!nodes.has(row.other.id)) {
          if (nodes.size >= NEIGHBOURHOOD_NODE_LIMIT) {
            truncated = true;
            continue;
          }
          nodes.set(row.other.id, row.other);
          next.push(row.other.id);
        }
        relationships.set(`${row.fromId}|${row.type}|${row.toId}`, row);
      }
      truncated ||= rows.length > budget * 4;
      frontier = next;
    }
    const relationshipList = [...relationships.values()];
    const sourcesById = await this.sourcesById(sourceIdsOf(relationshipList));
    return {
      nodes: [...nodes.values()].map(toEntitySummary),
      relationships: relationshipList.map((row) => toGraphRelationship(row, sourcesById)),
      truncated,
    };
  }

  async paths(
    fromId: string,
    toId: string,
    maxHops: number,
    relationshipTypes: string[] | null,
    asOf: string | null,
  ): Promise<Path[]> {
    checkId('fromId', fromId);
    checkId('toId', toId);
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    const types = checkRelationshipTypes(relationshipTypes);
    const date = checkAsOf(asOf);
    await this.requireEntities([fromId, toId]);
    const rows = await this.repository.shortestPaths({ fromId, toId, maxHops, types, asOf: date, limit: PATH_LIMIT });
    const sourcesById = await this.sourcesById(sourceIdsOf(rows.flatMap((row) => row.relationships)));
    return rows.map((row) => ({
      nodes: row.nodes.map(toEntitySummary),
      relationships: row.relationships.map((relationship) => toGraphRelationship(relationship, sourcesById)),
      hops: row.relationships.length,
    }));
  }

  private async requireEntities(ids: string[]): Promise<void> {
    const found = await this.repository.findExistingIds(ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new EntityNotFoundError(missing);
    }
  }

  private async sourcesById(ids: string[]): Promise<Map<string, Source>> {
    const rows = await this.repository.findSources([...new Set(ids)]);
    return new Map(rows.map((row) => [String(row.id), toSource(row)]));
  }
}

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/**
 * Builds a Lucene query from free text: each Latin word matches exactly, with one typo (words of
 * 5+ letters) or as a prefix (so "univ" finds "University"); CJK runs are left to the CJK analyzer.
 * Every term is escaped; the result is sent as a parameter, never spliced into Cypher.
 */
export function buildLuceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 20);
  const clauses = words.map((word) => {
    const escaped = word.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
    if (CJK.test(word)) {
      return `"${escaped}"`;
    }
    const parts = [escaped];
    if (word.length >= 5) {
      parts.push(`${escaped}~1`);
    }
    if (word.length >= 3) {
      parts.push(`${escaped}*`);
    }
    return parts.length === 1 ? escaped : `(${parts.join(' OR ')})`;
  });
  return clauses.length > 0 ? clauses.join(' OR ') : null;
}

/** Words of a name for comparison: lower case, letters and digits; CJK text as overlapping pairs. */
export function comparisonTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0) {
      continue;
    }
    if (CJK.test(word) && word.length > 1) {
      for (let index = 0; index < word.length - 1; index++) {
        tokens.push(word.slice(index, index + 2));
      }
    } else {
      tokens.push(word);
    }
  }
  return tokens;
}

/**
 * How well a name answers a search, in [0, 1], whatever the word order: each query word is paired
 * with its closest word of the name (a prefix of 3+ letters counts as a match, so "univ" finds
 * "University"), and words of the name that the query does not mention lower the score a little.
 */
export function nameSimilarity(query: string, name: string): number {
  const queryTokens = comparisonTokens(query);
  const nameTokens = comparisonTokens(name);
  if (queryTokens.length === 0 || nameTokens.length === 0) {
    return 0;
  }
  const used = new Set<number>();
  let matched = 0;
  for (const queryToken of queryTokens) {
    let best = 0;
    let bestIndex = -1;
    nameTokens.forEach((nameToken, index) => {
      const similarity =
        queryToken.length >= 3 && nameToken.startsWith(queryToken)
          ? queryToken === nameToken
            ? 1
            : 0.9
          : 1 - distance(queryToken, nameToken) / Math.max(queryToken.length, nameToken.length);
      if (similarity > best && !used.has(index)) {
        best = similarity;
        bestIndex = index;
      }
    });
    if (best >= 0.6) {
      used.add(bestIndex);
      matched += best;
    }
  }
  const recall = matched / queryTokens.length;
  const coverage = used.size / nameTokens.length;
  return recall * (0.8 + 0.2 * coverage);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A list entry keeps its shown-only fields as the JSON text `details`: shown as properties of their own. */
function expandDetails(row: Record<string, unknown>): Record<string, unknown> {
  if (typeof row.details !== 'string') {
    return row;
  }
  const { details: _details, ...rest } = row;
  return { ...readDetails(row), ...rest };
}
