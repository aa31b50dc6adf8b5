import { AppError, type ErrorCode } from '../common/app-error';

/** SYNC_SOURCES_INVALID (the catalogue or SOURCES_FILE), SYNC_SOURCE_UNKNOWN (--list names no source), SYNC_DOWNLOAD_FAILED. */
export type SyncErrorCode = Extract<ErrorCode, `SYNC_${string}`>;

export class SyncError extends AppError {
  declare readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string, details: Record<string, string | number> = {}, cause?: unknown) {
    super(code, message, details, cause === undefined ? undefined : { cause });
    this.name = SyncError.name;
  }
}
