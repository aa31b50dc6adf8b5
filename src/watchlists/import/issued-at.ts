import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../common/app-error';
import { isCalendarDate } from '../../common/calendar-date';

/** Where a version's issue date came from: the file's content, the operator, or the file's modification date. */
export type IssuedAtSource = 'FILE' | 'OPERATOR' | 'FILE_DATE';

export interface IssuedAtRequest {
  /** The issue date the operator states (ISO date or date-time), used when the file carries none. */
  issuedAt?: string;
  /** Whether the file's modification date may stand for its issue date (false for an upload). */
  useFileDate?: boolean;
  path: string;
}

/**
 * A version's issue date: the one the file carries, else the operator's, else (for a file on disk)
 * the file's modification date; and which of them it is. An operator's date that is not an ISO 8601
 * calendar date (or date-time) is refused before anything is written.
 */
export function issuedAtOf(
  fromFile: string | null,
  request: IssuedAtRequest,
): { issuedAt: string | null; source: IssuedAtSource | null } {
  if (request.issuedAt !== undefined && !isCalendarDate(request.issuedAt, { allowTime: true })) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `issuedAt must be an ISO 8601 date such as 2026-02-13, on a day that exists (got ${JSON.stringify(request.issuedAt.slice(0, 40))})`,
      { argument: 'issuedAt' },
    );
  }
  if (fromFile) {
    return { issuedAt: fromFile, source: 'FILE' };
  }
  if (request.issuedAt) {
    return { issuedAt: request.issuedAt, source: 'OPERATOR' };
  }
  if (request.useFileDate !== false && existsSync(request.path)) {
    return { issuedAt: statSync(request.path).mtime.toISOString(), source: 'FILE_DATE' };
  }
  return { issuedAt: null, source: null };
}
