import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, madeUpCaseView } from '../../test/fixtures/case-report/made-up-case';
import type { CaseReportPath } from './case-report.view';
import { describePath, kindColours, renderPathSvg, wrapIdentifier } from './path-svg';
import { wrapText } from './markup';

const twoNodePath = (overrides: Partial<CaseReportPath> = {}): CaseReportPath => ({
  nodes: [
    { id: 'a', name: 'Alder Lake Institute', kind: 'University' },
    { id: 'b', name: 'Birch Holding', kind: 'Company' },
  ],
  edges: [{ type: 'SUBSIDIARY_OF', from: 'a', to: 'b', sources: [] }],
  ...overrides,
});

describe(renderPathSvg.name, () => {
  const sut = renderPathSvg;

  it('draws a box per node and an arrow labelled with the relationship type per edge', () => {
    const svg = sut(madeUpCaseView().findings[0].paths[0]);

    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg.match(/<polygon /g)).toHaveLength(3);
    for (const type of ['SUBSIDIARY_OF', 'OWNED_BY', 'SUPERVISED_BY']) {
      expect(svg).toContain(`>${type}</text>`);
    }
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('gives the same bytes for the same path', () => {
    const path = madeUpCaseView().findings[0].paths[0];

    expect(sut(structuredClone(path))).toBe(sut(path));
  });

  it('colours boxes by kind, and unknown kinds grey', () => {
    const svg = sut(twoNodePath());

    expect(svg).toContain(`fill="${kindColours('University').fill}"`);
    expect(svg).toContain(`fill="${kindColours('Company').fill}"`);
    expect(kindColours('Military')).not.toEqual(kindColours('University'));
    expect(kindColours('something new')).toEqual(kindColours(null));
  });

  it.each([
    ['forward edge: head at the second box', { from: 'a', to: 'b' }, '318'],
    ['backward edge: head at the first box', { from: 'b', to: 'a' }, '188'],
  ])('points the arrow the way the relationship runs (%s)', (_reason, direction, headTip) => {
    const svg = sut(twoNodePath({ edges: [{ type: 'OWNED_BY', ...direction, sources: [] }] }));

    // boxes at x=8 (180 wide) and x=318: a forward head's tip is at 318, a backward head's at 188
    const tip = /<polygon points="(\d+),/.exec(svg)?.[1];
    expect(tip).toBe(headTip);
  });

  it('draws an edge whose ends are not the neighbours as a dashed line without a head', () => {
    const svg = sut(twoNodePath({ edges: [{ type: 'PART_OF', from: 'x', to: 'y', sources: [] }] }));

    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('<polygon');
  });

  it('escapes hostile names and types so they cannot add markup', () => {
    const svg = sut(
      twoNodePath({
        nodes: [
          { id: 'a', name: HOSTILE_NAME, kind: '"><script>alert(1)</script>' },
          { id: 'b', name: 'B', kind: null },
        ],
        edges: [{ type: '<g onload=alert(1)>', from: 'a', to: 'b', sources: [] }],
      }),
    );

    expect(svg).not.toMatch(/<script|<img|<g onload/i);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&quot;');
    expect(svg).not.toMatch(/aria-label="[^"]*"[^ >]/);
  });

  it('wraps a long name over several lines inside its box', () => {
    const name = 'The Extraordinarily Long Named Institute for Advanced Photonic and Quantum Materials Research';
    const svg = sut(twoNodePath({ nodes: [{ id: 'a', name, kind: 'University' }, twoNodePath().nodes[1]] }));

    const lines = wrapText(name, 24, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(svg).toContain(`>${line}</text>`);
    }
  });

  it('continues a path of more than three nodes on the next row', () => {
    const svg = sut(madeUpCaseView().findings[0].paths[0]);

    expect(svg).toContain('<polyline');
  });

  it('draws an empty path as a note rather than failing', () => {
    expect(sut({ nodes: [], edges: [] })).toContain('(empty path)');
  });
});

describe(describePath.name, () => {
  it('reads the path in words with the direction of each relationship', () => {
    expect(describePath(madeUpCaseView().findings[0].paths[0])).toBe(
      'Northbridge Institute of Applied Optics —SUBSIDIARY_OF→ Kestrel Dynamics Holding —OWNED_BY→ ' +
        'Ministry of Made-up Affairs ←SUPERVISED_BY— Ostrava Polytechnic Defence Directorate',
    );
  });
});

describe(wrapText.name, () => {
  it.each([
    ['short text stays on one line', 'Birch Holding', 24, 3, ['Birch Holding']],
    ['breaks at spaces', 'alpha beta gamma', 10, 3, ['alpha beta', 'gamma']],
    ['cuts a word longer than a line', 'abcdefghijkl', 5, 3, ['abcde', 'fghij', 'kl']],
    ['ends with an ellipsis past the last line', 'one two three four', 5, 2, ['one', 'two…']],
    ['counts wide letters double', '甲乙丙丁戊己庚辛', 8, 3, ['甲乙丙丁', '戊己庚辛']],
  ])('%s', (_reason, text, width, lines, expected) => {
    expect(wrapText(text, width, lines)).toEqual(expected);
  });
});

describe(wrapIdentifier.name, () => {
  it.each([
    ['a short type stays whole', 'OWNED_BY', 19, ['OWNED_BY']],
    [
      'a long type breaks after an underscore',
      'AFFILIATED_WITH_RESEARCH_PROGRAMME',
      19,
      ['AFFILIATED_WITH_', 'RESEARCH_PROGRAMME'],
    ],
    [
      'a word longer than a line is cut like text',
      'SUPERCALIFRAGILISTICEXPIALIDOCIOUS',
      19,
      ['SUPERCALIFRAGILISTI', 'CEXPIALIDOCIOUS'],
    ],
  ])('%s', (_reason, type, width, expected) => {
    expect(wrapIdentifier(type, width, 2)).toEqual(expected);
  });
});
