import { ENTITY_LABELS } from '../common/graph-model';
import type { NodeRow, RelationshipRow } from './graph.repository';
import type { EntitySummary } from './models/entity-summary.model';
import type { Evidence, Property } from './models/evidence.model';
import type { Source } from './models/source.model';
import type { GraphRelationship } from './models/subgraph.model';
import { stringList } from '../common/collections';

const ENVELOPE_KEYS = new Set(['sourceIds', 'confidence', 'method', 'validFrom', 'validTo', 'status', 'recordedAt']);

export function toEntitySummary(row: NodeRow): EntitySummary {
  const labels = row.labels ?? [];
  return {
    id: row.id,
    name: row.name,
    type: labels.find((label) => (ENTITY_LABELS as readonly string[]).includes(label)) ?? 'Entity',
    kind: typeof row.kind === 'string' ? row.kind : null,
    country: stringList(row.country),
    riskCategories: stringList(row.riskCategories),
    demo: row.demo === true,
  };
}

export function toSource(row: Record<string, unknown>): Source {
  return {
    id: String(row.id),
    title: String(row.title ?? row.id),
    url: optionalString(row.url),
    publisher: optionalString(row.publisher),
    retrievedAt: optionalString(row.retrievedAt),
    licence: optionalString(row.licence),
  };
}

export function toEvidence(properties: Record<string, unknown>, sourcesById: Map<string, Source>): Evidence {
  const sourceIds = stringList(properties.sourceIds);
  return {
    sourceIds,
    sources: sourceIds.flatMap((id) => sourcesById.get(id) ?? []),
    confidence: typeof properties.confidence === 'number' ? properties.confidence : null,
    method: optionalString(properties.method),
    validFrom: optionalString(properties.validFrom),
    validTo: optionalString(properties.validTo),
    status: optionalString(properties.status),
    recordedAt: optionalString(properties.recordedAt),
  };
}

/** The relationship's own properties (role, share…), without the evidence envelope. */
export function toProperties(properties: Record<string, unknown>, skip: Set<string> = ENVELOPE_KEYS): Property[] {
  return Object.entries(properties)
    .filter(([key, value]) => !skip.has(key) && value !== null && value !== undefined)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([key, value]) => ({ key, value: JSON.stringify(value) }));
}

export function toGraphRelationship(row: RelationshipRow, sourcesById: Map<string, Source>): GraphRelationship {
  const evidence = toEvidence(row.properties, sourcesById);
  return {
    type: row.type,
    from: row.fromId,
    to: row.toId,
    sources: evidence.sources,
    evidence,
    properties: toProperties(row.properties),
  };
}

export function sourceIdsOf(rows: Array<{ properties: Record<string, unknown> }>): string[] {
  return [...new Set(rows.flatMap((row) => stringList(row.properties.sourceIds)))];
}

function optionalString(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
