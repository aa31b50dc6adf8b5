import { AppError } from '../common/app-error';
import { toPublicError } from '../common/error-mapper';
import type { ScreeningInput } from '../screening/dto/screening.input';
import type { ScreeningResult } from '../screening/models/screening-result.model';
import type { ScreeningService } from '../screening/screening.service';

/** One input row: its position (1-based, data rows), its id and the query built from it. */
export interface InputRow {
  row: number;
  id: string | null;
  query: ScreeningInput;
}

/**
 * One output line. The result fields are those of REST `POST /api/screen` (and of each row of
 * `/api/screen/batch`): matches, riskLevel, riskReasons, pathRisks, listVersions…; a refused row
 * carries the batch row's `error` ({code, reason, message, field}) instead.
 */
export type OutputRow =
  | ({ row: number; id: string | null; query: ScreeningInput } & ScreeningResult)
  | {
      row: number;
      id: string | null;
      query: ScreeningInput;
      error: { code: string; reason: string; message: string; field: string | null };
    };

/** What one batch's screening needs to know beyond its rows (the `screen` options). */
export interface ScreenRowOptions {
  limit: number;
  threshold: number | undefined;
  pathRisks: boolean;
}

/** What the summary counts of one screened row. */
export interface RowOutcome {
  refused: boolean;
  matched: boolean;
  /** Null for a refused row. */
  riskLevel: string | null;
}

/** One batch screened: each row's output line (JSON, no newline) and outcome, in the order of its rows. */
export interface ScreenedBatch {
  lines: string[];
  outcomes: RowOutcome[];
}

/** One batch screened into its output lines (in this thread or a worker thread), with each row's outcome. */
export async function screenLines(
  screening: ScreeningService,
  inputs: InputRow[],
  options: ScreenRowOptions,
): Promise<ScreenedBatch> {
  const rows = await screenBatch(screening, inputs, options);
  const listVersions = new Map<string, string>();
  return {
    lines: rows.map((row) => lineOf(row, listVersions)),
    outcomes: rows.map((row) =>
      'error' in row
        ? { refused: true, matched: false, riskLevel: null }
        : { refused: false, matched: row.matches.some((match) => match.match), riskLevel: row.riskLevel },
    ),
  };
}

/** Stands for a row's list versions in its line until their JSON, made once a batch, takes its place. */
const LIST_VERSIONS_MARK = '\u0000listVersions\u0000';
const LIST_VERSIONS_MARK_JSON = JSON.stringify(LIST_VERSIONS_MARK);

/**
 * A row's line, exactly `JSON.stringify(row)`. Every row of a batch names the same list versions (a
 * few KB of JSON a row, the larger part of most lines): their JSON is made once for the rows that
 * have the same versions with the same freshness, `known` keeping it by that.
 */
export function lineOf(row: OutputRow, known: Map<string, string>): string {
  if ('error' in row) {
    return JSON.stringify(row);
  }
  const key = row.listVersions
    .map((version) => `${version.versionId}\u0001${version.stale}\u0001${version.freshAsOf}`)
    .join('\u0002');
  let versions = known.get(key);
  if (versions === undefined) {
    versions = JSON.stringify(row.listVersions);
    known.set(key, versions);
  }
  const line = JSON.stringify({ ...row, listVersions: LIST_VERSIONS_MARK });
  const at = line.indexOf(LIST_VERSIONS_MARK_JSON);
  if (at !== line.lastIndexOf(LIST_VERSIONS_MARK_JSON)) {
    // The mark's text in the row's own data too (a control character, which screening refuses): no shortcut.
    return JSON.stringify(row);
  }
  return `${line.slice(0, at)}${versions}${line.slice(at + LIST_VERSIONS_MARK_JSON.length)}`;
}

/** One batch: each row's result, or its own error (a 400 refusal) in its place. */
async function screenBatch(
  screening: ScreeningService,
  inputs: InputRow[],
  options: ScreenRowOptions,
): Promise<OutputRow[]> {
  const outcomes = await screening.screenEach(
    inputs.map((input) => ({
      ...input.query,
      limit: options.limit,
      threshold: options.threshold,
      pathRisks: options.pathRisks,
    })),
  );
  return outcomes.map((outcome, position) => {
    const input = inputs[position];
    const head = { row: input.row, id: input.id, query: input.query };
    if (!(outcome instanceof AppError)) {
      return { ...head, ...outcome };
    }
    const mapped = toPublicError(outcome);
    const field = typeof outcome.details.field === 'string' ? outcome.details.field : null;
    return { ...head, error: { code: mapped.code, reason: mapped.reason, message: mapped.message, field } };
  });
}
