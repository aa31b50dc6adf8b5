import { idLengthReason } from '../common/text-input';
import { refusedCharacterReason } from '../common/control-characters';
import { asOfDate, asOfReason } from '../common/as-of';
import { MAX_NAME_LENGTH } from '../common/name-length';
import { RELATIONSHIP_TYPES } from '../common/graph-model';
import { InvalidGraphArgumentError } from './graph.errors';

export const MAX_HOPS = 6;
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_SEARCH_LIMIT = 100;
/** Since rules 1.219.0 a name's limit on every route (`MAX_NAME_LENGTH`): the yente search sends one text to both. */
export const MAX_QUERY_LENGTH = MAX_NAME_LENGTH;

export function checkRange(argument: string, value: number, minimum: number, maximum: number): number {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new InvalidGraphArgumentError(argument, `must be an integer from ${minimum} to ${maximum} (got ${value})`);
  }
  return value;
}

/** Relationship types come from the fixed allow-list only; anything else is refused by name. */
export function checkRelationshipTypes(types: string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) {
    return null;
  }
  const unknown = types.filter((type) => !(RELATIONSHIP_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new InvalidGraphArgumentError(
      'relationshipTypes',
      `unknown type ${unknown.map((type) => `"${type.slice(0, 40)}"`).join(', ')}; known: ${RELATIONSHIP_TYPES.join(', ')}`,
    );
  }
  return [...new Set(types)];
}

/**
 * `asOf` read as every route reads it (`asOfDate`: a date, or a date-time whose date is kept); default today. Compared
 * as ISO text. `field` names the argument in the error (`input.asOf` for an input object's).
 */
export function checkAsOf(asOf: string | null | undefined, now: Date = new Date(), field = 'asOf'): string {
  if (asOf === null || asOf === undefined || asOf === '') {
    return now.toISOString().slice(0, 10);
  }
  const date = asOfDate(asOf);
  if (date === null) {
    throw new InvalidGraphArgumentError(field, asOfReason(asOf));
  }
  return date;
}

export function checkId(argument: string, id: string): string {
  const problem = idLengthReason(id);
  if (problem !== null) {
    throw new InvalidGraphArgumentError(argument, problem);
  }
  // Since rules 1.226.0 as every route refuses such text (no id holds one; "not found" would hide the fault).
  const refused = refusedCharacterReason(id);
  if (refused !== null) {
    throw new InvalidGraphArgumentError(argument, refused);
  }
  return id;
}
