import { AppError, type ErrorCode } from '../common/app-error';

/**
 * The reference feature's codes, declared in ERROR_CODES (common/app-error.ts):
 * REFERENCE_FORMAT_UNKNOWN (not `ror` or `fundref`), REFERENCE_FILE_NOT_FOUND (the registry file or
 * the crosswalk cannot be opened), REFERENCE_FILE_MALFORMED (not the JSON or RDF/XML the format
 * promises, with the record or line where it broke).
 */
export type ReferenceErrorCode = Extract<ErrorCode, `REFERENCE_${string}`>;

export class ReferenceError extends AppError {
  declare readonly code: ReferenceErrorCode;

  constructor(
    code: ReferenceErrorCode,
    message: string,
    details: Record<string, string | number> = {},
    cause?: unknown,
  ) {
    super(code, message, details, cause === undefined ? undefined : { cause });
    this.name = ReferenceError.name;
  }
}

export class ReferenceFormatUnknownError extends ReferenceError {
  constructor(format: string, known: readonly string[]) {
    super('REFERENCE_FORMAT_UNKNOWN', `Unknown reference format "${format}"; formats: ${known.join(', ')}`, {
      field: 'format',
    });
  }
}

export class ReferenceFileNotFoundError extends ReferenceError {
  constructor(file: string, cause?: unknown) {
    super('REFERENCE_FILE_NOT_FOUND', `Cannot read the reference file ${file}`, { file }, cause);
  }
}

export class ReferenceFileMalformedError extends ReferenceError {
  constructor(file: string, problem: string, where: Record<string, string | number> = {}, cause?: unknown) {
    const place = Object.entries(where)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
    super('REFERENCE_FILE_MALFORMED', `${file}: ${problem}${place ? ` (${place})` : ''}`, { file, ...where }, cause);
  }
}
