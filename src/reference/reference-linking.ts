import { normaliseName, score } from '../matching';
import type { LinkCandidate, RegistryBody } from './reference.repository';

/** Shortest normalised name that may link on its own: two words or more, eight letters or more. */
const MIN_KEY_LENGTH = 8;

export interface NameLink {
  entityId: string;
  otherId: string;
  score: number;
  matchedName: string;
  note: string;
}

function nameKey(name: string): string | null {
  const comparable = normaliseName(name, 'Organization').comparable;
  return comparable.includes(' ') && comparable.length >= MIN_KEY_LENGTH ? comparable : null;
}

/**
 * Identity links the matcher is certain of, between registry bodies and other graph bodies or list
 * entries: a name of each that is equal after the matcher's normalisation (case, accents,
 * punctuation, scripts transliterated, legal forms and stopwords dropped), at least two words long,
 * a country both record, and exactly one registry body in that country carrying the name (a name two
 * registry bodies share links neither). Acronyms never link on their own. The matcher's score of the
 * pair must be a match too.
 */
export function findNameLinks(bodies: RegistryBody[], candidates: LinkCandidate[]): NameLink[] {
  const bodiesByKey = new Map<string, Set<string>>();
  const bodyById = new Map(bodies.map((body) => [body.id, body]));
  for (const body of bodies) {
    const acronyms = new Set(body.acronyms);
    for (const name of [body.name, ...body.aliases.filter((alias) => !acronyms.has(alias))]) {
      const key = nameKey(name);
      if (!key) {
        continue;
      }
      for (const country of body.country) {
        const slot = `${country}|${key}`;
        bodiesByKey.set(slot, (bodiesByKey.get(slot) ?? new Set()).add(body.id));
      }
    }
  }
  const links = new Map<string, NameLink>();
  for (const candidate of candidates) {
    for (const name of [candidate.name, ...candidate.aliases]) {
      const key = nameKey(name);
      if (!key) {
        continue;
      }
      for (const country of candidate.country) {
        const found = bodiesByKey.get(`${country}|${key}`);
        if (!found || found.size !== 1) {
          continue;
        }
        const bodyId = [...found][0];
        const pairKey = `${bodyId}|${candidate.id}`;
        if (links.has(pairKey)) {
          continue;
        }
        const body = bodyById.get(bodyId)!;
        const scored = score(
          { name, schema: 'Organization', countries: candidate.country },
          { entityId: body.id, schema: 'Organization', names: [body.name, ...body.aliases], countries: body.country },
        );
        if (!scored.match) {
          continue;
        }
        links.set(pairKey, {
          entityId: bodyId,
          otherId: candidate.id,
          score: Math.round(scored.score * 1000) / 1000,
          matchedName: scored.matchedName,
          note: `Same name after normalisation ("${name}" = "${scored.matchedName}") and the same country (${country}); the only registry body with that name there`,
        });
      }
    }
  }
  return [...links.values()].sort(
    (left, right) => left.entityId.localeCompare(right.entityId) || left.otherId.localeCompare(right.otherId),
  );
}
