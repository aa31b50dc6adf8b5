import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Path } from '../api/operations';
import { edgeKey, nodeColour } from '../graph-model';
import { entityPath, Link } from '../router';
import { RiskCategories } from './badges';
import { SourceList, validity } from './sources';

/** Draws paths left to right (breadth-first from the first node) and lists each step with its sources. */
export function PathDrawing({ paths, label }: { paths: Path[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || paths.length === 0) {
      return;
    }
    const nodes = new Map(paths.flatMap((path) => path.nodes.map((node) => [node.id, node] as const)));
    const edges = new Map(paths.flatMap((path) => path.relationships.map((edge) => [edgeKey(edge), edge] as const)));
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...[...nodes.values()].map((node) => ({
          data: { id: node.id, label: node.name, colour: nodeColour(node) },
          classes: node.riskCategories.length > 0 ? 'risk' : '',
        })),
        ...[...edges.values()].map((edge) => ({
          data: { id: edgeKey(edge), source: edge.from, target: edge.to, type: edge.type },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 10,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'text-valign': 'bottom',
          },
        },
        { selector: 'node.risk', style: { 'border-width': 4, 'border-color': '#d0191c', shape: 'diamond' } },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            'font-size': 8,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            width: 2,
            'text-rotation': 'autorotate',
          },
        },
      ],
      layout: { name: 'breadthfirst', directed: false, roots: [paths[0].nodes[0].id], spacingFactor: 1.1 },
      userZoomingEnabled: true,
    });
    container.current.setAttribute('data-node-count', String(cy.nodes().length));
    return () => cy.destroy();
  }, [paths]);

  return (
    <div className="path-drawing">
      <div ref={container} className="graph-canvas small" role="img" aria-label={label} />
      <ol className="paths">
        {paths.map((path, index) => (
          <li key={index} className="path">
            <p>
              <strong>
                {path.hops} {path.hops === 1 ? 'hop' : 'hops'}:
              </strong>{' '}
              {path.nodes.map((node) => node.name).join(' — ')}
            </p>
            <ol className="steps">
              {path.relationships.map((relationship, step) => {
                const left = path.nodes[step];
                const right = path.nodes[step + 1];
                const forward = relationship.from === left.id;
                const [subject, object] = forward ? [left, right] : [right, left];
                return (
                  <li key={step}>
                    <Link to={entityPath(subject.id)}>{subject.name}</Link> <code>{relationship.type}</code>{' '}
                    <Link to={entityPath(object.id)}>{object.name}</Link>{' '}
                    <RiskCategories categories={object.riskCategories} />{' '}
                    <span className="muted">({validity(relationship.evidence)})</span>
                    <SourceList sources={relationship.evidence.sources} />
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
