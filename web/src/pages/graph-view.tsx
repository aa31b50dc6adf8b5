import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../api/client';
import { type EntitySummary, NEIGHBOURHOOD, RISK_PATHS, type RiskPath } from '../api/operations';
import { kindOf } from '../components/badges';
import { ErrorBox, Loading } from '../components/states';
import {
  edgeKey,
  findHubs,
  type GraphData,
  HUB_DEGREE,
  mergeGraph as merge,
  nearestRisk,
  nodeColour,
  visibleElements,
} from '../graph-model';
import { entityPath, Link } from '../router';

const STYLE: cytoscape.StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 9,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 18,
      height: 18,
      color: '#1b1f24',
    },
  },
  { selector: 'node.risk', style: { 'border-width': 4, 'border-color': '#d0191c', shape: 'diamond' } },
  { selector: 'node.centre', style: { width: 28, height: 28, 'font-weight': 'bold', 'font-size': 11 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 7,
      color: '#57606a',
      'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge.former', style: { 'line-style': 'dashed' } },
  {
    selector: '.on-risk-path',
    style: { 'line-color': '#d0191c', 'target-arrow-color': '#d0191c', width: 3.5, 'z-index': 10 },
  },
  { selector: 'node.on-risk-path', style: { 'border-width': 4, 'border-color': '#d0191c' } },
];

function runLayout(elements: cytoscape.CollectionReturnValue, centreId: string): void {
  const large = elements.length > 300;
  elements
    .layout(
      large
        ? {
            name: 'concentric',
            concentric: (node) => (node.id() === centreId ? 2 : 1),
            levelWidth: () => 1,
            animate: false,
          }
        : {
            name: 'cose',
            animate: false,
            randomize: false,
            nodeRepulsion: () => 9000,
            idealEdgeLength: () => 90,
            numIter: 600,
          },
    )
    .run();
}

/** Puts a node that was never laid out next to a neighbour that was, at a spot of its own. */
function placeBeside(node: cytoscape.NodeSingular, placed: ReadonlySet<string>): void {
  const anchor = node
    .neighborhood()
    .nodes()
    .toArray()
    .find((other) => placed.has(other.id()));
  const centre = anchor ? anchor.position() : { x: 0, y: 0 };
  const angle = ((placed.size * 137.5) % 360) * (Math.PI / 180);
  node.position({ x: centre.x + 70 * Math.cos(angle), y: centre.y + 70 * Math.sin(angle) });
}

export function GraphView({ centre }: { centre: EntitySummary }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [data, setData] = useState<GraphData>({ nodes: new Map([[centre.id, centre]]), edges: new Map() });
  const [loading, setLoading] = useState<string | null>('the neighbourhood');
  const [error, setError] = useState<unknown>(null);
  const [truncated, setTruncated] = useState(false);
  const [riskPath, setRiskPath] = useState<RiskPath | null | undefined>(undefined);
  const [showHubs, setShowHubs] = useState(false);
  const [hiddenTypes, setHiddenTypes] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string>(centre.id);
  const [expanded, setExpanded] = useState<Set<string>>(new Set([centre.id]));
  /** Nodes with a position (laid out, or placed when shown); a filter change moves none of them. */
  const placed = useRef<Set<string>>(new Set());
  const layouts = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    setData({ nodes: new Map([[centre.id, centre]]), edges: new Map() });
    setExpanded(new Set([centre.id]));
    setSelected(centre.id);
    setLoading('the neighbourhood');
    setError(null);
    Promise.all([
      graphql(NEIGHBOURHOOD, { id: centre.id, depth: 1, relationshipTypes: null }, controller.signal),
      graphql(RISK_PATHS, { entityId: centre.id, maxHops: 4 }, controller.signal),
    ]).then(
      ([neighbourhood, risk]) => {
        const nearest = nearestRisk(risk.riskPaths);
        setRiskPath(nearest);
        setTruncated(neighbourhood.neighbourhood.truncated);
        setData((previous) =>
          merge(
            merge(previous, neighbourhood.neighbourhood.nodes, neighbourhood.neighbourhood.relationships),
            nearest?.path.nodes ?? [],
            nearest?.path.relationships ?? [],
          ),
        );
        setLoading(null);
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) {
          setError(reason);
          setLoading(null);
        }
      },
    );
    return () => controller.abort();
  }, [centre]);

  const expand = useCallback(
    (id: string) => {
      setLoading('the neighbours');
      setError(null);
      graphql(NEIGHBOURHOOD, { id, depth: 1, relationshipTypes: null }).then(
        (result) => {
          setData((previous) => merge(previous, result.neighbourhood.nodes, result.neighbourhood.relationships));
          setTruncated((previous) => previous || result.neighbourhood.truncated);
          setExpanded((previous) => new Set(previous).add(id));
          setLoading(null);
        },
        (reason: unknown) => {
          setError(reason);
          setLoading(null);
        },
      );
    },
    [setData],
  );

  const hubs = useMemo(() => findHubs(data, expanded), [data, expanded]);
  const types = useMemo(() => [...new Set([...data.edges.values()].map((edge) => edge.type))].sort(), [data]);
  const riskPathNodes = useMemo(() => new Set(riskPath?.path.nodes.map((node) => node.id) ?? []), [riskPath]);
  const riskPathEdges = useMemo(() => new Set(riskPath?.path.relationships.map(edgeKey) ?? []), [riskPath]);
  const hiddenHubs = [...hubs].filter(() => !showHubs).map((id) => data.nodes.get(id)!);
  const riskPathHidden = hiddenHubs.some((node) => riskPathNodes.has(node.id));

  // Every element fetched, drawn or not: filters and hubs only hide and show them (below), so a
  // filter change keeps the positions; the layout runs only when an expansion adds elements.
  const elements = useMemo((): ElementDefinition[] => {
    const nodes = [...data.nodes.values()].map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.name, colour: nodeColour(node) },
      classes: [
        node.riskCategories.length > 0 ? 'risk' : '',
        node.id === centre.id ? 'centre' : '',
        riskPathNodes.has(node.id) ? 'on-risk-path' : '',
      ].join(' '),
    }));
    const edges = [...data.edges.values()].map((edge) => ({
      group: 'edges' as const,
      data: { id: edgeKey(edge), source: edge.from, target: edge.to, type: edge.type },
      classes: [
        edge.evidence.status === 'former' ? 'former' : '',
        riskPathEdges.has(edgeKey(edge)) ? 'on-risk-path' : '',
      ].join(' '),
    }));
    return [...nodes, ...edges];
  }, [data, riskPathNodes, riskPathEdges, centre.id]);

  const visible = useMemo(
    () => visibleElements(data, hiddenTypes, new Set(hiddenHubs.map((node) => node.id)), centre.id),
    // hiddenHubs is derived from hubs and showHubs.
    [data, hiddenTypes, hubs, showHubs, centre.id],
  );

  useEffect(() => {
    if (!container.current) {
      return;
    }
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
    });
    cy.on('tap', 'node', (event) => setSelected(String(event.target.id())));
    cy.on('dbltap', 'node', (event) => expand(String(event.target.id())));
    cyRef.current = cy;
    placed.current = new Set();
    layouts.current = 0;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [expand]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) {
      return;
    }
    const started = performance.now();
    let added = 0;
    cy.batch(() => {
      const wanted = new Set(elements.map((element) => String(element.data.id)));
      const gone = cy.elements().filter((element: cytoscape.SingularElementArgument) => !wanted.has(element.id()));
      gone.forEach((element: cytoscape.SingularElementArgument) => {
        placed.current.delete(element.id());
      });
      gone.remove();
      for (const element of elements) {
        const existing = cy.getElementById(String(element.data.id));
        if (existing.nonempty()) {
          existing.classes(element.classes ?? '');
        } else {
          cy.add(element);
          added++;
        }
      }
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', !visible.nodes.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !visible.edges.has(edge.id()));
      });
    });
    const shown = cy.elements().not('.hidden');
    const unplaced = shown.nodes().filter((node) => !placed.current.has(node.id()));
    const laidOut = added > 0 && unplaced.nonempty();
    if (laidOut) {
      runLayout(shown, centre.id);
      layouts.current++;
      shown.nodes().forEach((node) => {
        placed.current.add(node.id());
      });
    } else {
      // Shown again, or never laid out (hidden at the last layout): beside a placed neighbour.
      unplaced.forEach((node) => {
        placeBeside(node, placed.current);
        placed.current.add(node.id());
      });
    }
    const measure = laidOut ? 'partner-graph:graph-render' : 'partner-graph:graph-filter';
    const nodeCount = shown.nodes().length;
    // bench:web reads these: layout (or hide and show) and drawing, up to the frame that shows them.
    const frame = window.requestAnimationFrame(() =>
      performance.measure(measure, { start: started, detail: { nodes: nodeCount } }),
    );
    container.current?.setAttribute('data-node-count', String(nodeCount));
    container.current?.setAttribute('data-edge-count', String(shown.edges().length));
    container.current?.setAttribute('data-layout-count', String(layouts.current));
    return () => window.cancelAnimationFrame(frame);
  }, [elements, visible, centre.id]);

  const exportPng = () => {
    const cy = cyRef.current;
    if (!cy) {
      return;
    }
    const blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${centre.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-graph.png`;
    anchor.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const selectedNode = data.nodes.get(selected) ?? null;
  const nodeOptions = [...data.nodes.values()].sort((left, right) => left.name.localeCompare(right.name));

  return (
    <section aria-labelledby="graph-title" className="graph-section">
      <h2 id="graph-title">Graph</h2>
      <div className="graph-toolbar">
        <fieldset className="type-filter">
          <legend>Relationship types</legend>
          {types.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={!hiddenTypes.has(type)}
                onChange={(event) =>
                  setHiddenTypes((previous) => {
                    const next = new Set(previous);
                    if (event.target.checked) {
                      next.delete(type);
                    } else {
                      next.add(type);
                    }
                    return next;
                  })
                }
              />
              {type}
            </label>
          ))}
        </fieldset>
        <div className="graph-actions">
          <label>
            <input type="checkbox" checked={showHubs} onChange={(event) => setShowHubs(event.target.checked)} /> Show
            hubs
          </label>
          <label htmlFor="graph-node">Node</label>
          <select id="graph-node" value={selected} onChange={(event) => setSelected(event.target.value)}>
            {nodeOptions.map((node) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => expand(selected)} disabled={loading !== null}>
            Expand {expanded.has(selected) ? 'again' : ''}
          </button>
          <button type="button" onClick={exportPng}>
            Export PNG
          </button>
        </div>
      </div>
      {hiddenHubs.length > 0 && (
        <p className="note hubs-note" role="note">
          Hidden hubs (more than {HUB_DEGREE} links, or a state): {hiddenHubs.map((node) => node.name).join(', ')}. Tick
          “Show hubs” to draw them.
        </p>
      )}
      {riskPath === null && (
        <p className="note">No other body with a risk category or an active listing within 4 hops.</p>
      )}
      {riskPath && (
        <p className="note risk-note">
          Path to the nearest risk, in red: {riskPath.path.nodes.map((node) => node.name).join(' → ')} ({riskPath.hops}{' '}
          {riskPath.hops === 1 ? 'hop' : 'hops'}; {riskPath.target.riskCategories.join(', ') || 'listed'}).
          {riskPathHidden && ' It runs through a hidden hub: tick “Show hubs” to draw all of it.'}
        </p>
      )}
      {truncated && <p className="note">The drawing was cut at the server’s node limit.</p>}
      {loading && <Loading what={loading} />}
      {error !== null && <ErrorBox error={error} />}
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`Network around ${centre.name}: double-click a node, or pick it in the Node list and press Expand`}
      />
      {selectedNode && (
        <p className="selected-node">
          Selected: <Link to={entityPath(selectedNode.id)}>{selectedNode.name}</Link> ({kindOf(selectedNode)})
        </p>
      )}
      <p className="legend">
        Colour by kind:{' '}
        <span style={{ color: nodeColour({ type: 'Organisation', kind: 'University' }) }}>■ university</span>{' '}
        <span style={{ color: nodeColour({ type: 'Military', kind: null }) }}>■ military</span>{' '}
        <span style={{ color: nodeColour({ type: 'SecurityService', kind: null }) }}>■ security</span>{' '}
        <span style={{ color: nodeColour({ type: 'Organisation', kind: 'GovernmentBody' }) }}>■ government</span>{' '}
        <span style={{ color: nodeColour({ type: 'Organisation', kind: 'Company' }) }}>■ company</span>{' '}
        <span style={{ color: nodeColour({ type: 'Organisation', kind: 'Laboratory' }) }}>■ laboratory</span>{' '}
        <span style={{ color: nodeColour({ type: 'Person', kind: null }) }}>■ person</span>; red diamond: has a risk
        category; dashed: former.
      </p>
    </section>
  );
}
