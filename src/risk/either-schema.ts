import type { PartyResolution } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { fixed } from './resolution-rule';

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
