import { describe, expect, it } from 'vitest';
import { fixture } from './parsers/parse-events.testing';
import { type ImportRequest, type IssuedAtSource, issuedAtOf } from './watchlist-import.service';

type Case = [
  string | null,
  Pick<ImportRequest, 'path' | 'issuedAt' | 'useFileDate'>,
  { issuedAt: string | null; source: IssuedAtSource | null },
  string,
];

describe(issuedAtOf.name, () => {
  const sut = issuedAtOf;
  const file = fixture('bis', 'dpl.txt');

  it.each([
    [
      '2026-02-27',
      { path: file, issuedAt: '2025-01-01' },
      { issuedAt: '2026-02-27', source: 'FILE' },
      'the file’s own date wins',
    ],
    [
      null,
      { path: file, issuedAt: '2025-01-01' },
      { issuedAt: '2025-01-01', source: 'OPERATOR' },
      'else the operator’s',
    ],
    [
      null,
      { path: file, useFileDate: false },
      { issuedAt: null, source: null },
      'an upload has no file date worth keeping',
    ],
    [null, { path: '/no/such/file' }, { issuedAt: null, source: null }, 'a missing file has no date'],
  ] satisfies Case[])('gives %s with %j: %j (%s)', (fromFile, request, expected, _reason) => {
    expect(sut(fromFile, request)).toEqual(expected);
  });

  it("falls back to the file's modification date and says so", () => {
    expect(sut(null, { path: file })).toEqual({
      issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      source: 'FILE_DATE',
    });
  });

  it('refuses an operator date that is not ISO 8601, naming the argument', () => {
    expect(() => sut(null, { path: file, issuedAt: '13/02/2026' })).toThrow(/issuedAt must be an ISO 8601 date/);
  });

  it('refuses an operator date on a day that does not exist', () => {
    expect(() => sut(null, { path: file, issuedAt: '2024-02-31' })).toThrow(/on a day that exists/);
  });
});
