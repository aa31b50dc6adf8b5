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

/** A refused row's error, as the batch row of `POST /api/screen/batch` gives it. */
export interface RowError {
  code: string;
  reason: string;
  message: string;
  field: string | null;
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
      error: RowError;
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

/**
 * One batch screened: each row's output line after its query (`rests`, see lineRest) and outcome, in
 * the order of its rows. The command puts each row's head (lineHead) before its rest.
 */
export interface ScreenedBatch {
  rests: string[];
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
    rests: rows.map((row) => lineRest(row, listVersions)),
    outcomes: rows.map((row) =>
      'error' in row
        ? { refused: true, matched: false, riskLevel: null }
        : { refused: false, matched: row.matches.some((match) => match.match), riskLevel: row.riskLevel },
    ),
  };
}

/**
 * The start of a row's output line up to the end of its query: `{"row":…,"id":…,"query":…`. What
 * follows it (lineRest) depends on the query alone, so a row that repeats an earlier row's query gets
 * the earlier line's rest after its own head.
 */
export function lineHead(row: number, id: string | null, queryJson: string): string {
  return `{"row":${row},"id":${JSON.stringify(id)},"query":${queryJson}`;
}

/** A row's line, exactly `JSON.stringify(row)`: its head and its rest. */
export function lineOf(row: OutputRow, known: Map<string, string>): string {
  return `${lineHead(row.row, row.id, JSON.stringify(row.query))}${lineRest(screenedPart(row), known)}`;
}

/** What a screened row adds to its input: the result, or the refused row's error. */
export type ScreenedPart = ScreeningResult | { error: RowError };

function screenedPart(row: OutputRow): ScreenedPart {
  if ('error' in row) {
    return { error: row.error };
  }
  const { row: _row, id: _id, query: _query, ...result } = row;
  return result;
}

/**
 * A row's line after its query (from the comma on), as `JSON.stringify` writes it. Every row of a
 * batch names the same list versions (a few KB of JSON a row, the larger part of most lines): their
 * JSON is made once for the rows that have the same versions with the same freshness, `known` keeping
 * it by that. The result's other fields are written one by one in its key order, as `JSON.stringify`
 * writes an object (a field whose value it leaves out, `undefined`, left out too), not spread into a
 * copy with the row's head first or with a stand-in for the versions.
 */
export function lineRest(part: ScreenedPart, known: Map<string, string>): string {
  if ('error' in part) {
    return `,"error":${JSON.stringify(part.error)}}`;
  }
  if (typeof (part as { toJSON?: unknown }).toJSON === 'function') {
    // An object that writes itself another way: no shortcut.
    return `,${JSON.stringify(part).slice(1)}`;
  }
  const versions = versionsJson(part.listVersions, known);
  const fields = part as unknown as Record<string, unknown>;
  let rest = '';
  for (const name of Object.keys(fields)) {
    const json = name === 'listVersions' ? versions : (JSON.stringify(fields[name]) as string | undefined);
    if (json !== undefined) {
      rest += `${fieldStart(name)}${json}`;
    }
  }
  return `${rest}}`;
}

/** `,"name":` for a result field's name, written once a name (a result has the same dozen or so). */
const fieldStarts = new Map<string, string>();

function fieldStart(name: string): string {
  let start = fieldStarts.get(name);
  if (start === undefined) {
    start = `,${JSON.stringify(name)}:`;
    fieldStarts.set(name, start);
  }
  return start;
}

/**
 * The list versions' JSON, kept in `known` by each version's id, staleness and freshness. The rows of a
 * batch come one after the other with the same versions: a row whose versions are the previous row's
 * (compared field by field, nothing made) gets its JSON without building the key.
 */
function versionsJson(listVersions: ScreeningResult['listVersions'], known: Map<string, string>): string {
  const last = lastVersions.get(known);
  if (last !== undefined && sameVersions(last.versions, listVersions)) {
    return last.json;
  }
  const key = listVersions
    .map((version) => `${version.versionId}\u0001${version.stale}\u0001${version.freshAsOf}`)
    .join('\u0002');
  let json = known.get(key);
  if (json === undefined) {
    json = JSON.stringify(listVersions);
    known.set(key, json);
  }
  lastVersions.set(known, {
    versions: listVersions.map(({ versionId, stale, freshAsOf }) => ({ versionId, stale, freshAsOf })),
    json,
  });
  return json;
}

type VersionKey = Pick<ScreeningResult['listVersions'][number], 'versionId' | 'stale' | 'freshAsOf'>;

/** Per `known` map (a batch), the versions of the row last written and their JSON. */
const lastVersions = new WeakMap<Map<string, string>, { versions: VersionKey[]; json: string }>();

function sameVersions(kept: readonly VersionKey[], versions: ScreeningResult['listVersions']): boolean {
  if (kept.length !== versions.length) {
    return false;
  }
  for (let index = 0; index < kept.length; index++) {
    const version = versions[index];
    const one = kept[index];
    if (one.versionId !== version.versionId || one.stale !== version.stale || one.freshAsOf !== version.freshAsOf) {
      return false;
    }
  }
  return true;
}

/** One batch: each row's result, or its own error (a 400 refusal) in its place. */
async function screenBatch(
  screening: ScreeningService,
  inputs: InputRow[],
  options: ScreenRowOptions,
): Promise<ScreenedPart[]> {
  // A run screens the file against one index snapshot: an entity matched again is not walked again.
  const outcomes = await screening.screenEach(
    inputs.map((input) => ({
      ...input.query,
      limit: options.limit,
      threshold: options.threshold,
      pathRisks: options.pathRisks,
    })),
    { rememberWalks: true },
  );
  return outcomes.map((outcome) => {
    if (!(outcome instanceof AppError)) {
      return outcome;
    }
    const mapped = toPublicError(outcome);
    const field = typeof outcome.details.field === 'string' ? outcome.details.field : null;
    return { error: { code: mapped.code, reason: mapped.reason, message: mapped.message, field } };
  });
}
