import { AppError } from '../common/app-error';

/** The rules file is missing or malformed: the application does not start. */
export class RiskRulesInvalidError extends AppError {
  constructor(file: string, problems: string[]) {
    super('RISK_RULES_INVALID', `Risk rules ${file} are invalid:\n- ${problems.join('\n- ')}`, { file });
  }
}

export class RiskInputInvalidError extends AppError {
  constructor(field: string, problem: string) {
    super('RISK_INPUT_INVALID', `${field}: ${problem}`, { field });
  }
}

export class IdentityLinkRefusedError extends AppError {
  constructor(reason: string, details: Record<string, string> = {}) {
    super('IDENTITY_LINK_REFUSED', reason, details);
  }
}
