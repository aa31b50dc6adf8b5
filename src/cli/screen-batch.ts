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

/** One batch screened: its output lines as written, and what the summary counts of them. */
export interface ScreenedBatch {
  text: string;
  rows: number;
  matched: number;
  refused: number;
  riskLevels: Record<string, number>;
}

/** One batch screened into its output lines (in this thread or a worker thread), with its counts. */
export async function screenLines(
  screening: ScreeningService,
  inputs: InputRow[],
  options: ScreenRowOptions,
): Promise<ScreenedBatch> {
  const lines = await screenBatch(screening, inputs, options);
  const screened: ScreenedBatch = { text: '', rows: 0, matched: 0, refused: 0, riskLevels: {} };
  const texts: string[] = [];
  for (const line of lines) {
    screened.rows += 1;
    if ('error' in line) {
      screened.refused += 1;
    } else {
      if (line.matches.some((match) => match.match)) {
        screened.matched += 1;
      }
      screened.riskLevels[line.riskLevel] = (screened.riskLevels[line.riskLevel] ?? 0) + 1;
    }
    texts.push(`${JSON.stringify(line)}\n`);
  }
  screened.text = texts.join('');
  return screened;
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
