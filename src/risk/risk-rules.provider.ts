import { loadRiskRules, type RiskRules } from './risk-rules';

export const RISK_RULES = Symbol('RISK_RULES');

/** Loaded and validated once at start: a bad rules file stops the start naming every problem. */
export const riskRulesProvider = {
  provide: RISK_RULES,
  useFactory: (): RiskRules => loadRiskRules(),
};
