import type { CaseInput } from './api/case-operations';

/** One funder or person row of the new case form, as typed. */
export interface PartyRow {
  name: string;
  country: string;
  dateOfBirth: string;
}

export const EMPTY_ROW: PartyRow = { name: '', country: '', dateOfBirth: '' };

function organisation(row: PartyRow) {
  return { name: row.name.trim(), ...(row.country.trim() ? { country: row.country.trim() } : {}) };
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
  const input: CaseInput = { title: form.title, partner: organisation(form.partner) };
  const funders = form.funders.filter((row) => row.name.trim() || row.country.trim());
  if (funders.length > 0) {
    input.funders = funders.map(organisation);
  }
  const people = form.people.filter((row) => row.name.trim() || row.country.trim() || row.dateOfBirth.trim());
  if (people.length > 0) {
    input.people = people.map((row) => ({
      ...organisation(row),
      ...(row.dateOfBirth.trim()
        ? {
            dateOfBirth: row.dateOfBirth
              .split(/[,;]/)
              .map((date) => date.trim())
              .filter(Boolean),
          }
        : {}),
    }));
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
