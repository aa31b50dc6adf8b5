import type { CandidateIndex } from './candidate-index';

/**
 * What the own-town specs share (own-town-written, own-town-country, own-town-bracketed: town1's reading of a body's
 * own town after its name, with its country, in brackets inside it): an organisation the index holds in its towns,
 * and the check that a query reaches it as a match through the `own_town` feature.
 */
export function placedOrg(entityId: string, names: string[], towns: string[], countries: string[]) {
  return { entityId, schema: 'Organization', names, towns, countries };
}

/** Whether the query matches the entity and its `own_town` feature is among the reasons. */
export function matchedAtOwnTown(index: CandidateIndex, query: string, entityId: string): boolean {
  const result = index
    .search({ name: query, schema: 'Organization' }, { limit: 10, threshold: 0.3 })
    .find((candidate) => candidate.entityId === entityId);
  const ownTown = result?.features.some((feature) => feature.name === 'own_town') ?? false;
  return ownTown && result?.match === true;
}
