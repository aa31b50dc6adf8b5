import * as generated from './generated';

// The cases and alerts pages' documents live in documents/cases.graphql; like operations.ts, their
// types are generated from the committed schema.graphql (generated.ts).

export type {
  CaseInput,
  CaseOrganisationInput,
  CaseOutcome,
  CasePersonInput,
  CaseStatus,
  MitigationInput,
  PartyRole,
  ResolutionStatus,
} from './generated';
export type Verdict = generated.FindingVerdict;

export type CaseSummary = generated.CaseSummaryFragment;
export type CasesPage = generated.CasesQuery['cases'];
export const CASES = generated.CasesDocument;

export type CaseParty = generated.CasePartyFragment;
export type CaseFinding = generated.CaseFindingFragment;
export type CasePath = CaseFinding['paths'][number];
export type CaseSource = CaseFinding['sources'][number];
export type CaseEntity = NonNullable<CaseFinding['matchedEntity']>;
export type CaseDetail = generated.CaseDetailFragment;
export type AuditLog = generated.CaseDetailQuery['auditLog'];
export const CASE_DETAIL_QUERY = generated.CaseDetailDocument;

export const CREATE_CASE = generated.CreateCaseDocument;
export const ADD_CASE_PARTY = generated.AddCasePartyDocument;
export const UPDATE_CASE_PARTY = generated.UpdateCasePartyDocument;
export const RUN_CASE = generated.RunCaseDocument;
export const DECIDE_FINDING = generated.DecideFindingDocument;
export const OVERRIDE_RESOLUTION = generated.OverrideResolutionDocument;
export const CLOSE_CASE = generated.CloseCaseDocument;
export const UPDATE_MITIGATIONS = generated.UpdateMitigationsDocument;
export const ASSIGN_CASE = generated.AssignCaseDocument;

export type Alert = generated.AlertFragment;
export const ALERTS = generated.AlertsDocument;
export const ACKNOWLEDGE_ALERT = generated.AcknowledgeAlertDocument;
