import type { CaseInput } from './api/case-operations';

/** One party row of the new case form (the partner, a funder or a person), as typed. */
export interface PartyRow {
  name: string;
  country: string;
  dateOfBirth: string;
  /** Registration numbers, LEI, passport numbers…, as typed (semicolons between several). */
  identifiers: string;
  /** Other names the party is known by, as typed (semicolons between several). */
  aliases: string;
}

export const EMPTY_ROW: PartyRow = { name: '', country: '', dateOfBirth: '', identifiers: '', aliases: '' };

/**
 * The hint beside every identifiers field: what the API takes (since rules 1.219.0 a case's parties are resolved by an
 * identifier on both records, as assessPartnership's are), semicolons between several as the CLI's files and REST
 * write them (a registration number may hold a comma).
 */
export const IDENTIFIERS_HINT = 'registration, LEI, passport or tax numbers; several separated by semicolons';

/** The identifiers typed in an identifiers field: split on semicolons, trimmed, blanks dropped. */
export function identifiersOf(text: string): string[] {
  return text
    .split(';')
    .map((identifier) => identifier.trim())
    .filter(Boolean);
}

/**
 * The hint beside every other-names field: since rules 1.232.0 a case's parties are searched by their other names as
 * assessPartnership's are; semicolons between several, as a name may hold a comma ("Institute of Physics, Kazan").
 */
export const ALIASES_HINT = 'other names, former names or names in another script; several separated by semicolons';

/** The names typed in an other-names field: split on semicolons, trimmed, blanks dropped (as identifiers are). */
export function aliasesOf(text: string): string[] {
  return identifiersOf(text);
}

/**
 * The hint beside every date-of-birth field (the partner's, a funder's, a person's, on the New case form and the
 * case page): the formats the API takes, and several dates separated by commas.
 */
export const BIRTH_DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD; several separated by commas';

/** The dates typed in a date-of-birth field: split on commas (or semicolons), trimmed, blanks dropped. */
export function birthDatesOf(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((date) => date.trim())
    .filter(Boolean);
}

/**
 * A party as the API takes it: the name trimmed, a country and dates of birth only when typed. Since rules 1.200.0
 * the API takes dates for the partner and funders as for people (read when the name is read as a person).
 */
export function partyInputOf(row: PartyRow): {
  name: string;
  country?: string;
  dateOfBirth?: string[];
  identifiers?: string[];
  aliases?: string[];
} {
  const dates = birthDatesOf(row.dateOfBirth);
  const identifiers = identifiersOf(row.identifiers);
  const aliases = aliasesOf(row.aliases);
  return {
    name: row.name.trim(),
    ...(row.country.trim() ? { country: row.country.trim() } : {}),
    ...(dates.length > 0 ? { dateOfBirth: dates } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** Whether anything was typed in a funder or person row (an untouched row is left out). */
function typed(row: PartyRow): boolean {
  return Boolean(
    row.name.trim() || row.country.trim() || row.dateOfBirth.trim() || row.identifiers.trim() || row.aliases.trim(),
  );
}

/** What the form sends: empty optional rows are left out, so the API judges only what was typed. */
export function caseInputOf(form: {
  title: string;
  partner: PartyRow;
  funders: PartyRow[];
  people: PartyRow[];
  researchAreas: string;
  notes: string;
}): CaseInput {
  const input: CaseInput = { title: form.title, partner: partyInputOf(form.partner) };
  const funders = form.funders.filter(typed);
  if (funders.length > 0) {
    input.funders = funders.map(partyInputOf);
  }
  const people = form.people.filter(typed);
  if (people.length > 0) {
    input.people = people.map(partyInputOf);
  }
  const areas = form.researchAreas
    .split('\n')
    .map((area) => area.trim())
    .filter(Boolean);
  if (areas.length > 0) {
    input.researchAreas = areas;
  }
  if (form.notes.trim()) {
    input.notes = form.notes;
  }
  return input;
}

/**
 * What the case page's correction of a party sends (`updateCaseParty`): only the fields that differ from what the
 * case holds. A country emptied is sent as "" and dates, identifiers or other names emptied as [] (the API clears them); a name is
 * never sent empty-handed as a clearing, since the API requires one.
 */
export function partyUpdateOf(
  current: {
    name: string;
    country: string | null;
    dateOfBirth: readonly string[];
    identifiers: readonly string[];
    aliases: readonly string[];
  },
  row: PartyRow,
): PartyUpdate {
  const update: PartyUpdate = {};
  if (row.name.trim() !== current.name) {
    update.name = row.name.trim();
  }
  if (row.country.trim().toLowerCase() !== (current.country ?? '').toLowerCase()) {
    update.country = row.country.trim();
  }
  const dates = birthDatesOf(row.dateOfBirth);
  if (dates.join(',') !== current.dateOfBirth.join(',')) {
    update.dateOfBirth = dates;
  }
  const identifiers = identifiersOf(row.identifiers);
  if (identifiers.join(';') !== current.identifiers.join(';')) {
    update.identifiers = identifiers;
  }
  const aliases = aliasesOf(row.aliases);
  if (aliases.join(';') !== current.aliases.join(';')) {
    update.aliases = aliases;
  }
  return update;
}

/** The fields a correction of a party sends. */
export interface PartyUpdate {
  name?: string;
  country?: string;
  dateOfBirth?: string[];
  identifiers?: string[];
  aliases?: string[];
}
