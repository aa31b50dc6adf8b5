import { createHash } from 'node:crypto';
import type { FundingInput } from './dto/risk.input';
import { RiskInputInvalidError } from './risk.errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_PROGRAMME_LENGTH = 200;

/** One FUNDS relationship to write: funder → funded, with what the analyst said about it. */
export interface FundingRow {
  key: string;
  funderId: string;
  fundedId: string;
  amount: number | null;
  currency: string | null;
  programme: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Checks `funding` against the funders it describes (funding[i] is funders[i]'s), before anything is resolved. */
export function checkFunding(funding: FundingInput[], funderCount: number): void {
  if (funding.length > funderCount) {
    throw new RiskInputInvalidError('funding', `gives ${funding.length} fundings for ${funderCount} funders`);
  }
  funding.forEach((entry, index) => {
    const field = (name: string) => `funding[${index}].${name}`;
    if (entry.amount !== null && entry.amount !== undefined && (!Number.isFinite(entry.amount) || entry.amount < 0)) {
      throw new RiskInputInvalidError(field('amount'), 'must be a number, not negative');
    }
    if (entry.currency && !CURRENCY.test(entry.currency)) {
      throw new RiskInputInvalidError(field('currency'), 'must be an ISO 4217 code such as GBP');
    }
    if (entry.programme && entry.programme.length > MAX_PROGRAMME_LENGTH) {
      throw new RiskInputInvalidError(field('programme'), `must have at most ${MAX_PROGRAMME_LENGTH} characters`);
    }
    for (const name of ['validFrom', 'validTo'] as const) {
      if (entry[name] && !DATE.test(entry[name])) {
        throw new RiskInputInvalidError(field(name), 'must be a date, YYYY-MM-DD');
      }
    }
    if (entry.validFrom && entry.validTo && entry.validFrom > entry.validTo) {
      throw new RiskInputInvalidError(field('validTo'), 'is before validFrom');
    }
  });
}

/**
 * The FUNDS rows for funders and a partner that resolved. The key makes a repeated assessment with
 * the same funding idempotent, while another grant of the same funder is its own relationship.
 */
export function fundingRows(
  partnerId: string | null,
  funderIds: Array<string | null>,
  funding: FundingInput[],
): FundingRow[] {
  if (!partnerId) {
    return [];
  }
  return funding.flatMap((entry, index): FundingRow[] => {
    const funderId = funderIds[index];
    if (!funderId || funderId === partnerId) {
      return [];
    }
    const row = {
      funderId,
      fundedId: partnerId,
      amount: entry.amount ?? null,
      currency: entry.currency ?? null,
      programme: entry.programme?.trim() || null,
      validFrom: entry.validFrom ?? null,
      validTo: entry.validTo ?? null,
    };
    const key = createHash('sha1').update(JSON.stringify(row)).digest('hex').slice(0, 20);
    return [{ key, ...row }];
  });
}
