import { describe, expect, it } from 'vitest';
import type { ScreeningResult } from '../screening/models/screening-result.model';
import { lineOf, type OutputRow } from './screen-batch';

function version(listId: string, stale: boolean, freshAsOf: string | null): ScreeningResult['listVersions'][number] {
  return {
    listId,
    versionId: `${listId}@1`,
    listName: `List ${listId} "quoted"`,
    issuedAt: '2026-01-02',
    issuedAtSource: 'FILE',
    sourceUrl: null,
    licence: 'public domain',
    sample: true,
    stale,
    freshAsOf,
  };
}

function row(id: string, name: string, versions: ScreeningResult['listVersions']): OutputRow {
  return {
    row: 1,
    id,
    query: { name, schema: null, country: null, dateOfBirth: null },
    matches: [],
    listVersions: versions,
    indexBuiltAt: '2026-12-01T00:00:00.000Z',
    indexAgeSeconds: 1.5,
    indexGeneration: 3,
    indexBehindGraph: false,
    screenedAt: '2026-12-01T00:00:01.500Z',
    resolvedEntityIds: [],
    pathRisks: [],
    riskLevel: 'NONE',
    riskReasons: ['nothing found'],
    rulesVersion: 'rules@1',
    pathRisksTruncated: false,
    resolution: null,
  } as unknown as OutputRow;
}

describe(lineOf.name, () => {
  it.each<[string, OutputRow[]]>([
    [
      'rows of one batch with the same list versions',
      [
        row('a', 'Example Body', [version('x', false, '2026-11-30T00:00:00.000Z'), version('y', true, null)]),
        row('b', 'Другое Имя', [version('x', false, '2026-11-30T00:00:00.000Z'), version('y', true, null)]),
      ],
    ],
    [
      'rows whose list versions differ in freshness (each keeps its own)',
      [
        row('a', 'Example Body', [version('x', false, '2026-11-30T00:00:00.000Z')]),
        row('b', 'Example Body', [version('x', true, '2026-11-01T00:00:00.000Z')]),
      ],
    ],
    [
      "rows whose list versions change and change back (the last row's versions are not taken for the next)",
      [
        row('a', 'Example Body', [version('x', false, null), version('y', false, null)]),
        row('b', 'Example Body', [version('x', false, null)]),
        row('c', 'Example Body', [version('x', false, null), version('z', false, null)]),
        row('d', 'Example Body', [version('x', false, null), version('y', false, null)]),
      ],
    ],
    ['a row with no list versions', [row('a', 'Example Body', [])]],
    [
      'a row with a field left undefined (left out, as JSON.stringify leaves it out)',
      [{ ...row('a', 'Example Body', [version('x', false, null)]), resolution: undefined } as OutputRow],
    ],
    [
      'a row with a field that writes itself (a date, by its toJSON)',
      [{ ...row('a', 'Example Body', [version('x', false, null)]), screenedAt: new Date(0) } as unknown as OutputRow],
    ],
    [
      'a row whose own text holds the mark (no shortcut taken)',
      [row('a', '\u0000listVersions\u0000', [version('x', false, null)])],
    ],
    [
      'a refused row',
      [
        {
          row: 2,
          id: null,
          query: { name: '', schema: null, country: null, dateOfBirth: null },
          error: { code: 'BAD_USER_INPUT', reason: 'SCREENING_INPUT_INVALID', message: 'name is empty', field: 'name' },
        },
      ],
    ],
  ])('writes exactly what JSON.stringify writes: %s', (_case, rows) => {
    const known = new Map<string, string>();

    const sut = rows.map((one) => lineOf(one, known));

    expect(sut).toEqual(rows.map((one) => JSON.stringify(one)));
  });

  it("writes a row's versions as they are now when the previous row's versions were changed in place since", () => {
    const known = new Map<string, string>();
    const versions = [version('x', false, null)];
    const first = row('a', 'Example Body', versions);
    const before = lineOf(first, known);
    versions[0].stale = true;
    versions[0].freshAsOf = '2026-11-30T00:00:00.000Z';
    const second = row('b', 'Example Body', versions);

    const sut = lineOf(second, known);

    expect([before, sut]).toEqual([
      JSON.stringify({ ...first, listVersions: [version('x', false, null)] }),
      JSON.stringify(second),
    ]);
  });
});
