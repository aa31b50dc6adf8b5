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
  return {
    lines: rows.map((row) => JSON.stringify(row)),
    outcomes: rows.map((row) =>
      'error' in row
        ? { refused: true, matched: false, riskLevel: null }
        : { refused: false, matched: row.matches.some((match) => match.match), riskLevel: row.riskLevel },
    ),
  };
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
