import { describe, expect, it } from 'vitest';
import type { EntitySummary, GraphRelationship, RiskPath } from './api/operations';
import { edgeKey, findHubs, HUB_DEGREE, nearestRisk, visibleElements } from './graph-model';

function node(id: string, type = 'Organisation'): EntitySummary {
  return { id, name: id, type, kind: null, country: [], riskCategories: [], demo: false };
}

function edge(from: string, to: string, type = 'PART_OF'): GraphRelationship {
  const evidence = { confidence: null, method: null, status: null, validFrom: null, validTo: null, sources: [] };
  return { type, from, to, properties: [], evidence };
}

function graph(nodes: EntitySummary[], edges: GraphRelationship[]) {
  return { nodes: new Map(nodes.map((one) => [one.id, one])), edges: new Map(edges.map((one) => [edgeKey(one), one])) };
}

describe('findHubs', () => {
  const spokes = Array.from({ length: HUB_DEGREE + 1 }, (_, index) => node(`spoke-${index}`));
  const star = graph(
    [node('centre'), node('busy'), ...spokes],
    [edge('centre', 'busy'), ...spokes.map((spoke) => edge(spoke.id, 'busy'))],
  );

  it('hides a node with more links than the hub degree', () => {
    expect([...findHubs(star, new Set(['centre']))]).toEqual(['busy']);
  });

  it('never hides a node the analyst expanded, however many links it has', () => {
    expect([...findHubs(star, new Set(['centre', 'busy']))]).toEqual([]);
  });

  it('hides a state node even with few links', () => {
    const sut = findHubs(
      graph([node('centre'), node('state:xx', 'State')], [edge('centre', 'state:xx')]),
      new Set(['centre']),
    );

    expect([...sut]).toEqual(['state:xx']);
  });
});

describe('nearestRisk', () => {
  const riskPath = (target: EntitySummary, hops: number): RiskPath => ({
    hops,
    target,
    path: { hops, nodes: [], relationships: [] },
  });
  const itself = riskPath(node('centre'), 0);
  const state = riskPath(node('state:xx', 'State'), 1);
  const agency = riskPath(node('agency'), 2);

  it.each([
    ['the nearest body beyond the entity itself', [itself, agency], agency],
    ['a body over a nearer State, which every body of the country reaches', [itself, state, agency], agency],
    ['the State when nothing else is in reach', [itself, state], state],
    ['nothing when only the entity itself has a risk', [itself], null],
  ])('picks %s', (_case, paths, expected) => {
    expect(nearestRisk(paths)).toBe(expected);
  });
});

describe('visibleElements', () => {
  const data = graph(
    [node('centre'), node('lab'), node('funder'), node('state:xx', 'State'), node('loose')],
    [
      edge('lab', 'centre'),
      edge('funder', 'centre', 'FUNDED_BY'),
      edge('centre', 'state:xx', 'SUPERVISED_BY'),
      edge('loose', 'state:xx', 'SUPERVISED_BY'),
    ],
  );

  it('shows every node and edge when nothing is filtered or hidden', () => {
    const sut = visibleElements(data, new Set(), new Set(), 'centre');

    expect(sut.nodes.size).toBe(5);
    expect(sut.edges.size).toBe(4);
  });

  it('drops the edges of a filtered type and the nodes left without a shown edge', () => {
    const sut = visibleElements(data, new Set(['FUNDED_BY']), new Set(), 'centre');

    expect([...sut.nodes].sort()).toEqual(['centre', 'lab', 'loose', 'state:xx']);
    expect(sut.edges.has(edgeKey(edge('funder', 'centre', 'FUNDED_BY')))).toBe(false);
  });

  it('drops a hidden hub, its edges and the nodes linked only through it, but keeps the centre', () => {
    const sut = visibleElements(data, new Set(['PART_OF', 'FUNDED_BY']), new Set(['state:xx']), 'centre');

    expect([...sut.nodes]).toEqual(['centre']);
    expect(sut.edges.size).toBe(0);
  });
});
