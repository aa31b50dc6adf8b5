import type { CaseReportPath, CaseReportPathEdge, CaseReportPathNode } from './case-report.view';
import { escapeMarkup, wrapText } from './markup';

const NODES_PER_ROW = 3;
const BOX_WIDTH = 180;
const COLUMN_GAP = 130;
const ROW_GAP = 64;
const MARGIN = 8;
const NAME_LETTERS = 24;
const NAME_LINES = 4;
const LABEL_LETTERS = 19;
const LINE_HEIGHT = 15;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/** Fill and stroke by entity kind (organisation kind or entity label); anything else is grey. */
const KIND_COLOURS: Record<string, { fill: string; stroke: string }> = {
  university: { fill: '#dbeafe', stroke: '#1d4ed8' },
  researchinstitute: { fill: '#dbeafe', stroke: '#1d4ed8' },
  laboratory: { fill: '#e0e7ff', stroke: '#4338ca' },
  company: { fill: '#ffedd5', stroke: '#c2410c' },
  stateownedenterprise: { fill: '#fed7aa', stroke: '#9a3412' },
  governmentbody: { fill: '#ede9fe', stroke: '#6d28d9' },
  state: { fill: '#ede9fe', stroke: '#6d28d9' },
  military: { fill: '#fee2e2', stroke: '#b91c1c' },
  securityservice: { fill: '#fecaca', stroke: '#7f1d1d' },
  funder: { fill: '#ccfbf1', stroke: '#0f766e' },
  person: { fill: '#dcfce7', stroke: '#15803d' },
};
const OTHER_COLOURS = { fill: '#f3f4f6', stroke: '#4b5563' };

export function kindColours(kind: string | null): { fill: string; stroke: string } {
  return KIND_COLOURS[(kind ?? '').toLowerCase().replace(/[^a-z]/g, '')] ?? OTHER_COLOURS;
}

interface PlacedNode {
  node: CaseReportPathNode;
  x: number;
  y: number;
  height: number;
  row: number;
  kindLine: string;
  nameLines: string[];
}

type Direction = 'forward' | 'backward' | 'unknown';

/**
 * One path drawn as SVG: each node a box coloured by its kind with its name wrapped inside, each
 * relationship an arrow labelled with its type, pointing the way the relationship runs (which may be
 * against the path's order). Three boxes a row; a longer path continues on the next row. Every text is
 * escaped, positions are whole numbers computed from the text alone, so one path always gives the same
 * bytes.
 */
export function renderPathSvg(path: CaseReportPath): string {
  if (path.nodes.length === 0) {
    return svgDocument(200, 40, 'Empty path', [
      `<text x="${MARGIN}" y="24" font-size="12" fill="#4b5563">(empty path)</text>`,
    ]);
  }
  const placed = placeNodes(path.nodes);
  const columns = Math.min(NODES_PER_ROW, path.nodes.length);
  const width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
  const last = placed[placed.length - 1];
  const height = last.y + rowHeight(placed, last.row) + MARGIN;
  const parts: string[] = [];
  for (let index = 0; index + 1 < placed.length; index += 1) {
    const edge = edgeBetween(path.edges, index, placed[index].node, placed[index + 1].node);
    parts.push(drawEdge(placed, index, edge));
  }
  for (const box of placed) {
    parts.push(drawNode(box));
  }
  return svgDocument(width, height, describePath(path), parts);
}

/** "A —TYPE→ B ←TYPE— C" in words, for screen readers and for the text of the report. */
export function describePath(path: CaseReportPath): string {
  if (path.nodes.length === 0) {
    return 'Empty path';
  }
  let text = path.nodes[0].name;
  for (let index = 0; index + 1 < path.nodes.length; index += 1) {
    const { edge, direction } = edgeBetween(path.edges, index, path.nodes[index], path.nodes[index + 1]);
    const type = edge?.type ?? 'related to';
    const link = direction === 'backward' ? ` ←${type}— ` : direction === 'forward' ? ` —${type}→ ` : ` —${type}— `;
    text += link + path.nodes[index + 1].name;
  }
  return text;
}

function svgDocument(width: number, height: number, label: string, parts: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="path-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeMarkup(label)}" font-family="${FONT}">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function placeNodes(nodes: CaseReportPathNode[]): PlacedNode[] {
  const boxes = nodes.map((node, index) => {
    const nameLines = wrapText(node.name || node.id, NAME_LETTERS, NAME_LINES);
    return {
      node,
      row: Math.floor(index / NODES_PER_ROW),
      column: index % NODES_PER_ROW,
      kindLine: wrapText(spacedKind(node.kind), NAME_LETTERS + 4, 1)[0] ?? '',
      nameLines: nameLines.length > 0 ? nameLines : [''],
    };
  });
  const rows = Math.ceil(nodes.length / NODES_PER_ROW);
  const heights = Array.from({ length: rows }, (_, row) =>
    Math.max(...boxes.filter((box) => box.row === row).map((box) => 30 + box.nameLines.length * LINE_HEIGHT)),
  );
  const tops: number[] = [];
  let top = MARGIN;
  for (const height of heights) {
    tops.push(top);
    top += height + ROW_GAP;
  }
  return boxes.map((box) => ({
    node: box.node,
    row: box.row,
    x: MARGIN + box.column * (BOX_WIDTH + COLUMN_GAP),
    y: tops[box.row],
    height: heights[box.row],
    kindLine: box.kindLine,
    nameLines: box.nameLines,
  }));
}

/** StateOwnedEnterprise → "State Owned Enterprise". */
function spacedKind(kind: string | null): string {
  return (kind ?? 'entity').replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** A relationship type wrapped after its underscores where it can be (AFFILIATED_ | WITH_…), else like text. */
export function wrapIdentifier(identifier: string, width: number, maxLines: number): string[] {
  const tokens = identifier.match(/[^_\s]+_*|_+|\s+/g) ?? [];
  if (tokens.some((token) => token.length > width)) {
    return wrapText(identifier, width, maxLines);
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && (line + token).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) {
    lines.push(line.trimEnd());
  }
  return lines.length <= maxLines ? lines : wrapText(identifier, width, maxLines);
}

function rowHeight(placed: PlacedNode[], row: number): number {
  return placed.find((box) => box.row === row)?.height ?? 0;
}

/** The relationship joining two neighbours of the path: `edges[index]` when it joins them, else any that does. */
function edgeBetween(
  edges: CaseReportPathEdge[],
  index: number,
  a: CaseReportPathNode,
  b: CaseReportPathNode,
): { edge: CaseReportPathEdge | null; direction: Direction } {
  const joins = (edge: CaseReportPathEdge | undefined): edge is CaseReportPathEdge =>
    edge !== undefined && ((edge.from === a.id && edge.to === b.id) || (edge.from === b.id && edge.to === a.id));
  const edge = joins(edges[index]) ? edges[index] : (edges.find(joins) ?? edges[index] ?? null);
  if (!edge) {
    return { edge: null, direction: 'unknown' };
  }
  if (edge.from === a.id && edge.to === b.id) {
    return { edge, direction: 'forward' };
  }
  if (edge.from === b.id && edge.to === a.id) {
    return { edge, direction: 'backward' };
  }
  return { edge, direction: 'unknown' };
}

function drawNode(box: PlacedNode): string {
  const colours = kindColours(box.node.kind);
  const centre = box.x + BOX_WIDTH / 2;
  const lines = box.nameLines
    .map(
      (line, index) =>
        `<text x="${centre}" y="${box.y + 36 + index * LINE_HEIGHT}" text-anchor="middle" font-size="12" fill="#111827">${escapeMarkup(line)}</text>`,
    )
    .join('\n');
  return [
    `<g class="node">`,
    `<rect x="${box.x}" y="${box.y}" width="${BOX_WIDTH}" height="${box.height}" rx="6" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
    `<text x="${centre}" y="${box.y + 16}" text-anchor="middle" font-size="9" letter-spacing="0.5" fill="${colours.stroke}">${escapeMarkup(box.kindLine.toUpperCase())}</text>`,
    lines,
    `</g>`,
  ].join('\n');
}

function drawEdge(
  placed: PlacedNode[],
  index: number,
  { edge, direction }: { edge: CaseReportPathEdge | null; direction: Direction },
): string {
  const labelLines = wrapIdentifier(edge?.type ?? '?', LABEL_LETTERS, 2);
  const dash = direction === 'unknown' ? ' stroke-dasharray="4 3"' : '';
  const { line, forwardHead, backwardHead, labelX, labelBottom } = edgeGeometry(placed[index], placed[index + 1], dash);
  const parts = [line];
  if (direction === 'forward') {
    parts.push(forwardHead);
  } else if (direction === 'backward') {
    parts.push(backwardHead);
  }
  const firstLineY = labelBottom - (labelLines.length - 1) * 12;
  const label = labelLines
    .map(
      (labelLine, lineIndex) =>
        `<text x="${labelX}" y="${firstLineY + lineIndex * 12}" text-anchor="middle" font-size="10" fill="#111827">${escapeMarkup(labelLine)}</text>`,
    )
    .join('\n');
  return [`<g class="edge">`, ...parts, label, `</g>`].join('\n');
}

/** Where an edge runs: its line, the arrow head for either direction, and where the bottom of its label sits. */
function edgeGeometry(
  a: PlacedNode,
  b: PlacedNode,
  dash: string,
): { line: string; forwardHead: string; backwardHead: string; labelX: number; labelBottom: number } {
  if (a.row === b.row) {
    const y = a.y + Math.round(a.height / 2);
    const start = a.x + BOX_WIDTH;
    const end = b.x;
    return {
      line: `<line x1="${start}" y1="${y}" x2="${end}" y2="${y}" stroke="#374151" stroke-width="1.5"${dash}/>`,
      forwardHead: arrowHead(end, y, 'right'),
      backwardHead: arrowHead(start, y, 'left'),
      labelX: Math.round((start + end) / 2),
      labelBottom: y - 6,
    };
  }
  const fromX = a.x + BOX_WIDTH / 2;
  const fromY = a.y + a.height;
  const toX = b.x + BOX_WIDTH / 2;
  const toY = b.y;
  const middleY = fromY + Math.round(ROW_GAP / 2);
  return {
    line: `<polyline points="${fromX},${fromY} ${fromX},${middleY} ${toX},${middleY} ${toX},${toY}" fill="none" stroke="#374151" stroke-width="1.5"${dash}/>`,
    forwardHead: arrowHead(toX, toY, 'down'),
    backwardHead: arrowHead(fromX, fromY, 'up'),
    labelX: Math.round((fromX + toX) / 2),
    labelBottom: middleY - 5,
  };
}

function arrowHead(x: number, y: number, pointing: 'left' | 'right' | 'up' | 'down'): string {
  const size = 8;
  const half = 4;
  const points =
    pointing === 'right'
      ? [x, y, x - size, y - half, x - size, y + half]
      : pointing === 'left'
        ? [x, y, x + size, y - half, x + size, y + half]
        : pointing === 'down'
          ? [x, y, x - half, y - size, x + half, y - size]
          : [x, y, x - half, y + size, x + half, y + size];
  return `<polygon points="${points[0]},${points[1]} ${points[2]},${points[3]} ${points[4]},${points[5]}" fill="#374151"/>`;
}
