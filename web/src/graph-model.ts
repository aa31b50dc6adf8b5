import type { EntitySummary, GraphRelationship, RiskPath } from './api/operations';

/** A node with more links than this in the drawing is a hub (the PRC state node has hundreds). */
export const HUB_DEGREE = 25;

export interface GraphData {
  nodes: Map<string, EntitySummary>;
  edges: Map<string, GraphRelationship>;
}

export function edgeKey(relationship: Pick<GraphRelationship, 'from' | 'type' | 'to'>): string {
  return `${relationship.from}|${relationship.type}|${relationship.to}`;
}

export function nodeColour(node: Pick<EntitySummary, 'type' | 'kind'>): string {
  switch (node.type) {
    case 'Military':
      return '#8b1e1e';
    case 'SecurityService':
      return '#5b2a86';
    case 'State':
      return '#444444';
    case 'Person':
      return '#1f7a4d';
    default:
      break;
  }
  switch (node.kind) {
    case 'University':
      return '#1f5fa8';
    case 'GovernmentBody':
      return '#7a5c12';
    case 'StateOwnedEnterprise':
    case 'Company':
      return '#b3541e';
    case 'Laboratory':
    case 'ResearchInstitute':
      return '#2a8c8c';
    default:
      return '#5f6b7a';
  }
}

/**
 * Hubs: a State node, or any node with more than HUB_DEGREE links drawn; never the centre or a
 * node the analyst expanded (they asked to see it).
 */
export function findHubs(data: GraphData, keep: ReadonlySet<string>): Set<string> {
  const degree = new Map<string, number>();
  for (const edge of data.edges.values()) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const hubs = new Set<string>();
  for (const node of data.nodes.values()) {
    if (!keep.has(node.id) && (node.type === 'State' || (degree.get(node.id) ?? 0) > HUB_DEGREE)) {
      hubs.add(node.id);
    }
  }
  return hubs;
}

export function mergeGraph(data: GraphData, nodes: EntitySummary[], edges: GraphRelationship[]): GraphData {
  const next: GraphData = { nodes: new Map(data.nodes), edges: new Map(data.edges) };
  nodes.forEach((node) => next.nodes.set(node.id, node));
  edges.forEach((edge) => next.edges.set(edgeKey(edge), edge));
  return next;
}

/**
 * The risk path to highlight: the nearest beyond the entity itself (its own categories are in its
 * header), preferring a target that is not a State (every body of a country reaches its state in
 * one hop, which says little); a State target only when nothing else is in reach.
 */
export function nearestRisk(riskPaths: RiskPath[]): RiskPath | null {
  const beyond = riskPaths.filter((riskPath) => riskPath.hops > 0).sort((left, right) => left.hops - right.hops);
  return beyond.find((riskPath) => riskPath.target.type !== 'State') ?? beyond[0] ?? null;
}

/**
 * What the drawing shows: an edge when its type is not filtered out and neither end is a hidden
 * hub; a node when it is not a hidden hub and is the centre or has a shown edge.
 */
export function visibleElements(
  data: GraphData,
  hiddenTypes: ReadonlySet<string>,
  hiddenNodes: ReadonlySet<string>,
  centreId: string,
): { nodes: Set<string>; edges: Set<string> } {
  const edges = new Set<string>();
  const linked = new Set<string>([centreId]);
  for (const [key, edge] of data.edges) {
    if (!hiddenTypes.has(edge.type) && !hiddenNodes.has(edge.from) && !hiddenNodes.has(edge.to)) {
      edges.add(key);
      linked.add(edge.from);
      linked.add(edge.to);
    }
  }
  const nodes = new Set([...data.nodes.keys()].filter((id) => linked.has(id) && !hiddenNodes.has(id)));
  return { nodes, edges };
}
