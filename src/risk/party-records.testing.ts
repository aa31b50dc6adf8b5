import type { PartyRecord } from './resolution-rule';

/** A made-up organisation's record: on the given lists, or (none) a body of the graph. */
export function body(
  entityId: string,
  listIds: string[],
  names: string[],
  extra: Partial<PartyRecord> = {},
): PartyRecord {
  return {
    entityId,
    schema: 'Organization',
    names,
    countries: ['cn'],
    birthDates: [],
    identifiers: [],
    listIds,
    ...extra,
  };
}
