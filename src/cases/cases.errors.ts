import { AppError } from '../common/app-error';

/** A case, party, snapshot, finding or alert id that names nothing. */
export class CaseNotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('CASE_NOT_FOUND', `No ${what} has id "${id.slice(0, 300)}"`, { [`${what}Id`]: id.slice(0, 300) });
  }
}

/** What a lookup found, or CASE_NOT_FOUND for the `what` with that id when it found nothing. */
export function orNotFound<T>(found: T | null | undefined, what: string, id: string): T {
  if (found === null || found === undefined) {
    throw new CaseNotFoundError(what, id);
  }
  return found;
}

/** Bad input to a case operation; `field` says which argument or input field. */
export class CaseInputInvalidError extends AppError {
  constructor(field: string, problem: string) {
    super('CASE_INPUT_INVALID', `${field}: ${problem}`, { field });
  }
}

/** A change that lost a race (a decision on a finding someone decided meanwhile) or is not allowed now. */
export class CaseConflictError extends AppError {
  constructor(message: string, details: Record<string, string | number> = {}) {
    super('CASE_CONFLICT', message, details);
  }
}
