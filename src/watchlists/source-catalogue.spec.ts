import { describe, expect, it } from 'vitest';
import { buildCatalogue, loadSourceCatalogue, parseDuration } from './source-catalogue';
import { freshnessOf } from './watchlist-freshness';

const valid = {
  format: 'bis-dpl',
  name: 'Denied Persons List',
  files: [{ name: 'dpl.txt', url: 'https://example.org/dpl.txt' }],
};

describe('source catalogue', () => {
  it('reads the versioned catalogue with every list partner-graph imports', () => {
    const sut = loadSourceCatalogue(null);
    for (const id of [
      'us-ofac-sdn',
      'us-ofac-cons',
      'un-sc',
      'us-csl',
      'us-bis-dpl',
      'uk-sanctions',
      'ca-nro',
      'jp-meti-eul',
    ]) {
      expect(sut.get(id)?.kind).toBe('list');
      expect(sut.get(id)?.enabled).toBe(true);
    }
    expect(sut.get('us-ofac-sdn')?.files.map((file) => file.name)).toEqual([
      'sdn.csv',
      'alt.csv',
      'add.csv',
      'sdn_comments.csv',
    ]);
    expect(sut.get('opensanctions-sanctions')?.enabled).toBe(false);
    expect(sut.get('ror')?.kind).toBe('registry');
  });

  it('lets a deployment override a URL (a mirror) and add a source', () => {
    const sut = buildCatalogue(
      { 'us-bis-dpl': valid },
      {
        'us-bis-dpl': { files: [{ name: 'dpl.txt', url: 'https://mirror.example.edu/dpl.txt' }] },
        'local-list': { ...valid, name: 'Our own list' },
      },
    );
    expect(sut.get('us-bis-dpl')?.files[0].url).toBe('https://mirror.example.edu/dpl.txt');
    expect(sut.get('us-bis-dpl')?.name).toBe('Denied Persons List');
    expect(sut.get('local-list')?.name).toBe('Our own list');
  });

  it.each([
    ['an unknown format', { ...valid, format: 'pdf' }, /sources\.x\.format must be one of/],
    [
      'a URL that is not http(s)',
      { ...valid, files: [{ name: 'a.txt', url: 'ftp://x/a' }] },
      /sources\.x\.files\[0\]\.url/,
    ],
    ['a file name with a path', { ...valid, files: [{ name: '../a', url: 'https://x/a' }] }, /files\[0\]\.name/],
    ['no files', { ...valid, files: [] }, /sources\.x\.files must be a list/],
    ['a bad interval', { ...valid, interval: 'hourly' }, /sources\.x\.interval must be a duration/],
    ['a misspelt field', { ...valid, overdueAfer: '3d' }, /sources\.x\.overdueAfer is not a known field/],
    ['no name', { format: 'bis-dpl', files: valid.files }, /sources\.x\.name is required/],
  ])('refuses %s, naming the key', (_reason, fields, expected) => {
    expect(() => buildCatalogue({}, { x: fields })).toThrow(expected);
  });

  it('reports every bad key at once', () => {
    expect(() => buildCatalogue({}, { a: { ...valid, format: 'pdf' }, b: { ...valid, interval: 'x' } })).toThrow(
      /sources\.a\.format[\s\S]*sources\.b\.interval/,
    );
  });

  it.each([
    ['30m', 1_800_000],
    ['12h', 43_200_000],
    ['7d', 604_800_000],
    ['0d', null],
    ['1w', null],
  ])('reads the duration %s', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });
});

describe(freshnessOf.name, () => {
  const source = { overdueAfterMs: 3 * 86_400_000 };
  const now = new Date('2026-11-30T12:00:00Z');

  it.each([
    ['synced two days ago', '2026-11-28T12:00:00Z', null, false],
    ['synced four days ago', '2026-11-26T12:00:00Z', null, true],
    ['synced long ago but imported by hand yesterday', '2026-10-01T00:00:00Z', '2026-11-29T12:00:00Z', false],
    ['never synced, imported a week ago', null, '2026-11-23T12:00:00Z', true],
  ])('is overdue=%s when %s', (_reason, lastSuccessAt, activeImportedAt, overdue) => {
    expect(freshnessOf({ lastSuccessAt, activeImportedAt, consecutiveFailures: 0 }, source, now).overdue).toBe(overdue);
  });

  it('is never overdue for a list outside the catalogue', () => {
    expect(
      freshnessOf(
        { lastSuccessAt: '2020-01-01T00:00:00Z', activeImportedAt: null, consecutiveFailures: 0 },
        undefined,
        now,
      ).overdue,
    ).toBe(false);
  });

  it('alerts from the third failure in a row', () => {
    expect(
      freshnessOf({ lastSuccessAt: null, activeImportedAt: null, consecutiveFailures: 2 }, source, now).alert,
    ).toBe(false);
    expect(
      freshnessOf({ lastSuccessAt: null, activeImportedAt: null, consecutiveFailures: 3 }, source, now).alert,
    ).toBe(true);
  });
});
