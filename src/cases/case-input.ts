import { birthDateProblem, MAX_BIRTH_DATES } from '../common/birth-date';
import { isCalendarDate } from '../common/calendar-date';
import { ALIASES_BESIDE_ID_REASON, aliasesProblem } from '../common/aliases';
import { identifiersProblem } from '../common/identifiers';
import {
  countReason,
  EMPTY_TEXT_REASON,
  idLengthReason,
  MAX_ID_LENGTH,
  REQUIRED_REASON,
  textLengthReason,
} from '../common/text-input';
import { MAX_NAME_LENGTH, nameLengthReason } from '../common/name-length';
import { NAME_WORD_CHARACTER, NO_NAME_CHARACTER_REASON, refusedTextField } from '../common/control-characters';
import { MAX_FUNDERS, MAX_PEOPLE, MAX_RESEARCH_AREAS } from '../risk/partnership.service';
import type {
  CaseInput,
  CaseOrganisationInput,
  CasePersonInput,
  MitigationInput,
  UpdateCaseInput,
  UpdateCasePartyInput,
} from './dto/cases.input';
import { countryInputReason, countryOfInput } from '../matching/country-input';
import { CaseInputInvalidError } from './cases.errors';

export const MAX_TITLE = 200;
export const MAX_NAME = 200;
export const MAX_NOTES = 10_000;
export const MAX_REASON = 2_000;
export const MAX_MITIGATIONS = 50;
export const MAX_ID = MAX_ID_LENGTH;

/** Checks a text field: trimmed, 1..max characters (or absent when optional). Returns the trimmed text. */
export function checkText(
  field: string,
  value: string | null | undefined,
  max: number,
  required: boolean,
): string | null {
  if (value === null || value === undefined) {
    if (required) {
      throw new CaseInputInvalidError(field, REQUIRED_REASON);
    }
    return null;
  }
  // Since rules 1.232.0 in the sentences of every route (`src/common/text-input.ts`; `must not be empty` and `at most
  // N characters (got M)` before).
  const trimmed = value.trim();
  if (trimmed.length === 0 && required) {
    throw new CaseInputInvalidError(field, EMPTY_TEXT_REASON);
  }
  const tooLong = textLengthReason(trimmed.length, max);
  if (tooLong !== null) {
    throw new CaseInputInvalidError(field, tooLong);
  }
  return trimmed.length === 0 ? null : trimmed;
}

export function checkIdArgument(field: string, id: string): string {
  const problem = idLengthReason(id);
  if (problem !== null) {
    throw new CaseInputInvalidError(field, problem);
  }
  return id;
}

/** A party's country as every route reads one (`countryOfInput`): a code, name or demonym, kept as its code. */
function checkCountry(field: string, country: string | null | undefined): string | null {
  if (country === null || country === undefined || country === '') {
    return null;
  }
  const code = countryOfInput(country.slice(0, 200));
  if (code === null) {
    throw new CaseInputInvalidError(field, countryInputReason(country.slice(0, 40)));
  }
  return code;
}

/** A party's name: 1 to `MAX_NAME_LENGTH` characters, the one limit (and sentence) of every route since rules 1.219.0. */
function checkPartyName(field: string, name: string): string {
  const tooLong = nameLengthReason(name.trim().length);
  if (tooLong !== null) {
    throw new CaseInputInvalidError(field, tooLong);
  }
  const checked = checkText(field, name, MAX_NAME_LENGTH, true)!;
  // Since rules 1.219.0 refused as screen and assessPartnership refuse it (a run would screen it, and the screen
  // refuses it).
  if (!NAME_WORD_CHARACTER.test(checked)) {
    throw new CaseInputInvalidError(field, NO_NAME_CHARACTER_REASON);
  }
  return checked;
}

export interface CheckedParty {
  role: 'PARTNER' | 'FUNDER' | 'PERSON';
  entityRef: string | null;
  name: string | null;
  country: string | null;
  dateOfBirth: string[];
  /** Since rules 1.219.0: identifiers, as given (one on both records resolves, as in assessPartnership). */
  identifiers: string[];
  /** Since rules 1.232.0: the party's other names, trimmed, searched with its name as assessPartnership searches them. */
  aliases: string[];
}

export function checkParty(
  field: string,
  role: CheckedParty['role'],
  input: CaseOrganisationInput | CasePersonInput | null | undefined,
): CheckedParty {
  // Since rules 1.232.0 an absent or empty name in the screen's sentences, naming the field (`give an id or a name`
  // before), as assessPartnership says them.
  if (!input || (!input.id && (input.name === null || input.name === undefined))) {
    throw new CaseInputInvalidError(`${field}.name`, REQUIRED_REASON);
  }
  if (!input.id && !input.name!.trim()) {
    throw new CaseInputInvalidError(`${field}.name`, EMPTY_TEXT_REASON);
  }
  if (input.id && input.name) {
    throw new CaseInputInvalidError(field, 'give an id or a name, not both');
  }
  // The screening refuses such text, so monitoring could not screen the party; since rules 1.226.0 every text field
  // of the party in the one sentence of every route (`refusedCharacterReason`), the name's as before.
  const refusedText = refusedTextField({
    id: input.id,
    name: input.name,
    country: input.country,
    identifiers: input.identifiers,
    dateOfBirth: input.dateOfBirth,
    aliases: input.aliases,
  });
  if (refusedText !== null) {
    throw new CaseInputInvalidError(`${field}.${refusedText.field}`, refusedText.reason);
  }
  const entityRef = input.id ? checkIdArgument(`${field}.id`, input.id) : null;
  const name = input.name ? checkPartyName(`${field}.name`, input.name) : null;
  const dates = input.dateOfBirth ?? [];
  if (dates.length > MAX_BIRTH_DATES) {
    throw new CaseInputInvalidError(`${field}.dateOfBirth`, countReason(dates.length, MAX_BIRTH_DATES)!);
  }
  // Since rules 1.226.0 each date in the one sentence of every route (`birthDateProblem`), kept trimmed.
  dates.forEach((date, index) => {
    const problem = birthDateProblem(date);
    if (problem !== null) {
      throw new CaseInputInvalidError(`${field}.dateOfBirth[${index}]`, problem);
    }
  });
  const identifiers = input.identifiers ?? [];
  const refused = identifiersProblem(identifiers);
  if (refused !== null) {
    throw new CaseInputInvalidError(
      `${field}.identifiers${refused.at === null ? '' : `[${refused.at}]`}`,
      refused.reason,
    );
  }
  // Since rules 1.232.0 a party's other names, checked as assessPartnership checks them (`aliasesProblem`), with a
  // name only.
  const aliases = input.aliases ?? [];
  const refusedAliases = aliasesProblem(aliases);
  if (refusedAliases !== null && refusedAliases.at === null) {
    throw new CaseInputInvalidError(`${field}.aliases`, refusedAliases.reason);
  }
  if (entityRef !== null && aliases.length > 0) {
    throw new CaseInputInvalidError(`${field}.aliases`, ALIASES_BESIDE_ID_REASON);
  }
  if (refusedAliases !== null) {
    throw new CaseInputInvalidError(`${field}.aliases[${refusedAliases.at}]`, refusedAliases.reason);
  }
  return {
    role,
    entityRef,
    name,
    country: checkCountry(`${field}.country`, input.country),
    dateOfBirth: dates.map((date) => date.trim()),
    identifiers: identifiers.map((identifier) => identifier.trim()),
    aliases: aliases.map((alias) => alias.trim()),
  };
}

export function checkResearchAreas(field: string, areas: string[] | null | undefined): string[] {
  const list = areas ?? [];
  if (list.length > MAX_RESEARCH_AREAS) {
    throw new CaseInputInvalidError(field, countReason(list.length, MAX_RESEARCH_AREAS)!);
  }
  // Since rules 1.226.0 refused as assessPartnership's research areas are (`refusedCharacterReason`).
  const refused = refusedTextField({ [field]: list });
  if (refused !== null) {
    throw new CaseInputInvalidError(refused.field, refused.reason);
  }
  return list.map((area, index) => checkText(`${field}[${index}]`, area, MAX_NAME, true)!);
}

export function checkCaseInput(input: CaseInput): {
  title: string;
  parties: CheckedParty[];
  researchAreas: string[];
  notes: string | null;
} {
  const title = checkText('input.title', input.title, MAX_TITLE, true)!;
  const funders = input.funders ?? [];
  const people = input.people ?? [];
  if (funders.length > MAX_FUNDERS) {
    throw new CaseInputInvalidError('input.funders', countReason(funders.length, MAX_FUNDERS)!);
  }
  if (people.length > MAX_PEOPLE) {
    throw new CaseInputInvalidError('input.people', countReason(people.length, MAX_PEOPLE)!);
  }
  return {
    title,
    parties: [
      checkParty('input.partner', 'PARTNER', input.partner),
      ...funders.map((funder, index) => checkParty(`input.funders[${index}]`, 'FUNDER', funder)),
      ...people.map((person, index) => checkParty(`input.people[${index}]`, 'PERSON', person)),
    ],
    researchAreas: checkResearchAreas('input.researchAreas', input.researchAreas),
    notes: checkText('input.notes', input.notes, MAX_NOTES, false),
  };
}

export function checkMitigations(
  field: string,
  mitigations: MitigationInput[],
): Array<{
  text: string;
  owner: string | null;
  dueDate: string | null;
}> {
  if (mitigations.length > MAX_MITIGATIONS) {
    throw new CaseInputInvalidError(field, countReason(mitigations.length, MAX_MITIGATIONS)!);
  }
  return mitigations.map((mitigation, index) => {
    const dueDate = mitigation.dueDate ?? null;
    if (dueDate !== null && !isCalendarDate(dueDate)) {
      throw new CaseInputInvalidError(
        `${field}[${index}].dueDate`,
        `"${dueDate.slice(0, 40)}" is not a date such as 2027-03-31`,
      );
    }
    return {
      text: checkText(`${field}[${index}].text`, mitigation.text, MAX_REASON, true)!,
      owner: checkText(`${field}[${index}].owner`, mitigation.owner, MAX_NAME, false),
      dueDate,
    };
  });
}

export function checkUpdate(input: UpdateCaseInput): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (input.title !== null && input.title !== undefined) {
    changes.title = checkText('input.title', input.title, MAX_TITLE, true);
  }
  if (input.notes !== null && input.notes !== undefined) {
    changes.notes = checkText('input.notes', input.notes, MAX_NOTES, false) ?? '';
  }
  if (input.researchAreas !== null && input.researchAreas !== undefined) {
    changes.researchAreas = checkResearchAreas('input.researchAreas', input.researchAreas);
  }
  if (input.mitigations !== null && input.mitigations !== undefined) {
    changes.mitigations = JSON.stringify(checkMitigations('input.mitigations', input.mitigations));
  }
  if (Object.keys(changes).length === 0) {
    throw new CaseInputInvalidError('input', 'give at least one of title, notes, researchAreas, mitigations');
  }
  return changes;
}

/**
 * The party after an update: `current` with the given fields replaced. An id replaces the name the
 * party was given by and a name the id; the result is checked as a new party would be.
 */
export function checkPartyUpdate(
  role: CheckedParty['role'],
  current: {
    entityRef: string | null;
    name: string;
    country: string | null;
    dateOfBirth: string[];
    identifiers: string[];
    aliases: string[];
  },
  input: UpdateCasePartyInput,
): CheckedParty {
  const given = (value: unknown): boolean => value !== null && value !== undefined;
  if (
    !given(input.id) &&
    !given(input.name) &&
    !given(input.country) &&
    !given(input.dateOfBirth) &&
    !given(input.identifiers) &&
    !given(input.aliases)
  ) {
    throw new CaseInputInvalidError(
      'input',
      'give at least one of id, name, country, dateOfBirth, identifiers, aliases',
    );
  }
  if (given(input.id) && given(input.name)) {
    throw new CaseInputInvalidError('input.name', 'give an id or a name, not both');
  }
  if (given(input.name)) {
    checkPartyName('input.name', input.name!);
  }
  const byId = given(input.id) ? input.id : given(input.name) ? null : current.entityRef;
  const checked = checkParty('input', role, {
    id: byId,
    name: byId ? null : given(input.name) ? input.name : current.name,
    country: given(input.country) ? input.country : null,
    dateOfBirth: given(input.dateOfBirth) ? input.dateOfBirth : current.dateOfBirth,
    identifiers: given(input.identifiers) ? input.identifiers : current.identifiers,
    // An id given replaces the name and so the name's other names (refused when given beside it, as on creation).
    aliases: given(input.aliases) ? input.aliases : byId ? [] : current.aliases,
  });
  // A country not given stays as stored: one a case took before countries were read by name (any two letters) is
  // not refused on an update that does not touch it.
  return given(input.country) ? checked : { ...checked, country: current.country };
}
