import { isCalendarDate } from '../common/calendar-date';
import { RELATIONSHIP_TYPES } from '../common/graph-model';
import { InvalidGraphArgumentError } from './graph.errors';

export const MAX_HOPS = 6;
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_QUERY_LENGTH = 500;

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

/** `asOf` is a date (YYYY-MM-DD) or a full ISO timestamp; default today. Compared as ISO text. */
export function checkAsOf(asOf: string | null | undefined, now: Date = new Date()): string {
  if (asOf === null || asOf === undefined || asOf === '') {
    return now.toISOString().slice(0, 10);
  }
  if (!isCalendarDate(asOf, { allowTime: true })) {
    throw new InvalidGraphArgumentError('asOf', `must be a date such as 2024-06-30 (got "${asOf.slice(0, 40)}")`);
  }
  return asOf.slice(0, 10);
}

export function checkId(argument: string, id: string): string {
  if (id.length === 0 || id.length > 300) {
    throw new InvalidGraphArgumentError(argument, 'must be a non-empty id of at most 300 characters');
  }
  return id;
}
