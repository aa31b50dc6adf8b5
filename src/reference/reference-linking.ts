import { MATCH_THRESHOLD, normaliseName, score } from '../matching';
import { aliasesOnlyAgree } from '../matching/same-party';
import { getReferenceData } from '../matching/reference-data';
import { asciiForm } from '../matching/tokenise';
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
 * Since rules 1.118.0: a registry's name with a country's name in brackets after it (ROR writes a company's
 * country so: "<Company> (<Country>)") without the brackets, or null. The link still needs the country on
 * both records, so the brackets only ever drop what the records' country says.
 */
export function withoutBracketedCountry(name: string): string | null {
  const found = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(name);
  if (!found) {
    return null;
  }
  const inBrackets = found[2].split(/\s+/u).map(asciiForm).join(' ');
  return getReferenceData().countryNames.has(inBrackets) ? found[1] : null;
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
  // Since rules 1.118.0: a body's slots its names reach only with the country in brackets set aside.
  const bracketed = new Set<string>();
  for (const body of bodies) {
    const acronyms = new Set(body.acronyms);
    const names = [body.name, ...body.aliases.filter((alias) => !acronyms.has(alias))];
    const slots = (name: string): string[] => {
      const key = nameKey(name);
      return key ? body.country.map((country) => `${country}|${key}`) : [];
    };
    const own = new Set(names.flatMap(slots));
    for (const slot of own) {
      bodiesByKey.set(slot, (bodiesByKey.get(slot) ?? new Set()).add(body.id));
    }
    for (const name of names.map(withoutBracketedCountry).filter((name) => name !== null)) {
      for (const slot of slots(name).filter((slot) => !own.has(slot))) {
        bodiesByKey.set(slot, (bodiesByKey.get(slot) ?? new Set()).add(body.id));
        bracketed.add(`${slot}|${body.id}`);
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
        if (!scored.match || !aliasesOnlyHold(body, candidate)) {
          continue;
        }
        links.set(pairKey, {
          entityId: bodyId,
          otherId: candidate.id,
          score: Math.round(scored.score * 1000) / 1000,
          matchedName: scored.matchedName,
          note: `Same name after normalisation${bracketed.has(`${country}|${key}|${bodyId}`) ? ', the country the registry writes in brackets after its name set aside' : ''} ("${name}" = "${scored.matchedName}") and the same country (${country}); the only registry body with that name there`,
        });
      }
    }
  }
  return [...links.values()].sort(
    (left, right) => left.entityId.localeCompare(right.entityId) || left.otherId.localeCompare(right.otherId),
  );
}

/** A name's key for `aliasesOnlyHold`: its normalised words in order, a country the registry brackets set aside. */
function sameNameKey(name: string): string {
  return normaliseName(withoutBracketedCountry(name) ?? name, 'Organization')
    .comparable.split(' ')
    .filter((word) => word.length > 0)
    .sort()
    .join(' ');
}

/**
 * Since rules 1.235.0: the screen's alias-only rule (`aliasesOnlyAgree`, one rule in src/matching) for a name link: a
 * registry body and a record that share only names each holds as an alias (never the own name of either: a list's
 * translated alias, a unit's name the parent's record holds) are linked only when the own name of one matches a name
 * of the other that they do not share. Names of one word (acronyms) never agree alone.
 */
function aliasesOnlyHold(body: RegistryBody, candidate: LinkCandidate): boolean {
  const acronyms = new Set(body.acronyms);
  const wordNames = (names: readonly string[]) =>
    names.filter((name) => !acronyms.has(name) && sameNameKey(name).includes(' '));
  return aliasesOnlyAgree(
    [body.name, ...body.aliases],
    [candidate.name, ...candidate.aliases],
    sameNameKey,
    (query, other) => {
      const [first, ...rest] = wordNames(query);
      const names = wordNames(other);
      return (
        first !== undefined &&
        names.length > 0 &&
        score(
          { name: first, aliases: rest, schema: 'Organization' },
          { name: names[0], aliases: names.slice(1), schema: 'Organization' },
        ).score >= MATCH_THRESHOLD
      );
    },
  );
}

/** A funder that ROR or the crosswalk files on another funder's ROR record (placeFunders' `alsoOn`). */
export interface FiledFunder {
  funderId: string;
  entityId: string;
}

/**
 * Which funders filed on a ROR record are that record's body: those with a name the matcher matches to a name of
 * the record's entity (its display name or an alias; acronyms never decide alone), compared as names only. The
 * others are units, programmes or predecessors the registry files under the record ("<Office>, <Agency>" on a
 * department's record, provincial foundations on a national foundation's): not the same body.
 */
export function splitFiledFunders(
  filed: FiledFunder[],
  funderNames: Map<string, { name: string; aliases: string[] }>,
  entityNames: Map<string, { name: string; aliases: string[] }>,
): { same: FiledFunder[]; other: FiledFunder[] } {
  const same: FiledFunder[] = [];
  const other: FiledFunder[] = [];
  for (const link of filed) {
    const funder = funderNames.get(link.funderId);
    const entity = entityNames.get(link.entityId);
    const agrees =
      funder !== undefined &&
      entity !== undefined &&
      score(
        { name: funder.name, aliases: funder.aliases, schema: 'Organization' },
        { name: entity.name, aliases: entity.aliases, schema: 'Organization' },
      ).match;
    (agrees ? same : other).push(link);
  }
  return { same, other };
}
