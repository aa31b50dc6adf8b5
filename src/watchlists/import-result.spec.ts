import { describe, expect, it } from 'vitest';
import type { ImportSummary } from './import/import-pipeline';
import { IMPORT_RESULT_KEYS, MAX_IMPORT_WARNINGS, toImportResult } from './import-result';

const summary = (overrides: Partial<ImportSummary> = {}): ImportSummary => ({
  list: 'test-list',
  version: 'test-list@2',
  status: 'imported',
  entries: 12,
  added: 3,
  updated: 2,
  unchanged: 6,
  delisted: 4,
  rejected: 1,
  relationships: 5,
  rejections: [{ file: 'sdn.csv', line: 7, record: 6, code: 'WATCHLIST_RECORD_INVALID', reason: 'no name' }],
  issuedAt: '2026-11-30',
  importedBy: 'cli:operator',
  importedAt: '2026-12-01T03:00:00.000Z',
  ...overrides,
});

describe(toImportResult.name, () => {
  it('names the counts added, changed, removed, unchanged and rejected', () => {
    const sut = toImportResult(summary());

    expect(sut.counts).toEqual({ added: 3, changed: 2, removed: 4, unchanged: 6, rejected: 1 });
  });

  it('gives every key of the one import shape, in order', () => {
    const sut = toImportResult(summary());

    expect(Object.keys(sut)).toEqual([...IMPORT_RESULT_KEYS]);
    expect(sut).toMatchObject({
      list: 'test-list',
      version: 'test-list@2',
      status: 'imported',
      issuedAt: '2026-11-30',
      importedBy: 'cli:operator',
      importedAt: '2026-12-01T03:00:00.000Z',
    });
  });

  it('turns each rejection into a warning with its code, message and place', () => {
    const sut = toImportResult(summary());

    expect(sut.warnings).toEqual([
      { code: 'WATCHLIST_RECORD_INVALID', message: 'no name', file: 'sdn.csv', line: 7, record: 6 },
    ]);
    expect(sut.warningsTotal).toBe(1);
  });

  it('lists at most the first warnings kept and counts every rejected record in warningsTotal', () => {
    const rejections = Array.from({ length: MAX_IMPORT_WARNINGS + 5 }, (_, index) => ({
      file: 'list.csv',
      line: index + 2,
      record: index + 1,
      code: 'WATCHLIST_RECORD_INVALID',
      reason: 'no name',
    }));

    const sut = toImportResult(summary({ rejections, rejected: 250 }));

    expect(sut.warnings).toHaveLength(MAX_IMPORT_WARNINGS);
    expect(sut.warningsTotal).toBe(250);
  });
});
