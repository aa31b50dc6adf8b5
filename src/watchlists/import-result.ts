import type { ImportSummary } from './import/import-pipeline';

/** How many warnings an import result lists; warningsTotal says how many there were. */
export const MAX_IMPORT_WARNINGS = 100;

/** What a version changed, compared with the active version before it. */
export interface ImportCounts {
  /** Entries new in this version. */
  added: number;
  /** Entries held before whose content changed. */
  changed: number;
  /** Entries of the version before that this one no longer holds (delisted). */
  removed: number;
  /** Entries held before with the same content. */
  unchanged: number;
  /** Records of the file that could not be read and were left out (see warnings). */
  rejected: number;
}

/** A record the import left out, and why. */
export interface ImportWarning {
  /** A WATCHLIST_* code, e.g. WATCHLIST_RECORD_INVALID. */
  code: string;
  message: string;
  file: string;
  /** The line of the file, where the format has lines. */
  line: number | null;
  /** The number of the record in the file, from 1. */
  record: number | null;
}

/**
 * The one answer to an import, the same from REST (`POST /api/watchlists/{list}/import`), GraphQL
 * (`importWatchlist`) and the CLI (`partner-graph import --json`): one per version the file made.
 */
export interface ImportResult {
  list: string;
  /** The version id `<list>@<seq>`: the new one, or the active one when the file was already imported. */
  version: string | null;
  /** imported (a new version is active) or unchanged (the same file as the active version: nothing written). */
  status: 'imported' | 'unchanged';
  /** Entries read from the file. */
  entries: number;
  counts: ImportCounts;
  /** Relationships between entries the file stated (FtM, UK list). */
  relationships: number;
  issuedAt: string | null;
  importedBy: string | null;
  importedAt: string | null;
  /** The first MAX_IMPORT_WARNINGS records left out (warningsTotal: how many in all). */
  warnings: ImportWarning[];
  warningsTotal: number;
}

export function toImportResult(summary: ImportSummary): ImportResult {
  return {
    list: summary.list,
    version: summary.version,
    status: summary.status,
    entries: summary.entries,
    counts: {
      added: summary.added,
      changed: summary.updated,
      removed: summary.delisted,
      unchanged: summary.unchanged,
      rejected: summary.rejected,
    },
    relationships: summary.relationships,
    issuedAt: summary.issuedAt,
    importedBy: summary.importedBy,
    importedAt: summary.importedAt,
    warnings: summary.rejections.slice(0, MAX_IMPORT_WARNINGS).map((rejection) => ({
      code: rejection.code,
      message: rejection.reason,
      file: rejection.file,
      line: rejection.line,
      record: rejection.record,
    })),
    // The import keeps the first 100 rejections; `rejected` counts them all.
    warningsTotal: Math.max(summary.rejected, summary.rejections.length),
  };
}

/** The keys of an ImportResult, in order: what every surface's tests check. */
export const IMPORT_RESULT_KEYS = [
  'list',
  'version',
  'status',
  'entries',
  'counts',
  'relationships',
  'issuedAt',
  'importedBy',
  'importedAt',
  'warnings',
  'warningsTotal',
] as const;
