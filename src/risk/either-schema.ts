import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { fixed, listedSpellingAlone } from './resolution-rule';

/**
 * Since rules 1.136.0 (in partnership.service.ts until 1.166.0): the unresolved answer's first list entry shown whose
 * score clears the resolution's threshold and whose name only the spelling of its one identity word kept from
 * resolving (`listedSpellingAlone`; the first such: the best itself, or the entry of a body of the graph on no list shown as the best
 * and named alike), with the two words; null otherwise, and for a resolved answer.
 */
export function possibleListedCandidate(
  resolution: PartyResolution,
): { best: ResolutionCandidate; words: [string, string] } | null {
  if (resolution.status === ResolutionStatus.RESOLVED) {
    return null;
  }
  for (const candidate of resolution.candidates) {
    if (candidate.lists.length === 0 || candidate.score < resolution.threshold) {
      continue;
    }
    const alignment = candidate.features.find((feature) => feature.name === 'token_alignment');
    const words = listedSpellingAlone(candidate, alignment ? alignment.value : candidate.score);
    if (words) {
      return { best: candidate, words };
    }
  }
  return null;
}

/**
 * Since rules 1.166.0: whether a name read as an organisation is read as a person too (`eitherSchemaResolution`): no
 * organisation answers (NOT_FOUND) and no list entry alike in spelling alone is a possible match
 * (`possibleListedCandidate`). One test for `partnerRisk`, `assessPartnership`'s partner and funders, and a screen
 * without a schema, so that they read a name of either kind alike.
 */
export function personReadingWanted(organisation: PartyResolution): boolean {
  return organisation.status === ResolutionStatus.NOT_FOUND && possibleListedCandidate(organisation) === null;
}

/**
 * Since rules 1.149.0: `partnerRisk(name: …)` takes no schema, and its description promises a summary of "one entity":
 * a research office asks it of a listed person as readily as of a body (a visiting researcher, a funder's director).
 * The name is resolved as an organisation first (an organisation resolved is answered as before); when that reading
 * neither resolves nor is ambiguous between bodies, nor shows a possible listed match, the person reading decides:
 * a person resolved is the answer (walked as any entity is: a listed person's listings set the level), a person
 * ambiguous between two is UNKNOWN with those candidates, and when neither reading finds the name the answer says
 * that neither did, with the closest candidates of both readings. The organisation reading's sentence is kept in the
 * explanation, so "No organisation … matched" is never the whole answer for a person on a list.
 */
export function eitherSchemaResolution(
  organisation: PartyResolution,
  /** The person reading; null when it was not needed (the organisation reading resolved, was ambiguous or possible). */
  person: PartyResolution | null,
  shown: number,
): PartyResolution {
  if (!person || organisation.status !== ResolutionStatus.NOT_FOUND) {
    return organisation;
  }
  if (person.status === ResolutionStatus.RESOLVED || person.status === ResolutionStatus.AMBIGUOUS) {
    return {
      ...person,
      explanation: `${person.explanation} Read as an organisation first, the name was not resolved: ${organisation.explanation}`,
    };
  }
  const candidates = [...organisation.candidates, ...person.candidates]
    .sort((left, right) => right.score - left.score || left.entityId.localeCompare(right.entityId))
    .slice(0, shown);
  return {
    ...organisation,
    candidates,
    score: candidates[0]?.score ?? null,
    matchedName: candidates[0]?.matchedName ?? null,
    explanation: `${organisation.explanation} ${person.explanation}`,
  };
}

/**
 * Since rules 1.158.0: what `assessPartnership` says of a partner or funder given by a name that no organisation
 * answers and a person does (`eitherSchemaResolution`): the party is that person, assessed as partnerRisk assesses
 * him (his listings and relationships), and the reasons say so, so that a listed person given as the partner is never
 * "not found in the graph or lists". Null when the resolution is not a person resolved.
 */
export function personPartyReason(role: 'Partner' | 'Funder', resolution: PartyResolution): string | null {
  const best = resolution.candidates.find((candidate) => candidate.entityId === resolution.entityId);
  if (resolution.status !== ResolutionStatus.RESOLVED || !best || best.type !== 'Person') {
    return null;
  }
  const lists = best.lists.length > 0 ? `, on ${best.lists.join(', ')}` : ', on no list';
  return `${role} "${resolution.query}" is a person, not an organisation: no organisation in the graph or lists matched the name, and it resolved to the person ${best.name} (${best.entityId}${lists}; ${fixed(best.score)}), assessed as such.`;
}
